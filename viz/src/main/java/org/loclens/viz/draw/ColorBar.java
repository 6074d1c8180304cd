package org.loclens.viz.draw;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Draws the legend of a {@link ColorRamp}: a bar of colour with ticks and a title. */
public final class ColorBar {

    /** Thickness of the bar itself. */
    public static final double THICKNESS = 7;
    private static final int STRIPS = 64;

    private ColorBar() {
    }

    /** Returns the width a vertical bar with these ticks and a title needs. */
    public static double verticalWidth(List<Tick> ticks) {
        return THICKNESS + Axes.leftWidth(ticks) + Axes.GAP + Text.height(Fonts.SMALL) + 2;
    }

    /**
     * Draws a vertical bar in {@code bar} (low values at the bottom), ticks and labels to its right
     * and {@code title} reading upwards right of the labels.
     */
    public static void vertical(Graphics2D g, ColorRamp ramp, Rectangle2D bar, double min, double max,
            List<Tick> ticks, String title) {
        // Strips overlap by a little so antialiasing leaves no hairline seams in PNG or PDF.
        double h = bar.getHeight() / STRIPS;
        for (int i = 0; i < STRIPS; i++) {
            g.setPaint(ramp.at((i + 0.5) / STRIPS));
            double y = bar.getMaxY() - (i + 1) * h;
            g.fill(new Rectangle2D.Double(bar.getX(), y - 0.3, bar.getWidth(), h + 0.6));
        }
        g.setPaint(Colors.AXIS);
        g.setStroke(Axes.LINE);
        g.draw(bar);
        LinearScale s = new LinearScale(min, max, bar.getMaxY(), bar.getMinY());
        double labelRight = bar.getMaxX();
        for (Tick t : Axes.within(s, ticks)) {
            double y = s.map(t.value());
            g.setPaint(Colors.AXIS);
            g.draw(new Line2D.Double(bar.getMaxX(), y, bar.getMaxX() + Axes.TICK_LENGTH, y));
            g.setPaint(Colors.INK);
            double x = bar.getMaxX() + Axes.TICK_LENGTH + Axes.GAP;
            Text.draw(g, Fonts.SMALL, t.label(), x, y, Text.HAlign.LEFT, Text.VAlign.MIDDLE);
            labelRight = Math.max(labelRight, x + Text.width(Fonts.SMALL, t.label()));
        }
        if (title != null && !title.isEmpty()) {
            g.setPaint(Colors.INK);
            String shown = Text.fit(Fonts.SMALL, title, bar.getHeight() + 40);
            Text.drawRotated(g, Fonts.SMALL, shown, labelRight + Axes.GAP + 1, bar.getCenterY(), -Math.PI / 2,
                    Text.HAlign.CENTER, Text.VAlign.TOP);
        }
    }

    /**
     * Draws a horizontal bar in {@code bar} (low values on the left), ticks and labels below and
     * {@code title} to its left.
     */
    public static void horizontal(Graphics2D g, ColorRamp ramp, Rectangle2D bar, double min, double max,
            List<Tick> ticks, String title) {
        double w = bar.getWidth() / STRIPS;
        for (int i = 0; i < STRIPS; i++) {
            g.setPaint(ramp.at((i + 0.5) / STRIPS));
            g.fill(new Rectangle2D.Double(bar.getX() + i * w - 0.3, bar.getY(), w + 0.6, bar.getHeight()));
        }
        g.setPaint(Colors.AXIS);
        g.setStroke(Axes.LINE);
        g.draw(bar);
        LinearScale s = new LinearScale(min, max, bar.getMinX(), bar.getMaxX());
        for (Tick t : Axes.within(s, ticks)) {
            double x = s.map(t.value());
            g.setPaint(Colors.AXIS);
            g.draw(new Line2D.Double(x, bar.getMaxY(), x, bar.getMaxY() + Axes.TICK_LENGTH));
            g.setPaint(Colors.INK);
            Text.draw(g, Fonts.SMALL, t.label(), x, bar.getMaxY() + Axes.TICK_LENGTH + 1,
                    Text.HAlign.CENTER, Text.VAlign.TOP);
        }
        if (title != null && !title.isEmpty()) {
            g.setPaint(Colors.INK);
            Text.draw(g, Fonts.SMALL, title, bar.getX() - 4, bar.getCenterY(), Text.HAlign.RIGHT, Text.VAlign.MIDDLE);
        }
    }
}
