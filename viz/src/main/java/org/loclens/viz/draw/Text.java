package org.loclens.viz.draw;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * Measures and places text.
 *
 * <p>Text is measured with one fixed {@link FontRenderContext} (antialiased, fractional metrics)
 * instead of the target's font metrics, so the layout is identical on screen, in PNG, SVG and PDF,
 * and hit testing can repeat it without a graphics object.
 */
public final class Text {

    /** The render context all layout is measured with. */
    public static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** Horizontal anchor of a string relative to its x coordinate. */
    public enum HAlign { LEFT, CENTER, RIGHT }

    /** Vertical anchor of a string relative to its y coordinate. */
    public enum VAlign {
        /** y is the top of the ascent. */
        TOP,
        /** y is the visual middle of the line. */
        MIDDLE,
        /** y is the baseline. */
        BASELINE,
        /** y is the bottom of the descent. */
        BOTTOM
    }

    private Text() {
    }

    /** Returns the advance width of {@code s} in {@code font}. */
    public static double width(Font font, String s) {
        return s.isEmpty() ? 0 : font.getStringBounds(s, FRC).getWidth();
    }

    /** Returns the height of a line: ascent plus descent. */
    public static double height(Font font) {
        LineMetrics m = font.getLineMetrics("Xg", FRC);
        return m.getAscent() + m.getDescent();
    }

    /** Returns the font's ascent. */
    public static double ascent(Font font) {
        return font.getLineMetrics("Xg", FRC).getAscent();
    }

    /** Returns the font's descent. */
    public static double descent(Font font) {
        return font.getLineMetrics("Xg", FRC).getDescent();
    }

    /** Returns the widest of {@code strings}, 0 for none. */
    public static double maxWidth(Font font, Iterable<String> strings) {
        double max = 0;
        for (String s : strings) {
            max = Math.max(max, width(font, s));
        }
        return max;
    }

    /** Shortens {@code s} with an ellipsis until it fits in {@code maxWidth}. */
    public static String fit(Font font, String s, double maxWidth) {
        if (width(font, s) <= maxWidth) {
            return s;
        }
        for (int end = s.length() - 1; end > 0; end--) {
            String cut = s.substring(0, end) + "\u2026";
            if (width(font, cut) <= maxWidth) {
                return cut;
            }
        }
        return "";
    }

    /** Draws {@code s} in {@code font} with the current paint, anchored at (x, y). */
    public static void draw(Graphics2D g, Font font, String s, double x, double y, HAlign h, VAlign v) {
        if (s.isEmpty()) {
            return;
        }
        g.setFont(font);
        g.drawString(s, (float) (x - dx(font, s, h)), (float) (y + dy(font, v)));
    }

    /**
     * Draws {@code s} rotated by {@code angle} radians (negative turns counter-clockwise, e.g.
     * {@code -Math.PI / 2} reads upwards) around the anchor (x, y).
     */
    public static void drawRotated(Graphics2D g, Font font, String s, double x, double y, double angle,
            HAlign h, VAlign v) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(angle);
        draw(g, font, s, 0, 0, h, v);
        g.setTransform(saved);
    }

    /** Returns the bounds {@link #draw} would cover, for layout and label collision checks. */
    public static Rectangle2D bounds(Font font, String s, double x, double y, HAlign h, VAlign v) {
        LineMetrics m = font.getLineMetrics("Xg", FRC);
        double left = x - dx(font, s, h);
        double baseline = y + dy(font, v);
        return new Rectangle2D.Double(left, baseline - m.getAscent(), width(font, s),
                m.getAscent() + m.getDescent());
    }

    /** Draws a figure title at the top left of {@code area} and returns the height it used. */
    public static double title(Graphics2D g, String title, Rectangle2D area) {
        if (title == null || title.isEmpty()) {
            return 0;
        }
        g.setPaint(Colors.INK);
        String shown = fit(Fonts.TITLE, title, area.getWidth());
        draw(g, Fonts.TITLE, shown, area.getX(), area.getY(), HAlign.LEFT, VAlign.TOP);
        return height(Fonts.TITLE) + 4;
    }

    private static double dx(Font font, String s, HAlign h) {
        return switch (h) {
            case LEFT -> 0;
            case CENTER -> width(font, s) / 2;
            case RIGHT -> width(font, s);
        };
    }

    private static double dy(Font font, VAlign v) {
        LineMetrics m = font.getLineMetrics("Xg", FRC);
        return switch (v) {
            case TOP -> m.getAscent();
            // Centre the cap height (about 0.72 em in DejaVu Sans), not ascent+descent, so
            // digits and capitals sit visually centred in table cells.
            case MIDDLE -> 0.36 * font.getSize2D();
            case BASELINE -> 0;
            case BOTTOM -> -m.getDescent();
        };
    }
}
