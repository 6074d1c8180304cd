package org.loclens.model.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Starts a network from another's encoder: the convolution bank and the two LSTMs. The R-LSTM and the A-LSTM build
 * these layers identically (same names, same inputs: {@value NetworkFactory#CONV} and its masked reversal), so a
 * trained R-LSTM's per-residue features can seed an A-LSTM whose attention, dense and output layers start fresh
 * (ADR 0014). The head is never copied: the R-LSTM's dense layer reads the last LSTM states, the A-LSTM's an
 * attention-weighted sum, so the same weights would mean different things.
 */
public final class WarmStart {

    /**
     * Which part of the encoder to copy. {@link #CONVOLUTIONS} leaves both LSTMs fresh: a trained R-LSTM's backward
     * LSTM holds its whole-protein summary at residue 1, and an A-LSTM given it learned to attend there and nowhere
     * else (ADR 0014); fresh LSTMs have no such summary to take (ADR 0015).
     */
    public enum Part {
        ENCODER("convolutions and LSTMs"), CONVOLUTIONS("convolutions");

        private final String description;

        Part(String description) {
            this.description = description;
        }

        /** "convolutions and LSTMs" or "convolutions", as the run's record and {@code evaluate} say it. */
        public String description() {
            return description;
        }
    }

    private WarmStart() {
    }

    /** Names of the encoder layers of a network built by {@link NetworkFactory} with these settings. */
    public static List<String> encoderLayers(NetworkConfig config) {
        return layers(config, Part.ENCODER);
    }

    /** Names of the layers in {@code part} of a network built by {@link NetworkFactory} with these settings. */
    public static List<String> layers(NetworkConfig config, Part part) {
        List<String> names = new ArrayList<>();
        for (int w : config.convWidths()) {
            names.add(NetworkFactory.convName(w));
        }
        if (part == Part.ENCODER) {
            names.add(NetworkFactory.LSTM_FORWARD);
            names.add(NetworkFactory.LSTM_BACKWARD);
        }
        return names;
    }

    /** Copies the whole encoder: {@code copyEncoder(source, target, targetConfig, Part.ENCODER)}. */
    public static List<String> copyEncoder(ComputationGraph source, ComputationGraph target, NetworkConfig targetConfig) {
        return copyEncoder(source, target, targetConfig, Part.ENCODER);
    }

    /**
     * Copies every parameter of {@code part} of {@code source}'s encoder into {@code target}.
     *
     * @return the layers copied, in order
     * @throws IllegalArgumentException naming the first layer that is missing from the source or differs in shape
     */
    public static List<String> copyEncoder(ComputationGraph source, ComputationGraph target, NetworkConfig targetConfig,
                                           Part part) {
        List<String> layers = layers(targetConfig, part);
        // check everything before changing anything: a half-copied encoder would be worse than none
        for (String name : layers) {
            Layer from = source.getLayer(name);
            if (from == null) {
                throw new IllegalArgumentException("the source network has no layer '" + name + "'");
            }
            Map<String, INDArray> want = target.getLayer(name).paramTable();
            Map<String, INDArray> have = from.paramTable();
            if (!want.keySet().equals(have.keySet())) {
                throw new IllegalArgumentException("layer '" + name + "' has parameters " + have.keySet()
                        + " in the source network, " + want.keySet() + " here");
            }
            for (var p : want.entrySet()) {
                long[] shape = have.get(p.getKey()).shape();
                if (!Arrays.equals(shape, p.getValue().shape())) {
                    throw new IllegalArgumentException("layer '" + name + "' parameter " + p.getKey() + " is "
                            + Arrays.toString(shape) + " in the source network, " + Arrays.toString(p.getValue().shape())
                            + " here (different filters or LSTM units?)");
                }
            }
        }
        for (String name : layers) {
            Map<String, INDArray> have = source.getLayer(name).paramTable();
            // the param table holds views of the graph's flat parameter vector, so assign writes through
            target.getLayer(name).paramTable().forEach((key, view) -> view.assign(have.get(key)));
        }
        return layers;
    }
}
