package org.loclens.viz.draw;

import java.awt.Color;

/** Neutral colours shared by all figures (ink, axes, grid) and small colour arithmetic. */
public final class Colors {

    /** Text and data ink: near black, softer than pure black for large areas of text. */
    public static final Color INK = new Color(0x222222);
    /** Axis lines and tick marks. */
    public static final Color AXIS = new Color(0x444444);
    /** Secondary text (footnotes, zero counts). */
    public static final Color MUTED = new Color(0x777777);
    /** Grid lines behind data. */
    public static final Color GRID = new Color(0xE3E3E3);
    /** Frames around plots and legends. */
    public static final Color FRAME = new Color(0xBBBBBB);

    private Colors() {
    }

    /** Mixes {@code c} with white; {@code amount} 0 keeps {@code c}, 1 gives white. */
    public static Color lighter(Color c, double amount) {
        return mix(c, Color.WHITE, amount);
    }

    /** Mixes {@code c} with black; {@code amount} 0 keeps {@code c}, 1 gives black. */
    public static Color darker(Color c, double amount) {
        return mix(c, Color.BLACK, amount);
    }

    /** Linear RGB mix of two colours, {@code t} = 0 gives {@code a}. */
    public static Color mix(Color a, Color b, double t) {
        double u = Math.max(0, Math.min(1, t));
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * u),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * u),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * u));
    }

    /** Returns {@code c} with the given alpha (0–255). */
    public static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Relative luminance (WCAG 2.x) in [0, 1]. */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    /**
     * Returns black or white, whichever contrasts more with {@code background} (WCAG contrast
     * ratio), for text drawn on a coloured cell.
     */
    public static Color textOn(Color background) {
        double l = luminance(background);
        double contrastBlack = (l + 0.05) / 0.05;
        double contrastWhite = 1.05 / (l + 0.05);
        return contrastWhite > contrastBlack ? Color.WHITE : INK;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
