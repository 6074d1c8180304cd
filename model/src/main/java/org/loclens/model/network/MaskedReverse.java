package org.loclens.model.network;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.BaseGraphVertex;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.api.ops.impl.shape.Gather;
import org.nd4j.linalg.factory.Nd4j;

/** The working part of {@link MaskedReverseVertex}. */
final class MaskedReverse extends BaseGraphVertex {

    private final String inputName;
    private final int inputIndex;

    MaskedReverse(ComputationGraph graph, String name, int vertexIndex, String inputName, DataType dataType) {
        super(graph, name, vertexIndex, null, null, dataType);
        this.inputName = inputName;
        this.inputIndex = inputName == null ? -1 : graph.getConfiguration().getNetworkInputs().indexOf(inputName);
        if (inputName != null && inputIndex < 0) {
            throw new IllegalArgumentException("no network input named " + inputName);
        }
    }

    @Override
    public boolean hasLayer() {
        return false;
    }

    @Override
    public Layer getLayer() {
        return null;
    }

    @Override
    public INDArray doForward(boolean training, LayerWorkspaceMgr workspaceMgr) {
        return reverse(inputs[0], mask(), workspaceMgr, ArrayType.ACTIVATIONS, ArrayType.FF_WORKING_MEM);
    }

    @Override
    public Pair<Gradient, INDArray[]> doBackward(boolean tbptt, LayerWorkspaceMgr workspaceMgr) {
        // the reversal is a symmetric permutation, so its gradient is the same reversal
        return new Pair<>(null, new INDArray[] {reverse(epsilon, mask(), workspaceMgr, ArrayType.ACTIVATION_GRAD,
                ArrayType.BP_WORKING_MEM)});
    }

    private INDArray mask() {
        INDArray[] masks = inputIndex < 0 ? null : graph.getInputMaskArrays();
        return masks == null ? null : masks[inputIndex];
    }

    /**
     * {@code out[s, :, t] = x[s, :, L_s - 1 - t]} for {@code t < L_s} and 0 in the padding, where {@code L_s} is
     * the number of ones in row {@code s} of the mask (all of {@code T} without a mask).
     */
    static INDArray reverse(INDArray x, INDArray mask, LayerWorkspaceMgr ws, ArrayType outType, ArrayType workType) {
        int n = (int) x.size(0);
        int c = (int) x.size(1);
        int t = (int) x.size(2);
        int[] index = new int[n * t];
        float[][] m = mask == null ? null : mask.toFloatMatrix();
        for (int s = 0; s < n; s++) {
            int length = t;
            if (m != null) {
                length = 0;
                for (float v : m[s]) {
                    length += v != 0 ? 1 : 0;
                }
            }
            for (int k = 0; k < t; k++) {
                index[s * t + k] = s * t + (k < length ? length - 1 - k : k);
            }
        }
        // rows = one row per (protein, time step), so the reversal is a single gather of rows
        INDArray rows = ws.createUninitialized(workType, x.dataType(), new long[] {(long) n * t, c}, 'c');
        rows.reshape('c', n, t, c).assign(x.permute(0, 2, 1));
        INDArray indices = ws.createUninitialized(workType, DataType.INT32, new long[] {(long) n * t}, 'c');
        indices.data().setData(index);
        INDArray gathered = ws.createUninitialized(workType, x.dataType(), new long[] {(long) n * t, c}, 'c');
        Gather gather = new Gather(rows, indices, 0);
        gather.addOutputArgument(gathered);
        Nd4j.exec(gather);
        INDArray out = ws.createUninitialized(outType, x.dataType(), x.shape(), 'f');
        out.assign(gathered.reshape('c', n, t, c).permute(0, 2, 1));
        if (mask != null) {
            Nd4j.getExecutioner().exec(new BroadcastMulOp(out, mask.castTo(out.dataType()), out, 0, 2));
        }
        return out;
    }

    @Override
    public void setBackpropGradientsViewArray(INDArray view) {
        if (view != null) {
            throw new IllegalStateException("a reversal has no parameters");
        }
    }

    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArrays(INDArray[] maskArrays, MaskState currentMaskState, int minibatchSize) {
        return new Pair<>(maskArrays == null ? null : maskArrays[0], currentMaskState);
    }

    @Override
    public String toString() {
        return "MaskedReverse(" + inputName + ")";
    }
}
