package org.loclens.viz.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.loclens.viz.Figure;
import org.loclens.viz.draw.Axes;
import org.loclens.viz.draw.Colors;
import org.loclens.viz.draw.Fonts;
import org.loclens.viz.draw.GraphicsState;
import org.loclens.viz.draw.LinearScale;
import org.loclens.viz.draw.Marks;
import org.loclens.viz.draw.Text;
import org.loclens.viz.draw.Tick;
import org.loclens.viz.draw.Ticks;

/**
 * Loss and accuracy per epoch for the training and validation sets, in two panels side by side.
 *
 * <p>Made for live use: the four arrays may have different lengths (validation lags training),
 * may be null or empty, and NaN entries are skipped (the line breaks there). One epoch shows as a
 * marker. Training is a solid blue line with circles, validation a dashed red line with squares,
 * so the two differ without colour. The best validation accuracy is marked.
 */
public final class TrainingCurvesFigure implements Figure {

    private static final double PAD = 6;
    private static final Color TRAIN = new Color(0x4477AA);      // Paul Tol "bright" blue
    private static final Color VALIDATION = new Color(0xEE6677); // Paul Tol "bright" red
    private static final Stroke SOLID = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
            new float[] {3.5f, 2f}, 0);
    /** Up to this many epochs every value also gets a marker. */
    private static final int MARKER_EPOCHS = 30;

    private final double[] trainLoss;
    private final double[] validationLoss;
    private final double[] trainAccuracy;
    private final double[] validationAccuracy;

    /**
     * @param trainLoss          loss per epoch on the training set (index 0 = epoch 1), or null
     * @param validationLoss     loss per epoch on the validation set, or null
     * @param trainAccuracy      accuracy in [0, 1] per epoch on the training set, or null
     * @param validationAccuracy accuracy in [0, 1] per epoch on the validation set, or null
     */
    public TrainingCurvesFigure(double[] trainLoss, double[] validationLoss, double[] trainAccuracy,
            double[] validationAccuracy) {
        this.trainLoss = copy(trainLoss);
        this.validationLoss = copy(validationLoss);
        this.trainAccuracy = copy(trainAccuracy);
        this.validationAccuracy = copy(validationAccuracy);
    }

    /** Returns the number of epochs shown: the longest of the four series. */
    public int epochs() {
        return Math.max(Math.max(trainLoss.length, validationLoss.length),
                Math.max(trainAccuracy.length, validationAccuracy.length));
    }

    /** Returns the 1-based epoch of the best finite validation accuracy, or 0 if there is none. */
    public int bestValidationEpoch() {
        int best = 0;
        for (int i = 0; i < validationAccuracy.length; i++) {
            double v = validationAccuracy[i];
            if (Double.isFinite(v) && (best == 0 || v > validationAccuracy[best - 1])) {
                best = i + 1;
            }
        }
        return best;
    }

    @Override
    public String title() {
        return "Training curves";
    }

    @Override
    public Dimension preferredSize() {
        return new Dimension(482, 210);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        try (GraphicsState saved = GraphicsState.save(g)) {
            Rectangle2D inner = new Rectangle2D.Double(area.getX() + PAD, area.getY() + PAD,
                    area.getWidth() - 2 * PAD, area.getHeight() - 2 * PAD);
            double top = inner.getY() + Text.title(g, title(), inner);
            drawLegend(g, inner.getMaxX(), inner.getY() + Text.height(Fonts.TITLE) / 2);
            double gap = 16;
            double panelW = (inner.getWidth() - gap) / 2;
            Rectangle2D left = new Rectangle2D.Double(inner.getX(), top, panelW, inner.getMaxY() - top);
            Rectangle2D right = new Rectangle2D.Double(inner.getX() + panelW + gap, top, panelW, inner.getMaxY() - top);
            drawPanel(g, left, "Loss", trainLoss, validationLoss, false);
            drawPanel(g, right, "Accuracy", trainAccuracy, validationAccuracy, true);
        }
    }

    private void drawPanel(Graphics2D g, Rectangle2D panel, String name, double[] train, double[] validation,
            boolean accuracy) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] series : new double[][] {train, validation}) {
            for (double v : series) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        boolean empty = min > max;
        double[] range = empty ? new double[] {0, 1} : Ticks.niceRange(min, max, 4);
        if (accuracy) {
            range[0] = Math.max(0, range[0]);
            range[1] = Math.min(1, range[1]);
            if (range[0] >= range[1]) {
                range = new double[] {0, 1};
            }
        }
        List<Tick> yTicks = Ticks.linear(range[0], range[1], 4);
        double titleH = Text.height(Fonts.LABEL_BOLD) + 3;
        double plotLeft = panel.getX() + Axes.leftWidth(yTicks);
        double plotTop = panel.getY() + titleH;
        double plotBottom = panel.getMaxY() - Axes.bottomHeight() - Text.height(Fonts.LABEL) - 2;
        Rectangle2D plot = new Rectangle2D.Double(plotLeft, plotTop, panel.getMaxX() - plotLeft - 4, plotBottom - plotTop);

        g.setPaint(Colors.INK);
        Text.draw(g, Fonts.LABEL_BOLD, name, plot.getX(), panel.getY(), Text.HAlign.LEFT, Text.VAlign.TOP);

        int epochs = epochs();
        double last = Math.max(2, epochs);
        // Half an epoch of room when there are few, so the first and last markers are not cut by the axes.
        double margin = epochs <= MARKER_EPOCHS ? 0.5 : 0;
        LinearScale x = new LinearScale(1 - margin, last + margin, plot.getMinX(), plot.getMaxX());
        LinearScale y = new LinearScale(range[0], range[1], plot.getMaxY(), plot.getMinY());
        List<Tick> xTicks = Ticks.integers(1, (int) last, (int) Math.max(2, plot.getWidth() / 40));
        if (xTicks.isEmpty() || xTicks.get(0).value() > 1 + 0.4 * tickStep(xTicks)) {
            xTicks.add(0, new Tick(1, "1"));
        }
        Axes.gridY(g, y, plot.getMinX(), plot.getMaxX(), yTicks);
        Axes.left(g, y, plot.getMinX(), yTicks);
        Axes.bottom(g, x, plot.getMaxY(), xTicks);
        Axes.bottomTitle(g, "epoch", plot.getCenterX(), plot.getMaxY() + Axes.bottomHeight() + 1);

        if (empty) {
            g.setPaint(Colors.MUTED);
            // epochs without accuracies: the run had no validation part to measure them on (ADR 0016)
            Text.draw(g, Fonts.SMALL, epochs == 0 ? "no epochs yet" : "not measured: no validation part",
                    plot.getCenterX(), plot.getCenterY(),
                    Text.HAlign.CENTER, Text.VAlign.MIDDLE);
            return;
        }
        boolean markers = epochs <= MARKER_EPOCHS;
        drawSeries(g, train, x, y, TRAIN, SOLID, Marks.Marker.CIRCLE, markers);
        drawSeries(g, validation, x, y, VALIDATION, DASHED, Marks.Marker.SQUARE, markers);
        if (accuracy && bestValidationEpoch() > 0) {
            markBest(g, x, y, plot);
        }
    }

    private static double tickStep(List<Tick> ticks) {
        return ticks.size() > 1 ? ticks.get(1).value() - ticks.get(0).value() : 1;
    }

    private static void drawSeries(Graphics2D g, double[] values, LinearScale x, LinearScale y, Color color,
            Stroke stroke, Marks.Marker marker, boolean markers) {
        g.setPaint(color);
        g.setStroke(stroke);
        Path2D.Double path = new Path2D.Double();
        boolean drawing = false;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isFinite(v)) {
                drawing = false;
                continue;
            }
            double px = x.map(i + 1);
            double py = y.map(v);
            if (drawing) {
                path.lineTo(px, py);
            } else {
                path.moveTo(px, py);
            }
            boolean isolated = (i == 0 || !Double.isFinite(values[i - 1]))
                    && (i == values.length - 1 || !Double.isFinite(values[i + 1]));
            if (markers || isolated) {
                g.fill(Marks.marker(marker, px, py, 4));
            }
            drawing = true;
        }
        g.draw(path);
    }

    private void markBest(Graphics2D g, LinearScale x, LinearScale y, Rectangle2D plot) {
        int epoch = bestValidationEpoch();
        double v = validationAccuracy[epoch - 1];
        double px = x.map(epoch);
        double py = y.map(v);
        g.setPaint(Colors.INK);
        g.setStroke(new BasicStroke(0.8f));
        Shape ring = Marks.marker(Marks.Marker.CIRCLE, px, py, 7);
        g.draw(ring);
        String label = String.format(Locale.ROOT, "best %.3f (epoch %d)", v, epoch);
        // Above the point: it is the highest validation value, so the space above is the freest.
        double w = Text.width(Fonts.SMALL, label);
        double lx = Math.max(plot.getMinX() + w / 2, Math.min(plot.getMaxX() - w / 2, px));
        double ly = py - 5 - Text.height(Fonts.SMALL) > plot.getMinY() ? py - 5 : py + 5 + Text.height(Fonts.SMALL);
        Rectangle2D box = Text.bounds(Fonts.SMALL, label, lx, ly, Text.HAlign.CENTER, Text.VAlign.BOTTOM);
        g.setPaint(Colors.withAlpha(Color.WHITE, 200));
        g.fill(box);
        g.setPaint(Colors.INK);
        Text.draw(g, Fonts.SMALL, label, lx, ly, Text.HAlign.CENTER, Text.VAlign.BOTTOM);
    }

    private static void drawLegend(Graphics2D g, double right, double cy) {
        String[] labels = {"training", "validation"};
        Color[] colors = {TRAIN, VALIDATION};
        Stroke[] strokes = {SOLID, DASHED};
        Marks.Marker[] markers = {Marks.Marker.CIRCLE, Marks.Marker.SQUARE};
        double x = right;
        for (int k = labels.length - 1; k >= 0; k--) {
            x -= Text.width(Fonts.SMALL, labels[k]);
            g.setPaint(Colors.INK);
            Text.draw(g, Fonts.SMALL, labels[k], x, cy, Text.HAlign.LEFT, Text.VAlign.MIDDLE);
            x -= 20;
            g.setPaint(colors[k]);
            g.setStroke(strokes[k]);
            g.draw(new Line2D.Double(x, cy, x + 16, cy));
            g.fill(Marks.marker(markers[k], x + 8, cy, 4));
            x -= 12;
        }
    }

    private static double[] copy(double[] values) {
        return values == null ? new double[0] : values.clone();
    }
}
