package org.loclens.app.gui.predict;

import java.util.Comparator;
import java.util.stream.IntStream;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import org.loclens.app.gui.common.Formats;
import org.loclens.app.gui.common.Palette;
import org.loclens.model.data.Location;

/**
 * The eleven probabilities of a row as one stacked bar in the class palette (widest segment = predicted
 * location); the tooltip lists the three most probable locations.
 */
final class ProbabilityBarCell extends TableCell<PredictionRow, double[]> {

    static final double WIDTH = 140;
    static final double HEIGHT = 12;

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final Tooltip tooltip = new Tooltip();

    ProbabilityBarCell() {
        getStyleClass().add("probability-cell");
    }

    @Override
    protected void updateItem(double[] p, boolean empty) {
        super.updateItem(p, empty);
        if (empty || p == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        double x = 0;
        for (int c = 0; c < p.length; c++) {
            double w = p[c] * WIDTH;
            g.setFill(Palette.of(c));
            g.fillRect(x, 0, w, HEIGHT);
            x += w;
        }
        g.setStroke(Color.gray(0.55));
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, WIDTH - 1, HEIGHT - 1);
        StringBuilder t = new StringBuilder();
        IntStream.range(0, p.length).boxed().sorted(Comparator.comparingDouble(i -> -p[i])).limit(3)
                .forEach(i -> t.append(t.length() == 0 ? "" : "\n").append(Location.values()[i].displayName())
                        .append("  ").append(Formats.percent(p[i])));
        tooltip.setText(t.toString());
        setTooltip(tooltip);
        setGraphic(canvas);
    }
}
