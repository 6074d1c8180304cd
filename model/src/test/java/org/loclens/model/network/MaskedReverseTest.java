package org.loclens.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.rnn.ReverseTimeSeriesVertex;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.loclens.model.Synthetic;
import org.loclens.model.TinyModels;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.encoding.EncodedBatch;
import org.loclens.model.encoding.SequenceEncoder;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

class MaskedReverseTest {

    @Test
    void reversesEachProteinWithinItsLengthAndZeroesThePadding() {
        int n = 3, c = 4, t = 6;
        int[] lengths = {6, 3, 1};
        INDArray x = Nd4j.rand(DataType.FLOAT, n, c, t);
        INDArray mask = Nd4j.zeros(DataType.FLOAT, n, t);
        for (int s = 0; s < n; s++) {
            for (int k = 0; k < lengths[s]; k++) {
                mask.putScalar(s, k, 1);
            }
        }
        INDArray out = MaskedReverse.reverse(x, mask, LayerWorkspaceMgr.noWorkspaces(), ArrayType.ACTIVATIONS, ArrayType.FF_WORKING_MEM);
        for (int s = 0; s < n; s++) {
            for (int f = 0; f < c; f++) {
                for (int k = 0; k < t; k++) {
                    double expected = k < lengths[s] ? x.getDouble(s, f, lengths[s] - 1 - k) : 0;
                    assertEquals(expected, out.getDouble(s, f, k), 0, "protein " + s + " feature " + f + " step " + k);
                }
            }
        }
        INDArray noMask = MaskedReverse.reverse(x, null, LayerWorkspaceMgr.noWorkspaces(), ArrayType.ACTIVATIONS, ArrayType.FF_WORKING_MEM);
        assertEquals(x.getDouble(1, 2, 0), noMask.getDouble(1, 2, t - 1), 0);
    }

    /** The graph as models saved before ADR 0008 have it: DL4J's own reversal vertex, same parameters. */
    private static ComputationGraph legacy(ComputationGraph net) {
        ComputationGraphConfiguration conf = net.getConfiguration().clone();
        for (Map.Entry<String, GraphVertex> v : conf.getVertices().entrySet()) {
            if (v.getValue() instanceof MaskedReverseVertex m) {
                v.setValue(new ReverseTimeSeriesVertex(m.getMaskArrayInputName()));
            }
        }
        ComputationGraph old = new ComputationGraph(conf);
        old.init(net.params(), true);
        return old;
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void sameOutputsAndGradientsAsDl4jsVertexAndOldModelsAreUpgraded(Architecture architecture) {
        ComputationGraph net = TinyModels.untrained(architecture, 21).network();
        ComputationGraph old = legacy(net);
        List<ProteinRecord> proteins = List.of(Synthetic.proteins(3, 4).get(0),
                ProteinRecord.unlabelled("long", Synthetic.proteins(3, 4).get(1).sequence().repeat(5)),
                Synthetic.proteins(3, 4).get(2));
        SequenceEncoder encoder = new SequenceEncoder(1000);
        EncodedBatch enc = encoder.encode(proteins.stream().map(p -> encoder.truncate(p.sequence())).toList());
        INDArray labels = Nd4j.eye(11).getRows(0, 3, 7).castTo(DataType.FLOAT);
        MultiDataSet data = new MultiDataSet(new INDArray[] {enc.features()}, new INDArray[] {labels},
                new INDArray[] {enc.mask()}, null);

        INDArray expected = old.output(false, new INDArray[] {enc.features()}, new INDArray[] {enc.mask()})[0];
        INDArray actual = net.output(false, new INDArray[] {enc.features()}, new INDArray[] {enc.mask()})[0];
        assertEquals(0, expected.sub(actual).amaxNumber().doubleValue(), 1e-6, "forward pass");

        old.setInputs(data.getFeatures());
        old.setLabels(data.getLabels());
        old.setLayerMaskArrays(data.getFeaturesMaskArrays(), null);
        Nd4j.getRandom().setSeed(42); // the same dropout masks in both
        old.computeGradientAndScore();
        net.setInputs(data.getFeatures());
        net.setLabels(data.getLabels());
        net.setLayerMaskArrays(data.getFeaturesMaskArrays(), null);
        Nd4j.getRandom().setSeed(42);
        net.computeGradientAndScore();
        INDArray gOld = old.gradient().gradient();
        INDArray gNew = net.gradient().gradient();
        assertEquals(0, gOld.sub(gNew).amaxNumber().doubleValue(), 1e-6, "gradients");

        ComputationGraph upgraded = NetworkFactory.withMaskedReverse(old);
        assertInstanceOf(MaskedReverseVertex.class, upgraded.getConfiguration().getVertices().get("reverse"));
        INDArray fromUpgraded = upgraded.output(false, new INDArray[] {enc.features()}, new INDArray[] {enc.mask()})[0];
        assertEquals(0, expected.sub(fromUpgraded).amaxNumber().doubleValue(), 1e-6, "upgraded model");
        assertSame(net, NetworkFactory.withMaskedReverse(net), "nothing to upgrade");
    }
}
