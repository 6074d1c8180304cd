package org.loclens.model.network;

import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.nn.conf.memory.MemoryReport;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Reverses each sequence of a batch in time, within its own length (padding stays at the end), so a second
 * LSTM reads the protein from the C terminus. The same contract as DL4J's {@code ReverseTimeSeriesVertex}, which
 * it replaces: that one copies one time step of one protein per native op (64 x 450 ops per minibatch and pass,
 * each leaving a view behind), this one does the whole batch with one gather (ADR 0008).
 *
 * <p>Masks must be prefix masks (ones, then zeros), which is what {@code SequenceEncoder} writes.
 */
public class MaskedReverseVertex extends GraphVertex {

    /** The network input whose mask gives the lengths. */
    private String maskArrayInputName;

    public MaskedReverseVertex() {
        // for JSON deserialisation
    }

    public MaskedReverseVertex(String maskArrayInputName) {
        this.maskArrayInputName = maskArrayInputName;
    }

    public String getMaskArrayInputName() {
        return maskArrayInputName;
    }

    public void setMaskArrayInputName(String name) {
        this.maskArrayInputName = name;
    }

    @Override
    public MaskedReverseVertex clone() {
        return new MaskedReverseVertex(maskArrayInputName);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaskedReverseVertex v && java.util.Objects.equals(v.maskArrayInputName, maskArrayInputName);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash("MaskedReverseVertex", maskArrayInputName);
    }

    @Override
    public long numParams(boolean backprop) {
        return 0;
    }

    @Override
    public int minVertexInputs() {
        return 1;
    }

    @Override
    public int maxVertexInputs() {
        return 1;
    }

    @Override
    public org.deeplearning4j.nn.graph.vertex.GraphVertex instantiate(ComputationGraph graph, String name, int idx,
                                                                     INDArray paramsView, boolean initializeParams,
                                                                     DataType networkDatatype) {
        return new MaskedReverse(graph, name, idx, maskArrayInputName, networkDatatype);
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType... vertexInputs) {
        return vertexInputs[0];
    }

    @Override
    public MemoryReport getMemoryReport(InputType... inputTypes) {
        return new LayerMemoryReport.Builder(null, MaskedReverseVertex.class, inputTypes[0], inputTypes[0])
                .standardMemory(0, 0).workingMemory(0, 0, 0, 0).cacheMemory(0, 0).build();
    }

    @Override
    public String toString() {
        return "MaskedReverseVertex(" + maskArrayInputName + ")";
    }
}
