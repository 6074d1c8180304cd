package org.loclens.model.network;

import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffLambdaVertex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The context vector c = Σ_t α_t h_t (Sønderby et al. 2015, eq. 13): inputs are the BiLSTM states
 * {@code h [mb, 2H, T]} and the attention weights {@code α [mb, 1, T]}; output {@code [mb, 2H]}.
 * The time dimension is gone, so the mask stops here.
 */
public class AttentionContextVertex extends SameDiffLambdaVertex {

    public AttentionContextVertex() {
        // for JSON deserialisation
    }

    @Override
    public SDVariable defineVertex(SameDiff sd, VertexInputs inputs) {
        SDVariable h = inputs.getInput(0);     // [mb, 2H, T]
        SDVariable alpha = inputs.getInput(1); // [mb, 1, T]
        return sd.sum(h.mul(alpha), 2);        // [mb, 2H]
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType... vertexInputs) {
        InputType.InputTypeRecurrent h = (InputType.InputTypeRecurrent) vertexInputs[0];
        return InputType.feedForward(h.getSize());
    }

    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArrays(INDArray[] maskArrays, MaskState currentMaskState, int minibatchSize) {
        return new Pair<>(null, MaskState.Active);
    }
}
