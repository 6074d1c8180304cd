package org.loclens.app.gui.explore;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.loclens.app.gui.common.AppContext;
import org.loclens.app.gui.common.ViewLoader;
import org.loclens.app.gui.figure.FigurePane;
import org.loclens.app.gui.figure.GridLocator;
import org.loclens.model.data.Location;
import org.loclens.viz.figures.TsneScatterFigure;

/**
 * The paper's figures for the held-out set. Confusion matrix: click a cell to list its proteins. t-SNE:
 * hover for id and class, click a point to open it, drag a lasso to list the proteins inside. Lists:
 * double-click opens a protein in the Protein view.
 */
public final class ExploreView {

    /** Pointer distance, in figure points, within which a t-SNE point counts as hit. */
    static final double HIT_RADIUS = 5;

    @FXML private javafx.scene.control.TabPane figures;
    @FXML private Button compute;
    @FXML private Button cancel;
    @FXML private ProgressBar progress;
    @FXML private Label message;
    @FXML private FigurePane confusion;
    @FXML private FigurePane heatmap;
    @FXML private FigurePane logos;
    @FXML private FigurePane tsne;
    @FXML private FigurePane curves;
    @FXML private Label cellTitle;
    @FXML private ListView<ExploreViewModel.ProteinItem> cellList;
    @FXML private Label lassoTitle;
    @FXML private ListView<ExploreViewModel.ProteinItem> lassoList;

    private final AppContext context;
    private final ExploreViewModel viewModel;
    private final Parent root;
    private final Tooltip pointTip = new Tooltip();
    private final List<Point2D> lasso = new ArrayList<>();
    private int[] selectedCell;

    public ExploreView(AppContext context, ExploreViewModel viewModel) {
        this.context = context;
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this, "explore.fxml");
    }

    public Parent root() {
        return root;
    }

    public FigurePane confusionPane() {
        return confusion;
    }

    public FigurePane tsnePane() {
        return tsne;
    }

    /** Shows figure tab {@code i} (confusion, heatmap, logos, t-SNE, curves). */
    public void selectFigure(int i) {
        figures.getSelectionModel().select(i);
    }

    @FXML
    private void initialize() {
        for (FigurePane p : List.of(confusion, heatmap, logos, tsne, curves)) {
            p.setContext(context);
            p.placeholderProperty().bind(viewModel.messageProperty());
        }
        heatmap.placeholderProperty().unbind();
        heatmap.placeholderProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.analysisProperty().get() != null && viewModel.heatmapProperty().get() == null
                        ? org.loclens.app.gui.common.I18n.get("explore.needsAlstm") : viewModel.messageProperty().get(),
                viewModel.analysisProperty(), viewModel.heatmapProperty(), viewModel.messageProperty()));
        confusion.figureProperty().bind(viewModel.confusionProperty());
        heatmap.figureProperty().bind(viewModel.heatmapProperty());
        logos.figureProperty().bind(viewModel.logosProperty());
        curves.figureProperty().bind(viewModel.curvesProperty());
        tsne.figureProperty().bind(viewModel.tsneProperty());

        compute.setOnAction(e -> viewModel.compute());
        compute.disableProperty().bind(viewModel.runningProperty());
        cancel.setOnAction(e -> viewModel.cancel());
        cancel.visibleProperty().bind(viewModel.runningProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.managedProperty().bind(viewModel.runningProperty());
        cancel.managedProperty().bind(viewModel.runningProperty());
        progress.progressProperty().bind(viewModel.progressProperty());
        message.textProperty().bind(viewModel.messageProperty());

        cellTitle.textProperty().bind(viewModel.cellTitleProperty());
        cellList.setItems(viewModel.cellProteins());
        lassoTitle.textProperty().bind(viewModel.lassoTitleProperty());
        lassoList.setItems(viewModel.lassoProteins());
        for (ListView<ExploreViewModel.ProteinItem> list : List.of(cellList, lassoList)) {
            list.setOnMouseClicked(e -> {
                ExploreViewModel.ProteinItem item = list.getSelectionModel().getSelectedItem();
                if (item != null && e.getButton() == MouseButton.PRIMARY) {
                    viewModel.open(item.index(), e.getClickCount() == 2);
                }
            });
        }

        confusion.surface().setOnMouseClicked(this::confusionClicked);
        confusion.canvas().widthProperty().addListener((o, a, b) -> selectedCell = null);
        viewModel.analysisProperty().addListener((o, a, b) -> selectedCell = null);

        tsne.surface().setOnMouseMoved(this::tsneHover);
        tsne.surface().setOnMouseExited(e -> pointTip.hide());
        tsne.surface().setOnMousePressed(e -> {
            lasso.clear();
            lasso.add(new Point2D(e.getX(), e.getY()));
        });
        tsne.surface().setOnMouseDragged(e -> {
            pointTip.hide();
            lasso.add(new Point2D(e.getX(), e.getY()));
            drawLasso(false);
        });
        tsne.surface().setOnMouseReleased(this::tsneReleased);
    }

    private void confusionClicked(MouseEvent e) {
        GridLocator grid = GridLocator.find(confusion.filledRectangles(), Location.COUNT);
        if (grid == null) {
            return;
        }
        int[] cell = grid.cellAt(e.getX(), e.getY());
        if (cell != null) {
            selectCell(cell[0], cell[1]);
        }
    }

    /** Lists the proteins of a confusion-matrix cell and outlines the cell, as a click on it does. */
    public void selectCell(int row, int col) {
        int[] cell = {row, col};
        selectedCell = cell;
        viewModel.selectCell(row, col);
        GridLocator grid = GridLocator.find(confusion.filledRectangles(), Location.COUNT);
        if (grid == null) {
            return;
        }
        confusion.clearOverlay();
        Rectangle2D r = grid.bounds(cell[0], cell[1]);
        GraphicsContext g = confusion.overlay();
        g.setStroke(Color.web("#0077BB"));
        g.setLineWidth(2.5);
        g.strokeRect(r.getX() - 1, r.getY() - 1, r.getWidth() + 2, r.getHeight() + 2);
    }

    private int hit(double x, double y) {
        TsneScatterFigure f = viewModel.tsneProperty().get();
        if (f == null) {
            return -1;
        }
        Point2D p = tsne.toFigure(x, y);
        return f.hitTest(tsne.figureArea(), p.getX(), p.getY(), HIT_RADIUS);
    }

    private void tsneHover(MouseEvent e) {
        int i = hit(e.getX(), e.getY());
        if (i < 0) {
            pointTip.hide();
            return;
        }
        pointTip.setText(viewModel.describe(i));
        pointTip.show(tsne.surface(), e.getScreenX() + 14, e.getScreenY() + 10);
    }

    private void tsneReleased(MouseEvent e) {
        TsneScatterFigure f = viewModel.tsneProperty().get();
        if (f == null || lasso.isEmpty()) {
            return;
        }
        Point2D start = lasso.get(0);
        if (lasso.size() < 3 || start.distance(e.getX(), e.getY()) < 4 && extent() < 6) {
            tsne.clearOverlay();
            int i = hit(e.getX(), e.getY());
            if (i >= 0) {
                viewModel.open(i, true);
            }
            return;
        }
        drawLasso(true);
        Path2D.Double shape = new Path2D.Double();
        for (int k = 0; k < lasso.size(); k++) {
            Point2D p = tsne.toFigure(lasso.get(k).getX(), lasso.get(k).getY());
            if (k == 0) {
                shape.moveTo(p.getX(), p.getY());
            } else {
                shape.lineTo(p.getX(), p.getY());
            }
        }
        shape.closePath();
        viewModel.selectPoints(f.pointsInside(tsne.figureArea(), shape));
    }

    /** Lists the t-SNE points inside a box given in figure coordinates, as a lasso drag does. */
    public void selectBox(Rectangle2D box) {
        TsneScatterFigure f = viewModel.tsneProperty().get();
        if (f == null) {
            return;
        }
        double zoom = tsne.canvas().getWidth() / tsne.figureArea().getWidth();
        lasso.clear();
        lasso.add(new Point2D(box.getMinX() * zoom, box.getMinY() * zoom));
        lasso.add(new Point2D(box.getMaxX() * zoom, box.getMinY() * zoom));
        lasso.add(new Point2D(box.getMaxX() * zoom, box.getMaxY() * zoom));
        lasso.add(new Point2D(box.getMinX() * zoom, box.getMaxY() * zoom));
        drawLasso(true);
        viewModel.selectPoints(f.pointsInside(tsne.figureArea(), box));
    }

    private double extent() {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Point2D p : lasso) {
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        return Math.max(maxX - minX, maxY - minY);
    }

    private void drawLasso(boolean closed) {
        tsne.clearOverlay();
        GraphicsContext g = tsne.overlay();
        g.setStroke(Color.web("#0077BB"));
        g.setFill(Color.web("#0077BB", 0.08));
        g.setLineWidth(1.5);
        g.setLineDashes(5, 4);
        g.beginPath();
        for (int k = 0; k < lasso.size(); k++) {
            Point2D p = lasso.get(k);
            if (k == 0) {
                g.moveTo(p.getX(), p.getY());
            } else {
                g.lineTo(p.getX(), p.getY());
            }
        }
        if (closed) {
            g.closePath();
            g.fill();
        }
        g.stroke();
        g.setLineDashes();
    }

    /** Called when the Explore tab is shown. */
    public void shown() {
        viewModel.computeIfNeeded();
    }
}
