package org.loclens.model.train;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.loclens.model.data.DataSplit;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.io.ModelManifest;
import org.loclens.model.io.TrainedModel;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Averages the weights of several checkpoints of one training run (for example its last epochs at the lowest
 * learning rate) into one network of the same shape: late checkpoints of one run lie in one basin, and their mean
 * usually generalises a little better than any of them. Whether it does here is measured on the run's own validation
 * part, never on the held-out test proteins.
 */
public final class WeightAveraging {

    /** Metric keys written into the averaged model's manifest. */
    public static final String AVERAGED_MODELS = "averagedModels";
    public static final String FIRST_EPOCH = "averagedFirstEpoch";
    public static final String LAST_EPOCH = "averagedLastEpoch";

    private WeightAveraging() {
    }

    /** The validation proteins the trainer held out of {@code data} (same seed, same fraction). */
    public static List<ProteinRecord> validationPart(List<ProteinRecord> data, double fraction) {
        Set<String> held = DataSplit.stratifiedHoldOut(data, fraction, Trainer.VALIDATION_SEED);
        return DataSplit.select(data, held, true);
    }

    /**
     * The mean of the members' parameters, in a copy of the last member's network, with the last member's manifest
     * plus the averaged epochs (see {@link #withValidation} for its own validation metrics).
     *
     * @throws IllegalArgumentException if the members differ in architecture, settings or training data
     */
    public static TrainedModel average(List<TrainedModel> members) {
        if (members.size() < 2) {
            throw new IllegalArgumentException("averaging needs at least two models, got " + members.size());
        }
        TrainedModel last = members.get(members.size() - 1);
        // the rate may differ: a fixed schedule resumes each epoch with its own --lr (ADR 0016)
        double rate = last.manifest().config().learningRate();
        for (TrainedModel m : members) {
            if (!m.manifest().config().withLearningRate(rate).equals(last.manifest().config())
                    || !m.manifest().dataSha256().equals(last.manifest().dataSha256())) {
                throw new IllegalArgumentException(m.displayName() + " was trained with other settings or data than "
                        + last.displayName() + "; only checkpoints of one run can be averaged");
            }
        }
        INDArray sum = members.get(0).network().params().dup();
        for (TrainedModel m : members.subList(1, members.size())) {
            sum.addi(m.network().params());
        }
        ComputationGraph averaged = last.network().clone();
        averaged.setParams(sum.divi(members.size()));
        int first = Integer.MAX_VALUE;
        int lastEpoch = 0;
        for (TrainedModel m : members) {
            int epoch = m.manifest().training() == null ? 0 : m.manifest().training().epochs();
            first = Math.min(first, epoch);
            lastEpoch = Math.max(lastEpoch, epoch);
        }
        Map<String, Double> metrics = new HashMap<>(last.manifest().metrics());
        metrics.put(AVERAGED_MODELS, (double) members.size());
        metrics.put(FIRST_EPOCH, (double) first);
        metrics.put(LAST_EPOCH, (double) lastEpoch);
        return new TrainedModel(averaged, withMetrics(last.manifest(), metrics));
    }

    /** The same network, its manifest recording the given validation loss and accuracy. */
    public static TrainedModel withValidation(TrainedModel model, double validationLoss, double validationAccuracy) {
        Map<String, Double> metrics = new HashMap<>(model.manifest().metrics());
        metrics.put("validationLoss", validationLoss);
        metrics.put("validationAccuracy", validationAccuracy);
        return new TrainedModel(model.network(), withMetrics(model.manifest(), metrics));
    }

    private static ModelManifest withMetrics(ModelManifest m, Map<String, Double> metrics) {
        return new ModelManifest(m.formatVersion(), m.loclensVersion(), m.config(), m.encoding(), m.classNames(),
                m.training(), m.dataSha256(), Map.copyOf(metrics), java.time.Instant.now().toString());
    }

    /** Which weights a model file holds: "kept epoch 44", or "weights averaged over epochs 34–38". */
    public static String selection(ModelManifest m) {
        Map<String, Double> metrics = m.metrics();
        if (metrics.containsKey(AVERAGED_MODELS)) {
            return String.format(java.util.Locale.ROOT, "weights averaged over epochs %.0f–%.0f", metrics.get(FIRST_EPOCH),
                    metrics.get(LAST_EPOCH));
        }
        return "kept epoch " + (m.training() == null ? 0 : m.training().bestEpoch());
    }

    /** Mean cross-entropy and accuracy of a model on labelled proteins. */
    public static double[] lossAndAccuracy(TrainedModel model, List<ProteinRecord> proteins) {
        return Trainer.lossAndAccuracy(model, proteins);
    }
}
