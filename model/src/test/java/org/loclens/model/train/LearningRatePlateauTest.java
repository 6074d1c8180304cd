package org.loclens.model.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.samediff.AbstractSameDiffLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.loclens.model.TinyModels;
import org.loclens.model.io.EpochStats;
import org.loclens.model.network.Architecture;
import org.nd4j.linalg.api.ndarray.INDArray;

class LearningRatePlateauTest {

    private static List<EpochStats> history(double... validationLosses) {
        List<EpochStats> h = new ArrayList<>();
        for (int i = 0; i < validationLosses.length; i++) {
            h.add(new EpochStats(i + 1, 1, Double.NaN, validationLosses[i], 0.5, 10));
        }
        return h;
    }

    @Test
    void keepsTheRateWhileTheValidationLossFalls() {
        assertEquals(1e-3, LearningRatePlateau.rateAfter(history(1.0, 0.9, 0.8, 0.7, 0.6), 1e-3, 3));
    }

    @Test
    void halvesAfterPatienceEpochsWithoutANewLow() {
        // best at epoch 2; epochs 3, 4, 5 are no better: the rate halves after epoch 5
        assertEquals(1e-3, LearningRatePlateau.rateAfter(history(1.0, 0.8, 0.9, 0.85), 1e-3, 3));
        assertEquals(5e-4, LearningRatePlateau.rateAfter(history(1.0, 0.8, 0.9, 0.85, 0.81), 1e-3, 3));
    }

    @Test
    void waitsPatienceEpochsBetweenHalvingsAndStopsAtOneSixteenth() {
        double[] flat = new double[40];
        java.util.Arrays.fill(flat, 1.0);
        flat[0] = 0.5;
        assertEquals(5e-4, LearningRatePlateau.rateAfter(history(java.util.Arrays.copyOf(flat, 5)), 1e-3, 3));
        assertEquals(2.5e-4, LearningRatePlateau.rateAfter(history(java.util.Arrays.copyOf(flat, 7)), 1e-3, 3));
        assertEquals(1e-3 / 16, LearningRatePlateau.rateAfter(history(flat), 1e-3, 3), 1e-12);
    }

    @Test
    void offWithoutPatienceOrValidation() {
        assertEquals(1e-3, LearningRatePlateau.rateAfter(history(0.5, 1, 1, 1, 1, 1), 1e-3, 0));
        assertEquals(1e-3, LearningRatePlateau.rateAfter(history(Double.NaN, Double.NaN, Double.NaN, Double.NaN), 1e-3, 3));
    }

    @Test
    void applySetsEveryLayerIncludingTheAttentionAndKeepsAdamsMoments() {
        ComputationGraph net = TinyModels.untrained(Architecture.ALSTM, 7).network();
        net.fit(new org.nd4j.linalg.dataset.MultiDataSet(
                new INDArray[] {org.nd4j.linalg.factory.Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 2, 60, 5)},
                new INDArray[] {org.nd4j.linalg.factory.Nd4j.eye(11).getRows(0, 1).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT)}));
        INDArray moments = net.getUpdater().getStateViewArray().dup();
        LearningRatePlateau.apply(net, 2.5e-4);
        int sameDiffLayers = 0;
        for (Layer layer : net.getLayers()) {
            var conf = layer.conf().getLayer();
            if (conf instanceof BaseLayer base && base.getIUpdater() != null && base.getIUpdater().hasLearningRate()) {
                assertEquals(2.5e-4, base.getIUpdater().getLearningRate(0, 0), 1e-12, layer.conf().getLayer().getLayerName());
            } else if (conf instanceof AbstractSameDiffLayer sd) {
                assertEquals(2.5e-4, sd.getUpdater().getLearningRate(0, 0), 1e-12, "attention");
                sameDiffLayers++;
            }
        }
        assertEquals(1, sameDiffLayers, "the A-LSTM has one SameDiff (attention) layer");
        assertEquals(moments, net.getUpdater().getStateViewArray(), "Adam's moment estimates survive the change");
    }
}
