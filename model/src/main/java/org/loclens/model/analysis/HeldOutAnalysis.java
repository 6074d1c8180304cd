package org.loclens.model.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.io.EpochStats;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.predict.Prediction;
import org.loclens.model.predict.Predictor;

/**
 * Everything the paper's views show about a set of labelled proteins, computed once: predictions of the
 * default predictor (with the hidden states of its first member), A-LSTM attention, the confusion matrix,
 * per-class attention profiles, a t-SNE of the hidden states, the convolution filters and the training
 * history. Heavy: run it on a worker thread.
 *
 * @param tsne [n][2] coordinates, aligned with {@code proteins}
 */
public record HeldOutAnalysis(List<ProteinRecord> proteins, List<Prediction> predictions, List<Prediction> attention,
                              ConfusionMatrix confusion, AttentionProfiles profiles, double[][] tsne,
                              List<FilterLogos.Filter> filters, List<EpochStats> history, String modelName) {

    /** Steps reported to the progress callback: predict, attention, t-SNE. */
    public interface Progress {
        void update(String step, double fraction);
    }

    /**
     * @param predictor      the predictor whose accuracy is shown (its first member gives hidden states)
     * @param attentionModel an A-LSTM for attention views (may be null: no heatmap)
     * @return null when cancelled
     */
    public static HeldOutAnalysis compute(Predictor predictor, TrainedModel attentionModel, List<ProteinRecord> proteins,
                                          Progress progress, BooleanSupplier cancelled) {
        List<Prediction> predictions = predictor.predict(proteins, new Predictor.Options(false, true),
                (d, t) -> progress.update("Predicting", d / (double) t), cancelled);
        if (cancelled.getAsBoolean()) {
            return null;
        }
        List<Prediction> attention = List.of();
        AttentionProfiles profiles = null;
        if (attentionModel != null) {
            Predictor a = Predictor.of(attentionModel);
            attention = a.predict(proteins, new Predictor.Options(true, false),
                    (d, t) -> progress.update("Attention", d / (double) t), cancelled);
            if (cancelled.getAsBoolean()) {
                return null;
            }
            profiles = AttentionProfiles.of(proteins, attention);
        }
        progress.update("t-SNE", 0);
        List<float[]> hidden = new ArrayList<>();
        predictions.forEach(p -> hidden.add(p.hidden()));
        double[][] xy = Embedding.tsne(hidden, 30, 1000);
        progress.update("t-SNE", 1);
        ConfusionMatrix cm = ConfusionMatrix.of(proteins.stream().map(r -> r.location().orElseThrow()).toList(),
                predictions.stream().map(Prediction::location).toList());
        TrainedModel first = predictor.members().get(0); // its filters, hidden states and history are shown
        List<FilterLogos.Filter> filters = FilterLogos.of(first.network(), first.manifest().config());
        List<EpochStats> history = first.manifest().training() == null ? List.of() : first.manifest().training().history();
        String name = predictor.members().size() == 1 ? first.displayName()
                : "ensemble of " + predictor.members().stream().map(TrainedModel::displayName).toList();
        return new HeldOutAnalysis(proteins, predictions, attention, cm, profiles, xy, filters, history, name);
    }
}
