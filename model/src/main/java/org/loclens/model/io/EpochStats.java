package org.loclens.model.io;

/**
 * One epoch of training: mean training loss and accuracy, validation loss and accuracy, seconds, and the
 * learning rate the epoch ran at (0 in files written before the rate was recorded: the configured rate).
 */
public record EpochStats(int epoch, double trainLoss, double trainAccuracy, double validationLoss,
                         double validationAccuracy, double seconds, double learningRate) {

    public EpochStats(int epoch, double trainLoss, double trainAccuracy, double validationLoss,
                      double validationAccuracy, double seconds) {
        this(epoch, trainLoss, trainAccuracy, validationLoss, validationAccuracy, seconds, 0);
    }

    /** The rate this epoch ran at; records written before the rate was recorded say 0 and ran at {@code configured}. */
    public double learningRateOr(double configured) {
        return learningRate > 0 ? learningRate : configured;
    }

    public EpochStats withLearningRate(double rate) {
        return new EpochStats(epoch, trainLoss, trainAccuracy, validationLoss, validationAccuracy, seconds, rate);
    }
}
