package org.loclens.viz.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.loclens.viz.Figure;
import org.loclens.viz.draw.Axes;
import org.loclens.viz.draw.Colors;
import org.loclens.viz.draw.Fonts;
import org.loclens.viz.draw.GraphicsState;
import org.loclens.viz.draw.LinearScale;
import org.loclens.viz.draw.Marks;
import org.loclens.viz.draw.ResidueColors;
import org.loclens.viz.draw.Text;
import org.loclens.viz.draw.Tick;
import org.loclens.viz.draw.Ticks;

/**
 * Attention weights along the residues of one protein (the attention of Sønderby et al. 2015,
 * Eq. 6, per position of the full sequence).
 *
 * <p>Residue numbers are those of the original sequence, also when a window
 * {@code [firstResidue, lastResidue]} is shown. Residues the model did not see (the cut middle of
 * proteins longer than it reads) have NaN attention and are drawn as a hatched gap labelled "not
 * seen (cut)". Annotated regions are shaded and labelled in a lane above the track; the
 * {@value #PEAK_WINDOW}-residue window with the highest summed attention is outlined. When the
 * window shows at most {@value #MAX_LETTER_RESIDUES} residues and each gets at least 5 pt, the
 * residue letters are printed under the track in {@link ResidueColors}.
 */
public final class AttentionTrackFigure implements Figure {

    /** Width in residues of the highest-attention window that is marked. */
    public static final int PEAK_WINDOW = 10;
    /** Above this many visible residues no letters are drawn. */
    public static final int MAX_LETTER_RESIDUES = 120;
    /** Narrowest residue, in points, that still gets its letter (a 7 pt capital is about 5 pt wide). */
    public static final double MIN_LETTER_WIDTH = 5.0;

    private static final double PAD = 6;
    private static final Color BAR = new Color(0x4477AA);      // Paul Tol "bright" blue
    private static final Color PEAK = new Color(0xEE7733);     // Paul Tol "vibrant" orange
    private static final Color[] REGION_COLORS = {             // Paul Tol "light" scheme
        new Color(0x77AADD), new Color(0x44BB99), new Color(0xEEDD88), new Color(0xFFAABB), new Color(0x99DDFF),
    };

    private final String proteinId;
    private final String sequence;
    private final double[] attention;
    private final List<Region> regions;
    private final int first;
    private final int last;

    /** Shows the whole protein without annotated regions. */
    public AttentionTrackFigure(String proteinId, String sequence, double[] attention) {
        this(proteinId, sequence, attention, List.of());
    }

    /** Shows the whole protein with annotated regions. */
    public AttentionTrackFigure(String proteinId, String sequence, double[] attention, List<Region> regions) {
        this(proteinId, sequence, attention, regions, 1, sequence.length());
    }

    /**
     * @param proteinId    identifier shown in the title
     * @param sequence     the full sequence, one letter per residue
     * @param attention    one weight per residue of {@code sequence}; NaN where the model did not look
     * @param regions      annotated regions (1-based, inclusive), may be empty
     * @param firstResidue first residue shown, 1-based
     * @param lastResidue  last residue shown, inclusive
     */
    public AttentionTrackFigure(String proteinId, String sequence, double[] attention, List<Region> regions,
            int firstResidue, int lastResidue) {
        if (sequence.isEmpty() || attention.length != sequence.length()) {
            throw new IllegalArgumentException("Need one attention weight per residue: " + sequence.length()
                    + " residues, " + attention.length + " weights");
        }
        if (firstResidue < 1 || lastResidue > sequence.length() || lastResidue < firstResidue) {
            throw new IllegalArgumentException("Window " + firstResidue + ".." + lastResidue
                    + " is not inside 1.." + sequence.length());
        }
        this.proteinId = proteinId;
        this.sequence = sequence;
        this.attention = attention.clone();
        this.regions = List.copyOf(regions);
        this.first = firstResidue;
        this.last = lastResidue;
    }

    /** Returns the same protein shown from {@code firstResidue} to {@code lastResidue}. */
    public AttentionTrackFigure window(int firstResidue, int lastResidue) {
        return new AttentionTrackFigure(proteinId, sequence, attention, regions, firstResidue, lastResidue);
    }

    /** Returns the first residue shown (1-based). */
    public int firstResidue() {
        return first;
    }

    /** Returns the last residue shown (1-based, inclusive). */
    public int lastResidue() {
        return last;
    }

    /**
     * Returns the {@value #PEAK_WINDOW}-residue window (shorter for shorter proteins) with the
     * highest summed attention among windows the model saw entirely, or empty if there is none.
     */
    public Optional<Region> peakWindow() {
        int w = Math.min(PEAK_WINDOW, sequence.length());
        double best = Double.NEGATIVE_INFINITY;
        int bestStart = -1;
        for (int s = 0; s + w <= attention.length; s++) {
            double sum = 0;
            boolean seen = true;
            for (int i = s; i < s + w && seen; i++) {
                seen = !Double.isNaN(attention[i]);
                sum += attention[i];
            }
            if (seen && sum > best) {
                best = sum;
                bestStart = s;
            }
        }
        return bestStart < 0 ? Optional.empty()
                : Optional.of(new Region(bestStart + 1, bestStart + w, "highest attention"));
    }

    /**
     * Returns the residue number (1-based, original numbering) under x coordinate {@code px} when
     * the figure is drawn in {@code area}, or −1 outside the track; for hover read-outs.
     */
    public int residueAt(Rectangle2D area, double px) {
        Layout l = layout(area);
        if (px < l.x.rangeMin() || px > l.x.rangeMax()) {
            return -1;
        }
        long r = Math.round(l.x.invert(px));
        return (int) Math.max(first, Math.min(last, r));
    }

    @Override
    public String title() {
        return "Attention along " + proteinId;
    }

    @Override
    public Dimension preferredSize() {
        return new Dimension(482, 210);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        try (GraphicsState saved = GraphicsState.save(g)) {
            paint(g, area, saved);
        }
    }

    /** Everything the drawing and {@link #residueAt} share. */
    private record Layout(Rectangle2D inner, double titleBottom, double regionLaneTop, double peakLaneTop,
            Rectangle2D plot, LinearScale x, LinearScale y, List<Tick> yTicks, boolean letters, double axisY) {
    }

    private Layout layout(Rectangle2D area) {
        Rectangle2D inner = new Rectangle2D.Double(area.getX() + PAD, area.getY() + PAD,
                area.getWidth() - 2 * PAD, area.getHeight() - 2 * PAD);
        double titleBottom = inner.getY() + Text.height(Fonts.TITLE) + 4;
        double lane = Text.height(Fonts.SMALL) + 4;
        boolean anyRegion = regions.stream().anyMatch(r -> r.overlaps(first, last));
        double regionLaneTop = titleBottom;
        double peakLaneTop = regionLaneTop + (anyRegion ? lane : 0);
        double plotTop = peakLaneTop + lane + 2;

        double yMax = 0;
        for (int r = first; r <= last; r++) {
            double v = attention[r - 1];
            if (v > yMax) {
                yMax = v;
            }
        }
        double[] range = Ticks.niceRange(0, yMax > 0 ? yMax : 1, 4);
        List<Tick> yTicks = Ticks.linear(0, range[1], 4);
        double left = inner.getX() + Text.height(Fonts.LABEL) + 3 + Axes.leftWidth(yTicks);
        double right = inner.getMaxX() - 8;
        int count = last - first + 1;
        boolean letters = count <= MAX_LETTER_RESIDUES && (right - left) / count >= MIN_LETTER_WIDTH;
        double lettersH = letters ? Text.height(Fonts.SMALL_BOLD) + 3 : 0;
        double axisY = inner.getMaxY() - Axes.bottomHeight() - Text.height(Fonts.LABEL) - 2;
        double plotBottom = axisY - lettersH;
        Rectangle2D plot = new Rectangle2D.Double(left, plotTop, right - left, Math.max(10, plotBottom - plotTop));
        LinearScale x = new LinearScale(first - 0.5, last + 0.5, left, right);
        LinearScale y = new LinearScale(0, range[1], plot.getMaxY(), plot.getMinY());
        return new Layout(inner, titleBottom, regionLaneTop, peakLaneTop, plot, x, y, yTicks, letters, axisY);
    }

    private void paint(Graphics2D g, Rectangle2D area, GraphicsState saved) {
        Layout l = layout(area);
        Rectangle2D plot = l.plot();
        LinearScale x = l.x();
        Text.title(g, title(), l.inner());
        String span = String.format(Locale.ROOT, "residues %d\u2013%d of %d", first, last, sequence.length());
        g.setPaint(Colors.MUTED);
        Text.draw(g, Fonts.SMALL, span, l.inner().getMaxX(), l.inner().getY() + Text.ascent(Fonts.TITLE),
                Text.HAlign.RIGHT, Text.VAlign.BASELINE);

        g.clip(new Rectangle2D.Double(plot.getX(), l.regionLaneTop(), plot.getWidth(), l.axisY() - l.regionLaneTop()));
        drawRegions(g, l);
        Axes.gridY(g, l.y(), plot.getMinX(), plot.getMaxX(), l.yTicks());
        drawAttention(g, l);
        drawCuts(g, l);
        drawPeak(g, l);
        saved.restoreClip();

        g.setPaint(Colors.FRAME);
        g.setStroke(Axes.GRID);
        g.draw(new Line2D.Double(plot.getMinX(), plot.getMaxY(), plot.getMaxX(), plot.getMaxY()));
        Axes.left(g, l.y(), plot.getMinX(), l.yTicks());
        Axes.leftTitle(g, "attention", l.inner().getX(), plot.getCenterY());
        if (l.letters()) {
            drawLetters(g, l);
        }
        Axes.bottom(g, x, l.axisY(), residueTicks(x));
        Axes.bottomTitle(g, "residue", plot.getCenterX(), l.axisY() + Axes.bottomHeight() + 1);
    }

    private List<Tick> residueTicks(LinearScale x) {
        int maxTicks = (int) Math.max(2, Math.abs(x.rangeMax() - x.rangeMin()) / 45);
        List<Tick> ticks = new ArrayList<>(Ticks.integers(first, last, maxTicks));
        // Label the first residue too unless a tick is already close by.
        double step = ticks.size() > 1 ? ticks.get(1).value() - ticks.get(0).value() : Double.MAX_VALUE;
        if (ticks.isEmpty() || ticks.get(0).value() - first >= 0.4 * step) {
            ticks.add(0, new Tick(first, Integer.toString(first)));
        }
        return ticks;
    }

    private void drawRegions(Graphics2D g, Layout l) {
        double laneH = Text.height(Fonts.SMALL) + 2;
        double labelsRight = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < regions.size(); k++) {
            Region r = regions.get(k);
            if (!r.overlaps(first, last)) {
                continue;
            }
            Color color = REGION_COLORS[k % REGION_COLORS.length];
            double x0 = l.x().map(Math.max(first, r.start()) - 0.5);
            double x1 = l.x().map(Math.min(last, r.end()) + 0.5);
            g.setPaint(Colors.withAlpha(color, 70));
            g.fill(new Rectangle2D.Double(x0, l.plot().getMinY(), x1 - x0, l.plot().getHeight()));
            Rectangle2D box = new Rectangle2D.Double(x0, l.regionLaneTop(), x1 - x0, laneH);
            g.setPaint(color);
            g.fill(box);
            String label = String.format(Locale.ROOT, "%s %d\u2013%d", r.label(), r.start(), r.end()).strip();
            g.setPaint(Colors.INK);
            double w = Text.width(Fonts.SMALL, label);
            if (w + 4 <= box.getWidth()) {
                Text.draw(g, Fonts.SMALL, label, box.getCenterX(), box.getCenterY(), Text.HAlign.CENTER, Text.VAlign.MIDDLE);
                labelsRight = Math.max(labelsRight, box.getCenterX() + w / 2);
            } else {
                // Narrow box: label to its right, after any label already there.
                double lx = Math.max(box.getMaxX() + 3, labelsRight + 8);
                Text.draw(g, Fonts.SMALL, label, lx, box.getCenterY(), Text.HAlign.LEFT, Text.VAlign.MIDDLE);
                labelsRight = lx + w;
            }
        }
    }

    private void drawAttention(Graphics2D g, Layout l) {
        LinearScale x = l.x();
        LinearScale y = l.y();
        double cell = Math.abs(x.unit());
        double base = l.plot().getMaxY();
        g.setPaint(BAR);
        if (cell >= 2.5) {
            double gap = Math.min(1.0, cell * 0.15);
            for (int r = first; r <= last; r++) {
                double v = attention[r - 1];
                if (!Double.isNaN(v) && v > 0) {
                    double top = y.map(v);
                    g.fill(new Rectangle2D.Double(x.map(r - 0.5) + gap / 2, top, cell - gap, base - top));
                }
            }
            return;
        }
        // Too narrow for bars: one filled step outline per stretch the model saw.
        int r = first;
        while (r <= last) {
            if (Double.isNaN(attention[r - 1])) {
                r++;
                continue;
            }
            Path2D.Double area = new Path2D.Double();
            area.moveTo(x.map(r - 0.5), base);
            int s = r;
            while (s <= last && !Double.isNaN(attention[s - 1])) {
                double top = y.map(Math.max(0, attention[s - 1]));
                area.lineTo(x.map(s - 0.5), top);
                area.lineTo(x.map(s + 0.5), top);
                s++;
            }
            area.lineTo(x.map(s - 0.5), base);
            area.closePath();
            g.fill(area);
            r = s;
        }
    }

    private void drawCuts(Graphics2D g, Layout l) {
        Rectangle2D plot = l.plot();
        int r = first;
        while (r <= last) {
            if (!Double.isNaN(attention[r - 1])) {
                r++;
                continue;
            }
            int s = r;
            while (s <= last && Double.isNaN(attention[s - 1])) {
                s++;
            }
            double x0 = l.x().map(r - 0.5);
            double x1 = l.x().map(s - 0.5);
            Rectangle2D gap = new Rectangle2D.Double(x0, plot.getMinY(), x1 - x0, plot.getHeight());
            Marks.hatch(g, gap, 4, Colors.FRAME, Color.WHITE);
            String label = Text.width(Fonts.SMALL, "not seen (cut)") + 6 <= gap.getWidth() ? "not seen (cut)" : "cut";
            if (Text.width(Fonts.SMALL, label) + 4 <= gap.getWidth()) {
                Rectangle2D b = Text.bounds(Fonts.SMALL, label, gap.getCenterX(), gap.getCenterY(),
                        Text.HAlign.CENTER, Text.VAlign.MIDDLE);
                g.setPaint(Color.WHITE);
                g.fill(new Rectangle2D.Double(b.getX() - 2, b.getY() - 1, b.getWidth() + 4, b.getHeight() + 2));
                g.setPaint(Colors.MUTED);
                Text.draw(g, Fonts.SMALL, label, gap.getCenterX(), gap.getCenterY(), Text.HAlign.CENTER, Text.VAlign.MIDDLE);
            }
            r = s;
        }
    }

    private void drawPeak(Graphics2D g, Layout l) {
        Optional<Region> peak = peakWindow();
        if (peak.isEmpty() || !peak.get().overlaps(first, last)) {
            return;
        }
        Region p = peak.get();
        double x0 = l.x().map(Math.max(first, p.start()) - 0.5);
        double x1 = l.x().map(Math.min(last, p.end()) + 0.5);
        Rectangle2D plot = l.plot();
        g.setPaint(PEAK);
        g.setStroke(new BasicStroke(1.0f));
        g.draw(new Rectangle2D.Double(x0, plot.getMinY(), x1 - x0, plot.getHeight()));
        // A bracket in the lane above the track, with its label beside it.
        double by = l.peakLaneTop() + Text.height(Fonts.SMALL) / 2 + 1;
        Path2D.Double bracket = new Path2D.Double();
        bracket.moveTo(x0, by + 4);
        bracket.lineTo(x0, by);
        bracket.lineTo(x1, by);
        bracket.lineTo(x1, by + 4);
        g.draw(bracket);
        String label = String.format(Locale.ROOT, "highest attention %d\u2013%d", p.start(), p.end());
        double w = Text.width(Fonts.SMALL, label);
        g.setPaint(Colors.darker(PEAK, 0.35));
        if (x1 + 3 + w <= plot.getMaxX()) {
            Text.draw(g, Fonts.SMALL, label, x1 + 3, by, Text.HAlign.LEFT, Text.VAlign.MIDDLE);
        } else {
            Text.draw(g, Fonts.SMALL, label, x0 - 3, by, Text.HAlign.RIGHT, Text.VAlign.MIDDLE);
        }
    }

    private void drawLetters(Graphics2D g, Layout l) {
        double cell = Math.abs(l.x().unit());
        Font font = Fonts.sans(Font.BOLD, Math.max(7, Math.min(9, cell * 1.1)));
        double y = l.plot().getMaxY() + 2;
        for (int r = first; r <= last; r++) {
            char c = sequence.charAt(r - 1);
            g.setPaint(Double.isNaN(attention[r - 1]) ? Colors.FRAME : ResidueColors.of(c));
            Text.draw(g, font, String.valueOf(c), l.x().map(r), y, Text.HAlign.CENTER, Text.VAlign.TOP);
        }
    }
}
