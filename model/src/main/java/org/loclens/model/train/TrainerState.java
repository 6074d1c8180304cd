package org.loclens.model.train;

import java.util.List;
import org.loclens.model.io.EpochStats;
import org.loclens.model.network.NetworkConfig;

/** What a checkpoint folder remembers between runs ({@code state.json}). */
public record TrainerState(int epochsDone, int bestEpoch, double bestValidationAccuracy, double seconds,
                           NetworkConfig network, int batchSize, boolean classWeighting, String dataSha256,
                           List<EpochStats> history) {
}
