package org.loclens.model.train;

import org.loclens.model.io.EpochStats;

/**
 * Progress of a training run, called on the training thread. Implementations must be quick and must not
 * touch UI toolkits directly (the app adapts this to a JavaFX Task).
 */
public interface TrainingListener {

    /** Before the first epoch run in this call (after a resume: the next epoch). */
    default void started(int firstEpoch, int maxEpochs, int batchesPerEpoch, int trainProteins, int validationProteins) {
    }

    /** After each minibatch; {@code etaSeconds} estimates the time to the last epoch. */
    default void batchDone(int epoch, int batch, int batches, double loss, double etaSeconds) {
    }

    /** After each epoch's validation; {@code best} when its weights are now the kept ones. */
    default void epochDone(EpochStats stats, boolean best) {
    }

    /** Free-text notes (early stop, resume, time budget). */
    default void message(String text) {
    }

    TrainingListener NONE = new TrainingListener() { };
}
