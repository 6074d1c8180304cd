package org.loclens.viz.draw;

import java.awt.Color;
import java.util.List;

/**
 * The one colour table for the 11 localization classes, indexed by class in the order the model
 * uses (the MultiLoc order: ER, Golgi, chloroplast, cytoplasmic, extracellular, lysosomal,
 * mitochondrial, nuclear, peroxisomal, plasma_membrane, vacuolar).
 *
 * <p>Source: Paul Tol's "discrete rainbow" scheme for 11 colours (Tol, "Colour Schemes",
 * SRON/EPS/TN/09-002, issue 3.2, 2021, Fig. 19; colours 9, 10, 12, 14, 15, 17, 18, 21, 24, 26, 28
 * of his 29-colour list). It is the largest of his qualitative sets that stays distinguishable for
 * colour-blind viewers; its light members (pale green, yellow) are why scatter points carry a
 * darker outline.
 */
public final class ClassPalette {

    private static final List<Color> COLORS = List.of(
            new Color(0x882E72), // ER: purple
            new Color(0x1965B0), // Golgi: dark blue
            new Color(0x5289C7), // chloroplast: blue
            new Color(0x7BAFDE), // cytoplasmic: light blue
            new Color(0x4EB265), // extracellular: green
            new Color(0xCAE0AB), // lysosomal: pale green
            new Color(0xF7F056), // mitochondrial: yellow
            new Color(0xF4A736), // nuclear: light orange
            new Color(0xE8601C), // peroxisomal: orange
            new Color(0xDC050C), // plasma membrane: red
            new Color(0x72190E)); // vacuolar: brown

    private ClassPalette() {
    }

    /** Returns the number of distinct colours (11). */
    public static int size() {
        return COLORS.size();
    }

    /** Returns the colour of class {@code classIndex}; indices past 10 wrap around. */
    public static Color color(int classIndex) {
        return COLORS.get(Math.floorMod(classIndex, COLORS.size()));
    }

    /** Returns all colours in class order. */
    public static List<Color> colors() {
        return COLORS;
    }

    /** Returns the colour darkened for outlines and text, so light class colours stay visible on white. */
    public static Color outline(int classIndex) {
        return Colors.darker(color(classIndex), 0.35);
    }
}
