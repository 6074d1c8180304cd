package org.loclens.viz.draw;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Locale;

/**
 * Marks groups of drawing calls (a heatmap band, a logo's letters) so the SVG output wraps them in
 * {@code <g id="...">}, as JFreeChart does with its own rendering-hint keys.
 *
 * <p>The keys are ordinary rendering hints: {@link org.loclens.viz.FigureExporter} registers them
 * with JFreeSVG, and every other target simply stores and ignores them. Figures thus stay free of
 * SVG classes.
 */
public final class Groups {

    /** Hint key whose value (a String id) opens a group. */
    public static final RenderingHints.Key BEGIN = new GroupKey(1);
    /** Hint key that closes the innermost group. */
    public static final RenderingHints.Key END = new GroupKey(2);

    private Groups() {
    }

    /** Opens a group; {@code id} is made XML-safe and must be unique in the figure. */
    public static void begin(Graphics2D g, String id) {
        g.setRenderingHint(BEGIN, xmlId(id));
    }

    /** Closes the group opened last. */
    public static void end(Graphics2D g) {
        g.setRenderingHint(END, "end");
    }

    /** Replaces characters not allowed in an XML id with '-'. */
    public static String xmlId(String id) {
        String s = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-");
        return Character.isLetter(s.isEmpty() ? '0' : s.charAt(0)) || s.startsWith("_") ? s : "g-" + s;
    }

    private static final class GroupKey extends RenderingHints.Key {
        GroupKey(int key) {
            super(key);
        }

        @Override
        public boolean isCompatibleValue(Object value) {
            return value == null || value instanceof String;
        }

        @Override
        public String toString() {
            return intKey() == 1 ? "LocLens begin group" : "LocLens end group";
        }
    }
}
