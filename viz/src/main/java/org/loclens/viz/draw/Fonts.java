package org.loclens.viz.draw;

import java.awt.Font;

/**
 * The fonts of every figure, in points at print size.
 *
 * <p>Only the logical {@link Font#SANS_SERIF} family is used: it exists on every JVM, maps to
 * DejaVu Sans on a bare Debian with {@code fonts-dejavu}, and JFreeSVG writes it as the generic
 * {@code sans-serif}. The smallest size is 7 pt, the usual minimum for print.
 */
public final class Fonts {

    /** Figure titles. */
    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 9);
    /** Axis titles, class names, legends. */
    public static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 8);
    /** Emphasised labels (the predicted class, a panel title). */
    public static final Font LABEL_BOLD = LABEL.deriveFont(Font.BOLD);
    /** Tick labels, footnotes, cell values: the 7 pt print minimum. */
    public static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 7);
    /** Bold variant of {@link #SMALL}. */
    public static final Font SMALL_BOLD = SMALL.deriveFont(Font.BOLD);

    private Fonts() {
    }

    /** Returns the sans-serif font at {@code size} points, never below 5 pt. */
    public static Font sans(int style, double size) {
        return new Font(Font.SANS_SERIF, style, 1).deriveFont((float) Math.max(5.0, size));
    }
}
