package org.loclens.model.io;

/** One epoch of training: mean training loss and accuracy, validation loss and accuracy, seconds. */
public record EpochStats(int epoch, double trainLoss, double trainAccuracy, double validationLoss,
                         double validationAccuracy, double seconds) {
}
