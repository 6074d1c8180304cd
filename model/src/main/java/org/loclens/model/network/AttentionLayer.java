package org.loclens.model.network;

import java.util.Map;
import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SDLayerParams;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffLayer;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The attention weights of the A-LSTM (Sønderby et al. 2015, eq. 11-12): scores
 * {@code a_t = tanh(h_t W_a) v_a}, then a softmax over the valid positions only, so padded positions get
 * weight exactly 0 and padding never changes the context vector. Input {@code h [mb, 2H, T]}, output
 * {@code α [mb, 1, T]}; the context c = Σ α_t h_t is {@link AttentionContextVertex}.
 *
 * <p>A SameDiff layer of our own because DL4J 1.0.0-M2.1's {@code LearnedSelfAttentionLayer} fails, and
 * width-1 convolutions after a bidirectional LSTM hit a mask-type bug; this also names α as a vertex.
 */
public class AttentionLayer extends SameDiffLayer {

    public static final String W_A = "Wa";
    public static final String V_A = "va";
    /** Scores of padded positions are pushed this far down before the softmax. */
    private static final double MASKED_SCORE = -1e9;

    private long nIn;
    private long units;
    private double initRange;

    public AttentionLayer() {
        // for JSON deserialisation
    }

    public AttentionLayer(long nIn, long units, double initRange) {
        this.nIn = nIn;
        this.units = units;
        this.initRange = initRange;
    }

    @Override
    public SDVariable defineLayer(SameDiff sd, SDVariable h, Map<String, SDVariable> params, SDVariable mask) {
        SDVariable hp = sd.permute(h, 0, 2, 1);                                  // [mb, T, 2H]
        SDVariable flat = sd.reshape(hp, -1, nIn);                               // [mb*T, 2H]
        SDVariable e = sd.math.tanh(flat.mmul(params.get(W_A))).mmul(params.get(V_A)); // [mb*T, 1]   eq. 11
        SDVariable batchAndTime = sd.gather(sd.shape(h), new int[] {0, 2}, 0);   // [mb, T]
        SDVariable scores = sd.reshape(e, batchAndTime);                         // [mb, T]
        SDVariable alpha;
        if (mask == null) {
            alpha = sd.nn.softmax(scores, 1);
        } else {
            SDVariable shifted = scores.add(mask.rsub(1.0).mul(MASKED_SCORE));  // invalid -> -1e9
            alpha = sd.nn.softmax(shifted, 1).mul(mask);                        // eq. 12, exact zeros on padding
        }
        return sd.expandDims(alpha, 1);                                          // [mb, 1, T]
    }

    @Override
    public void defineParameters(SDLayerParams params) {
        params.addWeightParam(W_A, nIn, units);
        params.addWeightParam(V_A, units, 1);
    }

    @Override
    public void initializeParameters(Map<String, INDArray> params) {
        // §2.6: uniform in [-initRange, initRange], like every other weight
        for (INDArray p : params.values()) {
            p.assign(org.nd4j.linalg.factory.Nd4j.rand(p.dataType(), p.shape()).muli(2 * initRange).subi(initRange));
        }
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType inputType) {
        InputType.InputTypeRecurrent r = (InputType.InputTypeRecurrent) inputType;
        return InputType.recurrent(1, r.getTimeSeriesLength(), r.getFormat());
    }

    @Override
    public void setNIn(InputType inputType, boolean override) {
        if (nIn <= 0 || override) {
            nIn = ((InputType.InputTypeRecurrent) inputType).getSize();
        }
    }

    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArray(INDArray maskArray, MaskState currentMaskState, int minibatchSize) {
        return new Pair<>(maskArray, currentMaskState);
    }

    public long getNIn() {
        return nIn;
    }

    public void setNIn(long nIn) {
        this.nIn = nIn;
    }

    public long getUnits() {
        return units;
    }

    public void setUnits(long units) {
        this.units = units;
    }

    public double getInitRange() {
        return initRange;
    }

    public void setInitRange(double initRange) {
        this.initRange = initRange;
    }
}
