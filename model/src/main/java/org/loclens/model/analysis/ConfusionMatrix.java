package org.loclens.model.analysis;

import java.util.List;
import org.loclens.model.data.Location;

/**
 * Counts of true (rows) against predicted (columns) locations, as the paper's Table 2, with the usual
 * per-class measures. Matthews correlation is the one-vs-rest MCC of each class.
 */
public record ConfusionMatrix(int[][] counts) {

    public static ConfusionMatrix of(List<Location> truth, List<Location> predicted) {
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException("truth and predictions differ in length");
        }
        int[][] c = new int[Location.COUNT][Location.COUNT];
        for (int i = 0; i < truth.size(); i++) {
            c[truth.get(i).ordinal()][predicted.get(i).ordinal()]++;
        }
        return new ConfusionMatrix(c);
    }

    public int total() {
        int n = 0;
        for (int[] row : counts) {
            for (int v : row) {
                n += v;
            }
        }
        return n;
    }

    public int correct() {
        int n = 0;
        for (int i = 0; i < counts.length; i++) {
            n += counts[i][i];
        }
        return n;
    }

    public double accuracy() {
        return total() == 0 ? Double.NaN : correct() / (double) total();
    }

    /** Wilson score interval for the accuracy at 95%. */
    public double[] accuracyInterval95() {
        double n = total();
        double p = accuracy();
        double z = 1.959964;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
        return new double[] {centre - half, centre + half};
    }

    public int truePositives(int c) {
        return counts[c][c];
    }

    public int actual(int c) {
        int n = 0;
        for (int v : counts[c]) {
            n += v;
        }
        return n;
    }

    public int predictedCount(int c) {
        int n = 0;
        for (int[] row : counts) {
            n += row[c];
        }
        return n;
    }

    public double recall(int c) {
        return actual(c) == 0 ? Double.NaN : truePositives(c) / (double) actual(c);
    }

    public double precision(int c) {
        return predictedCount(c) == 0 ? Double.NaN : truePositives(c) / (double) predictedCount(c);
    }

    /** One-vs-rest Matthews correlation coefficient of class c. */
    public double mcc(int c) {
        double tp = truePositives(c);
        double fp = predictedCount(c) - tp;
        double fn = actual(c) - tp;
        double tn = total() - tp - fp - fn;
        double den = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
        return den == 0 ? 0 : (tp * tn - fp * fn) / den;
    }

    /** Mean of the per-class recalls (balanced accuracy). */
    public double meanRecall() {
        double s = 0;
        int k = 0;
        for (int c = 0; c < counts.length; c++) {
            if (actual(c) > 0) {
                s += recall(c);
                k++;
            }
        }
        return s / k;
    }

    public int[][] countsCopy() {
        int[][] c = new int[counts.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = counts[i].clone();
        }
        return c;
    }
}
