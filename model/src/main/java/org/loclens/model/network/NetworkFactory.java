package org.loclens.model.network;

import java.util.Map;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.distribution.UniformDistribution;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.graph.rnn.LastTimeStepVertex;
import org.deeplearning4j.nn.conf.graph.rnn.ReverseTimeSeriesVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.loclens.model.data.Location;
import org.loclens.model.encoding.ResidueFeatures;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/**
 * Builds the R-LSTM and A-LSTM of Sønderby et al. 2015 as DL4J computation graphs with named vertices:
 * {@value #INPUT} → {@code conv_w*} → {@value #CONV} → LSTM(s) → {@value #HIDDEN} → {@value #DENSE} → {@value #OUTPUT};
 * the A-LSTM also has {@value #ATTENTION} (α, {@code [mb, 1, T]}).
 */
public final class NetworkFactory {

    public static final String INPUT = "in";
    public static final String CONV = "conv";
    public static final String HIDDEN = "hidden";
    public static final String ATTENTION = "attention";
    public static final String DENSE = "dense";
    public static final String OUTPUT = "out";
    public static final String LSTM_FORWARD = "lstm_fwd";
    public static final String LSTM_BACKWARD = "lstm_bwd";

    private NetworkFactory() {
    }

    /** The name of the convolution layer of the given width. */
    public static String convName(int width) {
        return "conv_w" + width;
    }

    /**
     * @param classWeights per-class weights of the cross-entropy (null = all 1), to lift small classes
     */
    public static ComputationGraph build(NetworkConfig c, double[] classWeights) {
        LossMCXENT loss = classWeights == null ? new LossMCXENT() : new LossMCXENT(Nd4j.create(classWeights).castTo(DataType.FLOAT));
        double retain = 1.0 - c.dropout(); // DL4J's dropOut(p) takes the probability of keeping a unit
        ComputationGraphConfiguration.GraphBuilder g = new NeuralNetConfiguration.Builder()
                .seed(c.seed())
                .dataType(DataType.FLOAT)
                .updater(new Adam(c.learningRate()))
                .weightInit(new UniformDistribution(-c.initRange(), c.initRange())) // §2.6
                // LSTMs over ~1000 steps: clipping keeps an occasional exploding gradient from wrecking a run
                .gradientNormalization(GradientNormalization.ClipL2PerLayer)
                .gradientNormalizationThreshold(5.0)
                .graphBuilder()
                .addInputs(INPUT)
                .setInputTypes(InputType.recurrent(ResidueFeatures.FEATURES, RNNFormat.NCW));

        // §2.2: a bank of 1D convolutions, 'same' padding, ReLU, concatenated along channels
        String[] convs = new String[c.convWidths().length];
        for (int i = 0; i < convs.length; i++) {
            int w = c.convWidths()[i];
            convs[i] = convName(w);
            g.addLayer(convs[i], new Convolution1DLayer.Builder().kernelSize(w).nOut(c.filtersPerWidth())
                    .convolutionMode(ConvolutionMode.Same).activation(Activation.RELU)
                    .rnnDataFormat(RNNFormat.NCW).build(), INPUT);
        }
        g.addVertex(CONV, new MergeVertex(), convs); // [mb, 60, T]

        switch (c.architecture()) {
            case RLSTM -> {
                // §2.2: one LSTM reads forwards, one reads the reversed sequence; the reversal respects the mask,
                // so each LSTM's last valid step has seen the whole protein.
                g.addLayer(LSTM_FORWARD, lstm(c), CONV);
                g.addVertex("reverse", new MaskedReverseVertex(INPUT), CONV);
                g.addLayer(LSTM_BACKWARD, lstm(c), "reverse");
                g.addVertex("last_fwd", new LastTimeStepVertex(INPUT), LSTM_FORWARD);
                g.addVertex("last_bwd", new LastTimeStepVertex(INPUT), LSTM_BACKWARD);
                g.addVertex(HIDDEN, new MergeVertex(), "last_fwd", "last_bwd"); // [mb, 2H]
            }
            case ALSTM -> {
                // A bidirectional LSTM built from two LSTMs: DL4J's Bidirectional wrapper reverses the padded
                // sequence, so its backward pass reads padding first and padding changes the result.
                g.addLayer(LSTM_FORWARD, lstm(c), CONV);
                g.addVertex("reverse", new MaskedReverseVertex(INPUT), CONV);
                g.addLayer(LSTM_BACKWARD, lstm(c), "reverse");
                g.addVertex("lstm_bwd_aligned", new MaskedReverseVertex(INPUT), LSTM_BACKWARD);
                g.addVertex("lstm", new MergeVertex(), LSTM_FORWARD, "lstm_bwd_aligned"); // h_t = [fwd_t, bwd_t], [mb, 2H, T]
                g.addLayer(ATTENTION, new AttentionLayer(c.hiddenSize(), c.attentionUnits(), c.initRange()), "lstm"); // eq. 11-12, [mb, 1, T]
                g.addVertex(HIDDEN, new AttentionContextVertex(), "lstm", ATTENTION);  // eq. 13, [mb, 2H]
            }
            default -> throw new IllegalStateException();
        }
        g.addLayer(DENSE, new DenseLayer.Builder().nOut(c.denseUnits()).activation(Activation.RELU).dropOut(retain).build(), HIDDEN);
        g.addLayer(OUTPUT, new OutputLayer.Builder(loss).nOut(Location.COUNT).activation(Activation.SOFTMAX).dropOut(retain).build(), DENSE);
        g.setOutputs(OUTPUT);

        ComputationGraph net = new ComputationGraph(g.build());
        net.init();
        return net;
    }

    /**
     * The same network with DL4J's {@code ReverseTimeSeriesVertex} replaced by {@link MaskedReverseVertex}: models
     * saved before ADR 0008 keep their parameters, optimiser state and step count, and run at the new speed.
     * Returns {@code graph} itself when there is nothing to replace.
     */
    public static ComputationGraph withMaskedReverse(ComputationGraph graph) {
        ComputationGraphConfiguration conf = graph.getConfiguration().clone();
        boolean replaced = false;
        for (Map.Entry<String, GraphVertex> v : conf.getVertices().entrySet()) {
            if (v.getValue() instanceof ReverseTimeSeriesVertex old) {
                v.setValue(new MaskedReverseVertex(old.getMaskArrayInputName()));
                replaced = true;
            }
        }
        if (!replaced) {
            return graph;
        }
        conf.setIterationCount(graph.getConfiguration().getIterationCount());
        conf.setEpochCount(graph.getConfiguration().getEpochCount());
        ComputationGraph upgraded = new ComputationGraph(conf);
        upgraded.init(graph.params(), true);
        var oldUpdater = graph.getUpdater(false);
        if (oldUpdater != null && oldUpdater.getStateViewArray() != null) {
            upgraded.getUpdater().getStateViewArray().assign(oldUpdater.getStateViewArray());
        }
        return upgraded;
    }

    private static LSTM lstm(NetworkConfig c) {
        return new LSTM.Builder().nOut(c.lstmUnits()).activation(Activation.TANH).build();
    }
}
