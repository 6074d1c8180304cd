package org.loclens.model.train;

import java.util.List;
import org.loclens.model.io.EpochStats;
import org.loclens.model.io.TrainedModel;

/**
 * The outcome of {@link Trainer#train}: the model with the best validation accuracy (null when cancelled
 * before the first epoch ended), the full history, and whether the run was cancelled.
 */
public record TrainingResult(TrainedModel best, List<EpochStats> history, boolean cancelled, String stopReason) {
}
