package org.loclens.app.gui.figure;

import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.loclens.app.gui.common.ActiveModel;
import org.loclens.app.gui.common.AppContext;
import org.loclens.app.gui.common.FileType;
import org.loclens.app.gui.common.I18n;
import org.loclens.app.gui.task.BackgroundTask;
import org.loclens.app.gui.task.TaskHandle;
import org.loclens.viz.ExportFormat;
import org.loclens.viz.Figure;
import org.loclens.viz.FigureExporter;

/**
 * Shows any viz {@link Figure} on a resizable Canvas through FXGraphics2D (the same {@code draw} as the
 * PNG, SVG and PDF exports, ADR 0003), redrawn on every resize, with a tool bar to export it (PNG at a
 * chosen DPI, SVG, PDF; written on a background thread) or copy it to the clipboard as an image.
 *
 * <p>On screen the figure is drawn at a zoom between {@value #MIN_ZOOM} and {@value #MAX_ZOOM} of its print
 * size, so its 7-9 pt text stays readable; {@link #toFigure} maps pointer positions back into the figure's
 * own coordinates for its hit tests.
 */
public class FigurePane extends BorderPane {

    static final double MIN_ZOOM = 0.8;
    static final double MAX_ZOOM = 2.0;
    static final List<Integer> DPI_CHOICES = List.of(72, 150, 300, 600);

    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(this, "figure");
    private final StringProperty placeholder = new SimpleStringProperty(this, "placeholder", "");
    private final Canvas canvas = new Canvas();
    private final Canvas overlay = new Canvas();
    private final Label placeholderLabel = new Label();
    private final Surface surface = new Surface();
    private final ChoiceBox<Integer> dpi = new ChoiceBox<>();
    private final MenuButton export = new MenuButton(I18n.get("figure.export"));
    private final Button copy = new Button(I18n.get("figure.copy"));
    private AppContext context;
    private double zoom = 1;
    private Rectangle2D area = new Rectangle2D.Double();
    private List<Rectangle2D> filled = List.of();
    private int draws;

    public FigurePane() {
        getStyleClass().add("figure-pane");
        overlay.setMouseTransparent(true);
        placeholderLabel.getStyleClass().add("placeholder");
        placeholderLabel.textProperty().bind(placeholder);
        placeholderLabel.setWrapText(true);
        placeholderLabel.setMouseTransparent(true);
        setCenter(surface);

        dpi.getItems().setAll(DPI_CHOICES);
        dpi.setValue(FigureExporter.PRINT_DPI);
        dpi.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : I18n.get("figure.dpi", v);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        dpi.setTooltip(new Tooltip(I18n.get("figure.dpiTip")));
        for (ExportFormat f : ExportFormat.values()) {
            MenuItem item = new MenuItem(I18n.get("figure.exportAs", f.extension().toUpperCase(Locale.ROOT)));
            item.setId("export-" + f.extension());
            item.setOnAction(e -> chooseAndExport(f));
            export.getItems().add(item);
        }
        export.getStyleClass().add("figure-export");
        copy.getStyleClass().add("figure-copy");
        copy.setOnAction(e -> copyToClipboard());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // the figure draws its own title, so the tool bar holds only the actions
        ToolBar bar = new ToolBar(spacer, dpi, export, copy);
        bar.getStyleClass().add("figure-toolbar");
        setTop(bar);

        export.disableProperty().bind(figure.isNull());
        copy.disableProperty().bind(figure.isNull());
        dpi.disableProperty().bind(figure.isNull());
        figure.addListener((o, a, f) -> {
            placeholderLabel.setVisible(f == null);
            surface.redraw();
        });
    }

    /** Services for export and copy; set once by the owning view. */
    public void setContext(AppContext context) {
        this.context = context;
    }

    public ObjectProperty<Figure> figureProperty() {
        return figure;
    }

    public Figure getFigure() {
        return figure.get();
    }

    public void setFigure(Figure f) {
        figure.set(f);
    }

    /** Text shown when there is no figure ("Select a protein", "Needs an A-LSTM"). */
    public StringProperty placeholderProperty() {
        return placeholder;
    }

    /** The region that receives the pointer; its coordinates are canvas pixels. */
    public Region surface() {
        return surface;
    }

    public Canvas canvas() {
        return canvas;
    }

    /** For rubber bands and lassos over the figure; cleared on every redraw. */
    public GraphicsContext overlay() {
        return overlay.getGraphicsContext2D();
    }

    public void clearOverlay() {
        overlay.getGraphicsContext2D().clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
    }

    /** The rectangle the figure was last drawn into, in figure coordinates. */
    public Rectangle2D figureArea() {
        return area;
    }

    /** Canvas pixels to figure coordinates. */
    public Point2D toFigure(double x, double y) {
        return new Point2D(x / zoom, y / zoom);
    }

    /** How many times the figure was drawn (tests wait for a redraw). */
    public int drawCount() {
        return draws;
    }

    /** Rectangles the last drawing filled, in canvas pixels (see {@link GridLocator}). */
    public List<Rectangle2D> filledRectangles() {
        return filled;
    }

    private void draw(double w, double h) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, w, h);
        clearOverlay();
        Figure f = figure.get();
        if (f == null || w < 10 || h < 10) {
            filled = List.of();
            return;
        }
        java.awt.Dimension pref = f.preferredSize();
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.min(w / pref.width, h / pref.height)));
        area = new Rectangle2D.Double(0, 0, w / zoom, h / zoom);
        RecordingGraphics g = new RecordingGraphics(gc);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        gc.save();
        try {
            g.scale(zoom, zoom);
            f.draw(g, area);
        } finally {
            gc.restore();
        }
        filled = List.copyOf(g.filled());
        draws++;
    }

    // ---- export and copy

    private void chooseAndExport(ExportFormat format) {
        Figure f = figure.get();
        if (f == null || context == null) {
            return;
        }
        String name = f.title().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-|-$", "").toLowerCase(Locale.ROOT)
                + "." + format.extension();
        context.dialogs().saveFile(I18n.get("figure.exportTitle", format.extension().toUpperCase(Locale.ROOT)),
                        context.settings().lastFolder(), name,
                        FileType.of(format.extension().toUpperCase(Locale.ROOT), format.extension()))
                .ifPresent(file -> export(withExtension(file, format), format, dpi.getValue()));
    }

    static Path withExtension(Path file, ExportFormat format) {
        String n = file.getFileName().toString();
        return n.toLowerCase(Locale.ROOT).endsWith("." + format.extension()) ? file
                : file.resolveSibling(n + "." + format.extension());
    }

    /** Writes the current figure on a background thread; a notification tells the outcome. */
    public TaskHandle export(Path file, ExportFormat format, int dotsPerInch) {
        Figure f = figure.get();
        context.settings().rememberFolder(file);
        return context.executor().execute(BackgroundTask.of(I18n.get("figure.exporting"), c -> {
            FigureExporter.write(f, file, format, dotsPerInch);
            return file;
        }).onSuccess(p -> context.notifications().info(I18n.get("figure.exported", f.title(), p)))
                .onFailure(e -> context.notifications().error(file + ": " + ActiveModel.describe(e))));
    }

    /** Renders at twice the print size on a background thread, then puts the image on the clipboard. */
    public TaskHandle copyToClipboard() {
        Figure f = figure.get();
        return context.executor().execute(BackgroundTask.of(I18n.get("figure.copying"),
                c -> FigureExporter.toImage(f, 2.0))
                .onSuccess((BufferedImage image) -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putImage(SwingFXUtils.toFXImage(image, null));
                    Clipboard.getSystemClipboard().setContent(content);
                    context.notifications().info(I18n.get("figure.copied", f.title()));
                })
                .onFailure(e -> context.notifications().error(ActiveModel.describe(e))));
    }

    /** Lays the canvases over its whole area and redraws when its size changes. */
    private final class Surface extends Region {

        private double drawnW = -1;
        private double drawnH = -1;

        Surface() {
            getStyleClass().add("figure-surface");
            setMinSize(0, 0);
            getChildren().addAll(canvas, overlay, placeholderLabel);
        }

        @Override
        protected double computePrefWidth(double height) {
            Figure f = figure.get();
            return f == null ? 400 : f.preferredSize().width;
        }

        @Override
        protected double computePrefHeight(double width) {
            Figure f = figure.get();
            return f == null ? 240 : f.preferredSize().height;
        }

        @Override
        protected void layoutChildren() {
            double w = Math.floor(getWidth());
            double h = Math.floor(getHeight());
            canvas.setWidth(w);
            canvas.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            placeholderLabel.resizeRelocate(12, 12, Math.max(0, w - 24), Math.max(0, h - 24));
            if (w != drawnW || h != drawnH) {
                drawnW = w;
                drawnH = h;
                draw(w, h);
            }
        }

        void redraw() {
            drawnW = -1;
            requestLayout();
        }
    }
}
