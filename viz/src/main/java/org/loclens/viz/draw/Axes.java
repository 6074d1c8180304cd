package org.loclens.viz.draw;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** Draws axes, tick labels, axis titles and grid lines the same way in every figure. */
public final class Axes {

    /** Length of a tick mark. */
    public static final double TICK_LENGTH = 3;
    /** Space between a tick mark and its label. */
    public static final double GAP = 2;
    /** Stroke of axis lines and ticks. */
    public static final Stroke LINE = new BasicStroke(0.6f);
    /** Stroke of grid lines. */
    public static final Stroke GRID = new BasicStroke(0.4f);

    private Axes() {
    }

    /** Returns the height a {@link #bottom} axis uses below its line. */
    public static double bottomHeight() {
        return TICK_LENGTH + GAP + Text.height(Fonts.SMALL);
    }

    /** Returns the width a {@link #left} axis uses left of its line for these ticks. */
    public static double leftWidth(List<Tick> ticks) {
        double w = 0;
        for (Tick t : ticks) {
            w = Math.max(w, Text.width(Fonts.SMALL, t.label()));
        }
        return TICK_LENGTH + GAP + w;
    }

    /**
     * Draws a horizontal axis line at {@code y} over the scale's range, with ticks pointing down
     * and labels below. Labels that would overlap the previous one are skipped.
     */
    public static void bottom(Graphics2D g, LinearScale x, double y, List<Tick> ticks) {
        g.setPaint(Colors.AXIS);
        g.setStroke(LINE);
        g.draw(new Line2D.Double(x.rangeMin(), y, x.rangeMax(), y));
        double lastRight = Double.NEGATIVE_INFINITY;
        for (Tick t : ticks) {
            double px = x.map(t.value());
            g.setPaint(Colors.AXIS);
            g.draw(new Line2D.Double(px, y, px, y + TICK_LENGTH));
            Rectangle2D b = Text.bounds(Fonts.SMALL, t.label(), px, y + TICK_LENGTH + GAP,
                    Text.HAlign.CENTER, Text.VAlign.TOP);
            if (b.getMinX() >= lastRight + 2) {
                g.setPaint(Colors.INK);
                Text.draw(g, Fonts.SMALL, t.label(), px, y + TICK_LENGTH + GAP, Text.HAlign.CENTER, Text.VAlign.TOP);
                lastRight = b.getMaxX();
            }
        }
    }

    /** Draws a vertical axis line at {@code x} over the scale's range, ticks and labels to the left. */
    public static void left(Graphics2D g, LinearScale y, double x, List<Tick> ticks) {
        g.setPaint(Colors.AXIS);
        g.setStroke(LINE);
        g.draw(new Line2D.Double(x, y.rangeMin(), x, y.rangeMax()));
        for (Tick t : ticks) {
            double py = y.map(t.value());
            g.setPaint(Colors.AXIS);
            g.draw(new Line2D.Double(x - TICK_LENGTH, py, x, py));
            g.setPaint(Colors.INK);
            Text.draw(g, Fonts.SMALL, t.label(), x - TICK_LENGTH - GAP, py, Text.HAlign.RIGHT, Text.VAlign.MIDDLE);
        }
    }

    /** Draws an axis title centred at {@code cx}, its top at {@code top}. */
    public static void bottomTitle(Graphics2D g, String title, double cx, double top) {
        g.setPaint(Colors.INK);
        Text.draw(g, Fonts.LABEL, title, cx, top, Text.HAlign.CENTER, Text.VAlign.TOP);
    }

    /** Draws an axis title reading upwards, centred at {@code cy}, its top edge at {@code left}. */
    public static void leftTitle(Graphics2D g, String title, double left, double cy) {
        g.setPaint(Colors.INK);
        Text.drawRotated(g, Fonts.LABEL, title, left, cy, -Math.PI / 2, Text.HAlign.CENTER, Text.VAlign.TOP);
    }

    /** Draws light horizontal grid lines at the ticks, from {@code x0} to {@code x1}. */
    public static void gridY(Graphics2D g, LinearScale y, double x0, double x1, List<Tick> ticks) {
        g.setPaint(Colors.GRID);
        g.setStroke(GRID);
        for (Tick t : ticks) {
            double py = y.map(t.value());
            g.draw(new Line2D.Double(x0, py, x1, py));
        }
    }

    /** Draws light vertical grid lines at the ticks, from {@code y0} to {@code y1}. */
    public static void gridX(Graphics2D g, LinearScale x, double y0, double y1, List<Tick> ticks) {
        g.setPaint(Colors.GRID);
        g.setStroke(GRID);
        for (Tick t : ticks) {
            double px = x.map(t.value());
            g.draw(new Line2D.Double(px, y0, px, y1));
        }
    }

    /** Keeps only the ticks whose values lie within the scale's domain. */
    public static List<Tick> within(LinearScale s, List<Tick> ticks) {
        double lo = Math.min(s.domainMin(), s.domainMax());
        double hi = Math.max(s.domainMin(), s.domainMax());
        double eps = (hi - lo) * 1e-9;
        List<Tick> kept = new ArrayList<>();
        for (Tick t : ticks) {
            if (t.value() >= lo - eps && t.value() <= hi + eps) {
                kept.add(t);
            }
        }
        return kept;
    }
}
