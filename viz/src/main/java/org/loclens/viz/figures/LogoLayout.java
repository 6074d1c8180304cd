package org.loclens.viz.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.loclens.viz.draw.ResidueColors;

/**
 * The stacked-letter layout of a convolution filter logo (Sønderby et al. 2015, §2.5 and
 * Figure 7), in unit coordinates: 0 is the baseline, 1 the top of the tallest column.
 *
 * <p>Definition, for filter weights {@code w[p][a]} at position p for amino acid a:
 * <ol>
 * <li>Only positive weights count: {@code w+[p][a] = max(w[p][a], 0)}. A negative weight means the
 * residue argues against the filter firing; drawing it upwards would read as support, so it is
 * left out.</li>
 * <li>Position importance {@code S_p = sum_a w+[p][a]}; the logo is rescaled so the highest
 * column is 1: column height {@code h_p = S_p / max_q S_q}.</li>
 * <li>Within a column, amino-acid importance is its share of the positive weight: letter height
 * {@code h_p * w+[p][a] / S_p} (equal to {@code w+[p][a] / max_q S_q}).</li>
 * <li>Letters are stacked from the smallest at the bottom to the tallest on top; ties keep the
 * alphabet order. Zero-height letters are omitted.</li>
 * </ol>
 * A filter with no positive weight has an empty layout.
 */
public final class LogoLayout {

    /**
     * One letter's box within its column.
     *
     * @param residue one-letter amino-acid code
     * @param bottom  lower edge, unit coordinates
     * @param top     upper edge, unit coordinates
     */
    public record LetterBox(char residue, double bottom, double top) {
        /** Returns the letter's height. */
        public double height() {
            return top - bottom;
        }
    }

    /**
     * One position of the filter.
     *
     * @param position 1-based position within the filter
     * @param height   column height h_p in [0, 1]
     * @param letters  letter boxes from bottom to top (the tallest last)
     */
    public record Column(int position, double height, List<LetterBox> letters) {
        /** Copies the letters. */
        public Column {
            letters = List.copyOf(letters);
        }

        /** Returns the top letter (the most important amino acid here), if any. */
        public java.util.Optional<LetterBox> topLetter() {
            return letters.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(letters.get(letters.size() - 1));
        }
    }

    private final List<Column> columns;
    private final double scale;

    private LogoLayout(List<Column> columns, double scale) {
        this.columns = List.copyOf(columns);
        this.scale = scale;
    }

    /** Lays out weights {@code [width][20]} in the order {@value ResidueColors#ALPHABET}. */
    public static LogoLayout of(double[][] weights) {
        return of(weights, ResidueColors.ALPHABET);
    }

    /** Lays out weights {@code [width][alphabet.length()]} whose columns follow {@code alphabet}. */
    public static LogoLayout of(double[][] weights, String alphabet) {
        double max = 0;
        double[] sums = new double[weights.length];
        for (int p = 0; p < weights.length; p++) {
            if (weights[p].length != alphabet.length()) {
                throw new IllegalArgumentException("Position " + (p + 1) + " has " + weights[p].length
                        + " weights, expected " + alphabet.length());
            }
            for (double w : weights[p]) {
                if (w > 0) {
                    sums[p] += w;
                }
            }
            max = Math.max(max, sums[p]);
        }
        List<Column> columns = new ArrayList<>();
        for (int p = 0; p < weights.length; p++) {
            List<double[]> parts = new ArrayList<>(); // {alphabet index, height}
            for (int a = 0; a < alphabet.length(); a++) {
                double w = weights[p][a];
                if (w > 0 && max > 0) {
                    parts.add(new double[] {a, w / max});
                }
            }
            parts.sort(Comparator.comparingDouble((double[] e) -> e[1]).thenComparingDouble(e -> e[0]));
            List<LetterBox> letters = new ArrayList<>();
            double y = 0;
            for (double[] e : parts) {
                letters.add(new LetterBox(alphabet.charAt((int) e[0]), y, y + e[1]));
                y += e[1];
            }
            columns.add(new Column(p + 1, max > 0 ? sums[p] / max : 0, letters));
        }
        return new LogoLayout(columns, max);
    }

    /** Returns the columns, one per filter position. */
    public List<Column> columns() {
        return columns;
    }

    /** Returns the filter width. */
    public int width() {
        return columns.size();
    }

    /** Returns {@code max_p S_p}, the summed positive weight of the highest column (0 if none). */
    public double scale() {
        return scale;
    }

    /** Returns whether there is nothing to draw (no positive weight). */
    public boolean isEmpty() {
        return scale == 0;
    }
}
