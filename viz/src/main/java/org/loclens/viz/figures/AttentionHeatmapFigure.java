package org.loclens.viz.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.loclens.viz.Figure;
import org.loclens.viz.draw.Axes;
import org.loclens.viz.draw.ColorBar;
import org.loclens.viz.draw.ColorRamp;
import org.loclens.viz.draw.Colors;
import org.loclens.viz.draw.Fonts;
import org.loclens.viz.draw.GraphicsState;
import org.loclens.viz.draw.Groups;
import org.loclens.viz.draw.Labels;
import org.loclens.viz.draw.LinearScale;
import org.loclens.viz.draw.Marks;
import org.loclens.viz.draw.Text;
import org.loclens.viz.draw.Tick;
import org.loclens.viz.draw.Ticks;

/**
 * Mean attention over sequence positions, one band per true class (Sønderby et al. 2015, Figure 5).
 *
 * <p>The model reads at most 1,000 residues: shorter proteins are padded in the middle and longer
 * ones cut in the middle, so column {@code i < L/2} is residue {@code i + 1} counted from the
 * N-terminus and column {@code i >= L/2} is residue {@code i - L} counted from the C-terminus
 * (−500 … −1 for L = 1000). See {@link #positionOf}. Colour is mean attention on Paul Tol's YlOrBr
 * ramp, scaled either per class (each band's maximum is darkest, the default, so the pattern of
 * classes with diffuse attention stays visible) or globally; the colour bar says which. Optional
 * {@link SignalOverlay}s mark mean annotated signal lengths with a line and a marker per class.
 *
 * <p>In SVG each band is a group {@code <g id="band-...">} of {@code <rect>}s; runs of columns with
 * the same colour (quantised to 256 levels) are merged into one rectangle.
 */
public final class AttentionHeatmapFigure implements Figure {

    /** How attention values map to colour. */
    public enum Scaling {
        /** Each class divided by its own maximum: shows where each class attends. */
        PER_CLASS,
        /** All classes divided by the overall maximum: compares magnitudes across classes. */
        GLOBAL
    }

    private static final double PAD = 6;
    private static final int LEVELS = 256;
    private static final ColorRamp RAMP = ColorRamp.YL_OR_BR;

    private final List<String> classes;
    private final double[][] attention;
    private final int[] proteins;
    private final List<SignalOverlay> overlays;
    private final Scaling scaling;
    private final int length;

    /** Creates the heatmap with per-class scaling and no overlays. */
    public AttentionHeatmapFigure(List<String> classes, double[][] meanAttention, int[] proteinsPerClass) {
        this(classes, meanAttention, proteinsPerClass, List.of(), Scaling.PER_CLASS);
    }

    /**
     * @param classes          class identifiers, one band each, top to bottom
     * @param meanAttention    {@code [class][position]}, all rows of one length L (1,000 in the paper)
     * @param proteinsPerClass proteins averaged per class, printed next to the class name
     * @param overlays         signal lengths to mark, may be empty
     * @param scaling          per-class or global colour scaling
     */
    public AttentionHeatmapFigure(List<String> classes, double[][] meanAttention, int[] proteinsPerClass,
            List<SignalOverlay> overlays, Scaling scaling) {
        this.classes = List.copyOf(classes);
        int n = this.classes.size();
        if (n == 0 || meanAttention.length != n || proteinsPerClass.length != n) {
            throw new IllegalArgumentException("Need one attention row and one protein count per class");
        }
        this.length = meanAttention[0].length;
        if (length < 2) {
            throw new IllegalArgumentException("Need at least 2 positions");
        }
        this.attention = new double[n][];
        for (int c = 0; c < n; c++) {
            if (meanAttention[c].length != length) {
                throw new IllegalArgumentException("Row " + c + " has " + meanAttention[c].length
                        + " positions, expected " + length);
            }
            this.attention[c] = meanAttention[c].clone();
        }
        this.proteins = proteinsPerClass.clone();
        this.overlays = List.copyOf(overlays);
        this.scaling = scaling;
    }

    /**
     * Returns the residue position drawn in {@code column} of an {@code length}-column heatmap:
     * 1-based from the N-terminus in the left half, negative from the C-terminus in the right half
     * (−1 is the last residue).
     */
    public static int positionOf(int column, int length) {
        return column < length / 2 ? column + 1 : column - length;
    }

    /** Inverse of {@link #positionOf}: the column of a positive (N-terminal) or negative (C-terminal) position. */
    public static int columnOf(int position, int length) {
        if (position == 0) {
            throw new IllegalArgumentException("Positions are 1-based from the N-terminus or negative from the C-terminus");
        }
        return position > 0 ? position - 1 : length + position;
    }

    /** Returns the x-axis ticks: 1, 100, 200 … from the N-terminus, then … −200, −100, −1. */
    public static List<Tick> positionTicks(int length, int maxTicksPerHalf) {
        int half = length / 2;
        int step = (int) Math.max(1, Math.round(Ticks.niceStep(half, maxTicksPerHalf)));
        List<Tick> ticks = new ArrayList<>();
        ticks.add(new Tick(columnOf(1, length) + 0.5, "1"));
        for (int p = step; p < half && p <= half - step / 2; p += step) {
            ticks.add(new Tick(columnOf(p, length) + 0.5, Ticks.integer(p)));
        }
        int cHalf = length - half;
        for (int p = (cHalf / step) * step; p >= step; p -= step) {
            if (p <= cHalf - step / 2) {
                ticks.add(new Tick(columnOf(-p, length) + 0.5, Ticks.integer(-p)));
            }
        }
        ticks.add(new Tick(columnOf(-1, length) + 0.5, Ticks.integer(-1)));
        return ticks;
    }

    /** Returns the scaling used. */
    public Scaling scaling() {
        return scaling;
    }

    @Override
    public String title() {
        return "Mean attention per class";
    }

    @Override
    public Dimension preferredSize() {
        return new Dimension(482, Math.max(200, 96 + 20 * classes.size() + (overlays.isEmpty() ? 0 : 14)));
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        try (GraphicsState saved = GraphicsState.save(g)) {
            paint(g, area);
        }
    }

    private void paint(Graphics2D g, Rectangle2D area) {
        int n = classes.size();
        Rectangle2D inner = new Rectangle2D.Double(area.getX() + PAD, area.getY() + PAD,
                area.getWidth() - 2 * PAD, area.getHeight() - 2 * PAD);
        double top = inner.getY() + Text.title(g, title(), inner) + 2;

        List<String> rowLabels = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            rowLabels.add(String.format(Locale.ROOT, "%s (%,d)", Labels.className(classes.get(c)), proteins[c]));
        }
        double globalMax = 0;
        for (double[] row : attention) {
            globalMax = Math.max(globalMax, max(row));
        }
        double barMax = scaling == Scaling.PER_CLASS || globalMax <= 0 ? 1 : globalMax;
        List<Tick> barTicks = Ticks.linear(0, barMax, 4);
        double labelW = Text.maxWidth(Fonts.LABEL, rowLabels) + 5;
        double barW = ColorBar.verticalWidth(barTicks) + 8;
        double legendH = overlays.isEmpty() ? 0 : Text.height(Fonts.SMALL) + 6;
        double axisH = Axes.bottomHeight() + Text.height(Fonts.LABEL) + 3;

        double left = inner.getX() + labelW;
        double right = inner.getMaxX() - barW;
        double bandsH = inner.getMaxY() - top - axisH - legendH;
        double bandH = Math.min(26, bandsH / n);
        double bottom = top + bandH * n;
        LinearScale x = new LinearScale(0, length, left, right);

        for (int c = 0; c < n; c++) {
            double bandTop = top + c * bandH;
            double scale = scaling == Scaling.PER_CLASS ? max(attention[c]) : globalMax;
            Groups.begin(g, "band-" + c + "-" + classes.get(c));
            drawBand(g, attention[c], scale, x, bandTop, bandH - 1);
            Groups.end(g);
            g.setPaint(Colors.INK);
            Text.draw(g, Fonts.LABEL, rowLabels.get(c), left - 4, bandTop + (bandH - 1) / 2,
                    Text.HAlign.RIGHT, Text.VAlign.MIDDLE);
        }
        // Where the N-terminal half meets the C-terminal half (padding or cut).
        g.setPaint(Colors.AXIS);
        g.setStroke(new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {2, 2}, 0));
        double mid = x.map(length / 2.0);
        g.draw(new Line2D.Double(mid, top - 2, mid, bottom + 1));

        drawOverlays(g, x, top, bandH);

        Axes.bottom(g, x, bottom, positionTicks(length, 5));
        double labelsTop = bottom + Axes.bottomHeight() + 1;
        g.setPaint(Colors.INK);
        Text.draw(g, Fonts.LABEL, "N-terminus", left, labelsTop, Text.HAlign.LEFT, Text.VAlign.TOP);
        Text.draw(g, Fonts.LABEL, "C-terminus", right, labelsTop, Text.HAlign.RIGHT, Text.VAlign.TOP);
        String middle = "position (padded or cut in the middle)";
        if (Text.width(Fonts.LABEL, middle) + 2 * Text.width(Fonts.LABEL, "C-terminus") + 20 < right - left) {
            Text.draw(g, Fonts.LABEL, middle, (left + right) / 2, labelsTop, Text.HAlign.CENTER, Text.VAlign.TOP);
        }

        Rectangle2D bar = new Rectangle2D.Double(right + 8, top, ColorBar.THICKNESS, bandH * n - 1);
        ColorBar.vertical(g, RAMP, bar, 0, barMax, barTicks,
                scaling == Scaling.PER_CLASS ? "attention / class maximum" : "mean attention");

        if (!overlays.isEmpty()) {
            drawLegend(g, left, labelsTop + Text.height(Fonts.LABEL) + 5);
        }
    }

    private void drawBand(Graphics2D g, double[] row, double scale, LinearScale x, double y, double h) {
        int start = 0;
        int level = level(row[0], scale);
        for (int i = 1; i <= row.length; i++) {
            int next = i < row.length ? level(row[i], scale) : Integer.MIN_VALUE;
            if (next != level) {
                g.setPaint(level < 0 ? RAMP.bad() : RAMP.at(level / (double) (LEVELS - 1)));
                // A quarter point of overlap hides antialiasing seams between runs.
                double x0 = x.map(start);
                double x1 = i < row.length ? x.map(i) + 0.25 : x.map(i);
                g.fill(new Rectangle2D.Double(x0, y, x1 - x0, h));
                start = i;
                level = next;
            }
        }
    }

    private static int level(double v, double scale) {
        if (Double.isNaN(v) || !(scale > 0)) {
            return -1;
        }
        return (int) Math.round(Math.max(0, Math.min(1, v / scale)) * (LEVELS - 1));
    }

    private void drawOverlays(Graphics2D g, LinearScale x, double top, double bandH) {
        for (int k = 0; k < overlays.size(); k++) {
            SignalOverlay overlay = overlays.get(k);
            for (int c = 0; c < classes.size(); c++) {
                double len = overlay.lengthOf(c);
                if (Double.isNaN(len) || len == 0 || Math.abs(len) > length / 2.0) {
                    continue;
                }
                // The signal ends after |len| residues: at the column boundary |len| from its terminus.
                double px = len > 0 ? x.map(len) : x.map(length + len);
                double y0 = top + c * bandH;
                double y1 = y0 + bandH - 1;
                g.setStroke(new BasicStroke(2.0f));
                g.setPaint(Color.WHITE);
                g.draw(new Line2D.Double(px, y0, px, y1));
                g.setStroke(new BasicStroke(0.8f));
                g.setPaint(Colors.INK);
                g.draw(new Line2D.Double(px, y0, px, y1));
                drawMarker(g, k, px, (y0 + y1) / 2);
            }
        }
    }

    private static void drawMarker(Graphics2D g, int k, double cx, double cy) {
        Shape marker = Marks.marker(Marks.markerFor(k), cx, cy, 6);
        g.setPaint(Color.WHITE);
        g.fill(marker);
        g.setPaint(Colors.INK);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(marker);
    }

    private void drawLegend(Graphics2D g, double x, double y) {
        double cx = x;
        double cy = y + Text.height(Fonts.SMALL) / 2;
        for (int k = 0; k < overlays.size(); k++) {
            drawMarker(g, k, cx + 3, cy);
            String label = overlays.get(k).name() + ": mean annotated length";
            g.setPaint(Colors.INK);
            Text.draw(g, Fonts.SMALL, label, cx + 9, cy, Text.HAlign.LEFT, Text.VAlign.MIDDLE);
            cx += 9 + Text.width(Fonts.SMALL, label) + 14;
        }
    }

    private static double max(double[] row) {
        double m = 0;
        for (double v : row) {
            if (v > m) {
                m = v;
            }
        }
        return m;
    }
}
