package org.loclens.viz.figures;

import org.loclens.viz.draw.ResidueColors;

/**
 * The weights of one convolution filter, with the title its logo is shown under.
 *
 * @param title   e.g. "w=9 #3"
 * @param weights {@code [width][20]} amino-acid weights in the order {@value ResidueColors#ALPHABET}
 */
public record FilterLogo(String title, double[][] weights) {

    /** Validates the shape and copies the weights. */
    public FilterLogo {
        if (weights.length == 0) {
            throw new IllegalArgumentException("A filter needs at least one position");
        }
        double[][] copy = new double[weights.length][];
        for (int p = 0; p < weights.length; p++) {
            if (weights[p].length != ResidueColors.ALPHABET.length()) {
                throw new IllegalArgumentException("Position " + (p + 1) + " has " + weights[p].length
                        + " weights, expected 20");
            }
            copy[p] = weights[p].clone();
        }
        weights = copy;
        title = title == null ? "" : title;
    }

    /** Names the filter by its width and its index among filters of that width: "w=9 #3". */
    public static FilterLogo of(int index, double[][] weights) {
        return new FilterLogo("w=" + weights.length + " #" + index, weights);
    }

    /** Returns the filter width (positions). */
    public int width() {
        return weights.length;
    }

    /** Returns a copy of the weights. */
    @Override
    public double[][] weights() {
        double[][] copy = new double[weights.length][];
        for (int p = 0; p < weights.length; p++) {
            copy[p] = weights[p].clone();
        }
        return copy;
    }

    /** Returns the stacked-letter layout of these weights. */
    public LogoLayout layout() {
        return LogoLayout.of(weights);
    }
}
