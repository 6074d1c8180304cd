package org.loclens.model.encoding;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Turns sequences into a padded minibatch for the networks: features {@code [n, 60, T]} (NCW), mask
 * {@code [n, T]} with 1 on real residues, where T is the longest truncated sequence in the batch.
 */
public final class SequenceEncoder {

    private final int maxLength;

    public SequenceEncoder(int maxLength) {
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }

    public TruncatedSequence truncate(String sequence) {
        return TruncatedSequence.of(sequence, maxLength);
    }

    /** Encodes already truncated sequences; padded positions are zero and masked. */
    public EncodedBatch encode(List<TruncatedSequence> sequences) {
        int n = sequences.size();
        int t = 1;
        for (TruncatedSequence s : sequences) {
            t = Math.max(t, s.length());
        }
        int f = ResidueFeatures.FEATURES;
        float[] x = new float[n * f * t];   // [n, 60, T]
        float[] m = new float[n * t];       // [n, T]
        int[] lengths = new int[n];
        for (int i = 0; i < n; i++) {
            String r = sequences.get(i).residues();
            lengths[i] = r.length();
            int base = i * f * t;
            for (int p = 0; p < r.length(); p++) {
                float[] row = ResidueFeatures.of(r.charAt(p));
                for (int k = 0; k < f; k++) {
                    x[base + k * t + p] = row[k];
                }
                m[i * t + p] = 1f;
            }
        }
        INDArray features = Nd4j.create(x, new long[] {n, f, t}, 'c');
        INDArray mask = Nd4j.create(m, new long[] {n, t}, 'c');
        return new EncodedBatch(features.castTo(DataType.FLOAT), mask, lengths);
    }
}
