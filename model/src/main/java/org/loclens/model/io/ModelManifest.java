package org.loclens.model.io;

import java.util.List;
import java.util.Map;
import org.loclens.model.network.NetworkConfig;

/**
 * What a model file says about itself, stored as {@code manifest.json} beside the network.
 *
 * @param formatVersion  version of this file layout; readers refuse newer versions
 * @param loclensVersion the LocLens version that wrote it
 * @param config         architecture and hyperparameters
 * @param encoding       the residue encoding the network expects
 * @param classNames     output classes in probability order
 * @param training       how it was trained
 * @param dataSha256     hash of the training data (ids, labels and sequences)
 * @param metrics        validation metrics measured at save time (e.g. {@code validationAccuracy})
 * @param createdAt      ISO-8601 time of writing
 */
public record ModelManifest(int formatVersion, String loclensVersion, NetworkConfig config, String encoding,
                            List<String> classNames, TrainingSummary training, String dataSha256,
                            Map<String, Double> metrics, String createdAt) {

    public static final int FORMAT_VERSION = 1;
    public static final String ENCODING = "onehot20+BLOSUM80+HSDM(PRLA000102), matrices divided by their max |value|; v1";

    /**
     * @param epochs          epochs run
     * @param bestEpoch       epoch whose weights were kept (best validation accuracy)
     * @param batchSize       minibatch size
     * @param trainProteins   proteins used for gradient steps
     * @param validationProteins proteins held out for early stopping
     * @param seconds         wall time of training
     * @param classWeighting  how the loss was weighted ("none" or "inverse-sqrt-frequency")
     * @param history         per-epoch train loss, validation loss and accuracies
     * @param encoderFrom     the model file (name and SHA-256) whose convolutions and LSTMs started this run, ending in
     *                        ", convolutions only" when its LSTMs started fresh; null when it started from random
     *                        weights (and in files written before it was recorded)
     */
    public record TrainingSummary(int epochs, int bestEpoch, int batchSize, int trainProteins, int validationProteins,
                                  double seconds, String classWeighting, List<EpochStats> history, String encoderFrom) {

        /** A run from random weights. */
        public TrainingSummary(int epochs, int bestEpoch, int batchSize, int trainProteins, int validationProteins,
                               double seconds, String classWeighting, List<EpochStats> history) {
            this(epochs, bestEpoch, batchSize, trainProteins, validationProteins, seconds, classWeighting, history, null);
        }

        /** False for a run that trained on all its proteins (ADR 0016): nothing chose its epoch or scored it. */
        public boolean hasValidationPart() {
            return validationProteins > 0;
        }
    }
}
