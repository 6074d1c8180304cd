package org.loclens.model.analysis;

import java.util.List;
import smile.manifold.TSNE;

/**
 * t-SNE of hidden representations (paper Figure 6), with Smile: R-LSTM last states or A-LSTM context
 * vectors in, 2-D coordinates out. Perplexity 30 and 1000 iterations, as Smile's and the paper's defaults.
 */
public final class Embedding {

    private Embedding() {
    }

    public static double[][] tsne(List<float[]> hidden, double perplexity, int iterations) {
        if (hidden.size() < 5) {
            throw new IllegalArgumentException("t-SNE needs at least 5 proteins, got " + hidden.size());
        }
        double[][] x = new double[hidden.size()][];
        for (int i = 0; i < x.length; i++) {
            float[] h = hidden.get(i);
            x[i] = new double[h.length];
            for (int j = 0; j < h.length; j++) {
                x[i][j] = h[j];
            }
        }
        double p = Math.min(perplexity, (x.length - 1) / 3.0);
        return new TSNE(x, 2, p, 200, iterations).coordinates;
    }
}
