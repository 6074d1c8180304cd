package org.loclens.model.analysis;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.loclens.model.network.NetworkConfig;
import org.loclens.model.network.NetworkFactory;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The weights of each first-layer convolution filter on the one-hot block (paper §2.5, Figure 7): a
 * {@code width x 20} matrix per filter, amino acids in {@code ResidueFeatures.AMINO_ACIDS} order. The
 * BLOSUM and HSDM blocks are left out: only the one-hot block reads as residue preferences.
 */
public final class FilterLogos {

    /** One filter: its width, index within its width, and weights [position][amino acid]. */
    public record Filter(int width, int index, double[][] weights) {
    }

    private FilterLogos() {
    }

    public static List<Filter> of(ComputationGraph net, NetworkConfig config) {
        List<Filter> out = new ArrayList<>();
        for (int w : config.convWidths()) {
            // DL4J Convolution1D weights: [nOut, nIn, k, 1]
            INDArray W = net.getLayer(NetworkFactory.convName(w)).getParam("W");
            long filters = W.size(0);
            for (int f = 0; f < filters; f++) {
                double[][] m = new double[w][20];
                for (int p = 0; p < w; p++) {
                    for (int a = 0; a < 20; a++) {
                        m[p][a] = W.getDouble(f, a, p, 0);
                    }
                }
                out.add(new Filter(w, f, m));
            }
        }
        return out;
    }
}
