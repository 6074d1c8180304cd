package org.loclens.viz.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Nice" tick positions (steps of 1, 2 or 5 times a power of ten, after Heckbert's Graphics Gems
 * algorithm) and their labels.
 */
public final class Ticks {

    /** Typographic minus sign, narrower than a hyphen is wrong and wider than an en dash. */
    public static final char MINUS = '\u2212';

    private Ticks() {
    }

    /** Returns a step of 1, 2 or 5 × 10^k that cuts {@code range} into at most about {@code maxCount} parts. */
    public static double niceStep(double range, int maxCount) {
        if (!(range > 0) || !Double.isFinite(range)) {
            return 1;
        }
        double rough = range / Math.max(1, maxCount);
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double residual = rough / magnitude;
        double nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /**
     * Widens {@code [min, max]} outwards to multiples of a nice step; an empty or non-finite range
     * becomes a unit range around it.
     *
     * @return {@code {lower, upper}}
     */
    public static double[] niceRange(double min, double max, int maxCount) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            return new double[] {0, 1};
        }
        if (min == max) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        double lo = min;
        double hi = max;
        // Widening can change the step that linear() picks for the wider range: repeat until stable,
        // so both ends of the range carry a tick.
        for (int pass = 0; pass < 4; pass++) {
            double step = niceStep(hi - lo, maxCount);
            double newLo = Math.floor(min / step + 1e-9) * step;
            double newHi = Math.ceil(max / step - 1e-9) * step;
            if (newLo == lo && newHi == hi) {
                break;
            }
            lo = newLo;
            hi = newHi;
        }
        return new double[] {lo, hi};
    }

    /** Returns ticks at the multiples of a nice step that lie in {@code [min, max]}. */
    public static List<Tick> linear(double min, double max, int maxCount) {
        List<Tick> ticks = new ArrayList<>();
        if (!Double.isFinite(min) || !Double.isFinite(max) || max < min) {
            return ticks;
        }
        double step = niceStep(max - min, maxCount);
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        for (long i = first; i <= last; i++) {
            double v = i * step;
            ticks.add(new Tick(v, format(v, step)));
        }
        return ticks;
    }

    /** Returns ticks at multiples of a whole-number nice step within {@code [first, last]}. */
    public static List<Tick> integers(int first, int last, int maxCount) {
        List<Tick> ticks = new ArrayList<>();
        if (last < first) {
            return ticks;
        }
        long step = Math.max(1, Math.round(niceStep(last - first, maxCount)));
        long start = Math.floorDiv(first + step - 1, step) * step;
        for (long v = start; v <= last; v += step) {
            ticks.add(new Tick(v, format(v, 1)));
        }
        return ticks;
    }

    /** Formats {@code v} with as many decimals as {@code step} needs, with a typographic minus. */
    public static String format(double v, double step) {
        int decimals = step >= 1 || !(step > 0) ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        if (s.matches("-0(\\.0*)?")) {
            s = s.substring(1);
        }
        return s.replace('-', MINUS);
    }

    /** Formats a whole number with a typographic minus. */
    public static String integer(long v) {
        return Long.toString(v).replace('-', MINUS);
    }
}
