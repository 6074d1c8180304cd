package org.loclens.model.train;

import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.samediff.AbstractSameDiffLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.loclens.model.io.EpochStats;

/**
 * Halves the learning rate when the validation loss has not reached a new low for {@code patience} epochs
 * (and at most once per {@code patience} epochs), down to 1/16 of the configured rate.
 *
 * <p>The rate is a pure function of the epoch history, so a resumed run continues at exactly the rate an
 * uninterrupted run would use, and {@code state.json} needs no extra field. The loss, not the accuracy, decides:
 * on a few hundred validation proteins the accuracy jumps by 2-4 points from epoch to epoch.
 */
public final class LearningRatePlateau {

    static final int MAX_HALVINGS = 4;

    private LearningRatePlateau() {
    }

    /** The rate for the epoch after {@code history}. */
    public static double rateAfter(List<EpochStats> history, double baseRate, int patience) {
        double rate = baseRate;
        int halvings = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        int lastChange = 0;
        for (EpochStats e : history) {
            if (Double.isNaN(e.validationLoss())) {
                continue; // no validation data: nothing to decide on
            }
            if (e.validationLoss() < bestLoss) {
                bestLoss = e.validationLoss();
                bestEpoch = e.epoch();
            }
            if (patience > 0 && halvings < MAX_HALVINGS && e.epoch() - bestEpoch >= patience
                    && e.epoch() - lastChange >= patience) {
                rate /= 2;
                halvings++;
                lastChange = e.epoch();
            }
        }
        return rate;
    }

    /**
     * Sets the Adam learning rate of every layer, keeping the optimiser's moment estimates. DL4J's own
     * {@code setLearningRate} skips SameDiff layers (the A-LSTM's attention), so those are set here first.
     */
    public static void apply(ComputationGraph net, double rate) {
        for (Layer layer : net.getLayers()) {
            if (layer.conf().getLayer() instanceof AbstractSameDiffLayer sd && sd.getUpdater() != null
                    && sd.getUpdater().hasLearningRate()) {
                sd.getUpdater().setLrAndSchedule(rate, null);
            }
        }
        net.setLearningRate(rate);
    }
}
