package org.loclens.model.encoding;

/**
 * What the network sees of a protein: sequences longer than the model's maximum lose their middle
 * (first half + last half are kept, paper §2.6), and {@code residueIndex[t]} maps model position t back
 * to the 0-based residue index in the original sequence, so attention can be drawn on true residue numbers.
 */
public record TruncatedSequence(String residues, int[] residueIndex, int originalLength) {

    public static TruncatedSequence of(String sequence, int maxLength) {
        if (maxLength < 2) {
            throw new IllegalArgumentException("maxLength must be at least 2, got " + maxLength);
        }
        int n = sequence.length();
        if (n <= maxLength) {
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            return new TruncatedSequence(sequence, idx, n);
        }
        int head = maxLength / 2;
        int tail = maxLength - head;
        int[] idx = new int[maxLength];
        for (int i = 0; i < head; i++) {
            idx[i] = i;
        }
        for (int i = 0; i < tail; i++) {
            idx[head + i] = n - tail + i;
        }
        return new TruncatedSequence(sequence.substring(0, head) + sequence.substring(n - tail), idx, n);
    }

    public int length() {
        return residues.length();
    }

    public boolean isCut() {
        return residues.length() < originalLength;
    }

    /** Spreads per-position values onto the original residues; residues the model did not see get NaN. */
    public double[] toResidues(double[] perPosition) {
        double[] out = new double[originalLength];
        java.util.Arrays.fill(out, Double.NaN);
        for (int t = 0; t < residueIndex.length; t++) {
            out[residueIndex[t]] = perPosition[t];
        }
        return out;
    }
}
