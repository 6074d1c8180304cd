package org.loclens.model.train;

import java.util.List;
import org.loclens.model.io.EpochStats;
import org.loclens.model.network.NetworkConfig;

/**
 * What a checkpoint folder remembers between runs ({@code state.json}). {@code encoderFrom} names the model that
 * initialised the run's encoder (null: random weights, and in files written before it was recorded).
 */
public record TrainerState(int epochsDone, int bestEpoch, double bestValidationAccuracy, double seconds,
                           NetworkConfig network, int batchSize, boolean classWeighting, String dataSha256,
                           List<EpochStats> history, String encoderFrom) {

    /** A run from random weights. */
    public TrainerState(int epochsDone, int bestEpoch, double bestValidationAccuracy, double seconds,
                        NetworkConfig network, int batchSize, boolean classWeighting, String dataSha256,
                        List<EpochStats> history) {
        this(epochsDone, bestEpoch, bestValidationAccuracy, seconds, network, batchSize, classWeighting, dataSha256,
                history, null);
    }
}
