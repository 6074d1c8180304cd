package org.loclens.app.gui.common;

import java.util.Locale;

/** Small text formats shared by the views: durations, percentages. */
public final class Formats {

    private Formats() {
    }

    /** "45 s", "3 min 20 s", "2 h 05 min"; "–" for unknown. */
    public static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "\u2013";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "\u2013" : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    public static String decimal(double v, int digits) {
        return Double.isNaN(v) ? "\u2013" : String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    /** Remaining time from the fraction done and the seconds spent, NaN while too early to tell. */
    public static double eta(double fraction, double elapsedSeconds) {
        if (fraction < 0.01 || fraction > 1 || elapsedSeconds < 1) {
            return Double.NaN;
        }
        return elapsedSeconds * (1 - fraction) / fraction;
    }
}
