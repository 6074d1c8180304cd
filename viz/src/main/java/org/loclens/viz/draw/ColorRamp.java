package org.loclens.viz.draw;

import java.awt.Color;

/**
 * A sequential colour scale for magnitudes (confusion-matrix shading, attention heatmaps),
 * interpolated linearly in sRGB between the stops of a published colour-blind-safe scheme.
 */
public final class ColorRamp {

    /**
     * Paul Tol's sequential "YlOrBr" scheme (Tol, "Colour Schemes", SRON/EPS/TN/09-002, issue 3.2,
     * 2021, Fig. 7): pale yellow to dark brown, readable by colour-blind viewers and in greyscale
     * print because its lightness falls monotonically. Bad data is grey {@code #888888}.
     */
    public static final ColorRamp YL_OR_BR = new ColorRamp("YlOrBr (Paul Tol)", new int[] {
        0xFFFFE5, 0xFFF7BC, 0xFEE391, 0xFEC44F, 0xFB9A29, 0xEC7014, 0xCC4C02, 0x993404, 0x662506,
    }, 0x888888);

    private final String name;
    private final Color[] stops;
    private final Color bad;

    private ColorRamp(String name, int[] rgb, int bad) {
        this.name = name;
        this.stops = new Color[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            stops[i] = new Color(rgb[i]);
        }
        this.bad = new Color(bad);
    }

    /** Returns the scheme's name and source. */
    public String name() {
        return name;
    }

    /** Returns the colour of {@code t} in [0, 1] (clamped); NaN gives {@link #bad()}. */
    public Color at(double t) {
        if (Double.isNaN(t)) {
            return bad;
        }
        double u = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int i = Math.min((int) Math.floor(u), stops.length - 2);
        return Colors.mix(stops[i], stops[i + 1], u - i);
    }

    /** Returns the colour for missing values. */
    public Color bad() {
        return bad;
    }
}
