package org.loclens.app.gui.common;

import javafx.scene.paint.Color;
import org.loclens.viz.draw.ClassPalette;

/** The viz class palette (Paul Tol's discrete rainbow) as JavaFX colours, so tables match the figures. */
public final class Palette {

    private Palette() {
    }

    public static Color of(int classIndex) {
        return fx(ClassPalette.color(classIndex));
    }

    public static Color outline(int classIndex) {
        return fx(ClassPalette.outline(classIndex));
    }

    static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
    }
}
