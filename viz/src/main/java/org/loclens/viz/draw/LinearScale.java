package org.loclens.viz.draw;

/**
 * Maps a data interval linearly onto a drawing interval; the ranges may be reversed (y grows
 * downwards on screen, so a y scale maps {@code [min, max]} to {@code [bottom, top]}).
 *
 * @param domainMin data value drawn at {@code rangeMin}
 * @param domainMax data value drawn at {@code rangeMax}
 * @param rangeMin  drawing coordinate of {@code domainMin}
 * @param rangeMax  drawing coordinate of {@code domainMax}
 */
public record LinearScale(double domainMin, double domainMax, double rangeMin, double rangeMax) {

    /** Validates that all bounds are finite. */
    public LinearScale {
        if (!Double.isFinite(domainMin) || !Double.isFinite(domainMax)
                || !Double.isFinite(rangeMin) || !Double.isFinite(rangeMax)) {
            throw new IllegalArgumentException("Scale bounds must be finite");
        }
    }

    /** Returns the drawing coordinate of data value {@code v}; an empty domain maps to the middle. */
    public double map(double v) {
        double span = domainMax - domainMin;
        if (span == 0) {
            return (rangeMin + rangeMax) / 2;
        }
        return rangeMin + (v - domainMin) / span * (rangeMax - rangeMin);
    }

    /** Returns the data value drawn at coordinate {@code r}. */
    public double invert(double r) {
        double span = rangeMax - rangeMin;
        if (span == 0) {
            return (domainMin + domainMax) / 2;
        }
        return domainMin + (r - rangeMin) / span * (domainMax - domainMin);
    }

    /** Returns the drawing length of one data unit (negative for reversed ranges). */
    public double unit() {
        double span = domainMax - domainMin;
        return span == 0 ? 0 : (rangeMax - rangeMin) / span;
    }
}
