package org.loclens.model.train;

import java.nio.file.Path;
import org.loclens.model.network.NetworkConfig;
import org.loclens.model.network.WarmStart;

/**
 * How to train one network.
 *
 * @param network            architecture and hyperparameters
 * @param maxEpochs          upper bound on epochs
 * @param patience           stop after this many epochs without a better validation accuracy (0 = never)
 * @param batchSize          proteins per minibatch (paper-style 64)
 * @param validationFraction part of the training data held out, stratified, for early stopping
 * @param classWeighting     weight the loss by inverse square-root class frequency (lifts vacuolar, lysosomal)
 * @param timeBudgetSeconds  stop before starting an epoch that would end past this budget (0 = none)
 * @param checkpointDir      where {@code last.zip}, {@code best.zip} and {@code state.json} are kept (null = none)
 * @param lrPatience         halve the learning rate after this many epochs without a lower validation loss
 *                           (0 = constant rate; see {@link LearningRatePlateau})
 * @param encoderFrom        a model file whose convolutions and LSTMs initialise a new run (null = random weights;
 *                           see {@link WarmStart})
 * @param encoderPart        which layers {@code encoderFrom} gives: the whole encoder or only the convolutions
 */
public record TrainingOptions(NetworkConfig network, int maxEpochs, int patience, int batchSize,
                              double validationFraction, boolean classWeighting, long timeBudgetSeconds,
                              Path checkpointDir, int lrPatience, Path encoderFrom, WarmStart.Part encoderPart) {

    public TrainingOptions {
        if (encoderPart == null) {
            encoderPart = WarmStart.Part.ENCODER;
        }
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + maxEpochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (!(validationFraction >= 0 && validationFraction < 0.5)) {
            throw new IllegalArgumentException("validation fraction must be in [0, 0.5), got " + validationFraction);
        }
        if (patience < 0 || timeBudgetSeconds < 0 || lrPatience < 0) {
            throw new IllegalArgumentException("patience and time budget and learning-rate patience must not be negative");
        }
    }

    /** Share of the training data held out for early stopping; the bundled runs used it, so `average` and
     *  `evaluate --data multiloc-validation` must rebuild the same part with it. */
    public static final double DEFAULT_VALIDATION_FRACTION = 0.1;

    public static TrainingOptions defaults(NetworkConfig network) {
        return new TrainingOptions(network, 40, 8, 64, DEFAULT_VALIDATION_FRACTION, false, 0, null, 3, null, WarmStart.Part.ENCODER);
    }

    public TrainingOptions withEpochs(int epochs) {
        return new TrainingOptions(network, epochs, patience, batchSize, validationFraction, classWeighting, timeBudgetSeconds, checkpointDir, lrPatience, encoderFrom, encoderPart);
    }

    public TrainingOptions withCheckpointDir(Path dir) {
        return new TrainingOptions(network, maxEpochs, patience, batchSize, validationFraction, classWeighting, timeBudgetSeconds, dir, lrPatience, encoderFrom, encoderPart);
    }

    public TrainingOptions withBatchSize(int size) {
        return new TrainingOptions(network, maxEpochs, patience, size, validationFraction, classWeighting, timeBudgetSeconds, checkpointDir, lrPatience, encoderFrom, encoderPart);
    }

    public TrainingOptions withValidationFraction(double f) {
        return new TrainingOptions(network, maxEpochs, patience, batchSize, f, classWeighting, timeBudgetSeconds, checkpointDir, lrPatience, encoderFrom, encoderPart);
    }

    public TrainingOptions withClassWeighting(boolean on) {
        return new TrainingOptions(network, maxEpochs, patience, batchSize, validationFraction, on, timeBudgetSeconds, checkpointDir, lrPatience, encoderFrom, encoderPart);
    }

    public TrainingOptions withTimeBudgetSeconds(long s) {
        return new TrainingOptions(network, maxEpochs, patience, batchSize, validationFraction, classWeighting, s, checkpointDir, lrPatience, encoderFrom, encoderPart);
    }

    public TrainingOptions withPatience(int p) {
        return new TrainingOptions(network, maxEpochs, p, batchSize, validationFraction, classWeighting, timeBudgetSeconds, checkpointDir, lrPatience, encoderFrom, encoderPart);
    }

    public TrainingOptions withLrPatience(int p) {
        return new TrainingOptions(network, maxEpochs, patience, batchSize, validationFraction, classWeighting, timeBudgetSeconds, checkpointDir, p, encoderFrom, encoderPart);
    }

    public TrainingOptions withEncoderFrom(Path model) {
        return new TrainingOptions(network, maxEpochs, patience, batchSize, validationFraction, classWeighting, timeBudgetSeconds, checkpointDir, lrPatience, model, encoderPart);
    }

    public TrainingOptions withEncoderPart(WarmStart.Part part) {
        return new TrainingOptions(network, maxEpochs, patience, batchSize, validationFraction, classWeighting, timeBudgetSeconds, checkpointDir, lrPatience, encoderFrom, part);
    }
}
