package org.loclens.model.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loclens.model.Synthetic;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.io.EpochStats;
import org.loclens.model.network.Architecture;

class CheckpointResumeTest {

    @TempDir
    Path dir;

    @Test
    void cancelKeepsLastFinishedEpochAndResumeContinuesFromIt() throws Exception {
        List<ProteinRecord> data = Synthetic.proteins(60, 4);
        TrainingOptions options = TrainingOptions.defaults(Synthetic.tinyConfig(Architecture.RLSTM))
                .withEpochs(3).withBatchSize(16).withPatience(0).withCheckpointDir(dir);

        // cancel in the middle of epoch 2
        AtomicInteger batches = new AtomicInteger();
        TrainingListener counter = new TrainingListener() {
            @Override
            public void batchDone(int epoch, int batch, int n, double loss, double eta) {
                batches.incrementAndGet();
            }
        };
        TrainingResult first = new Trainer(options, counter).train(data, false, () -> batches.get() >= 5);
        assertTrue(first.cancelled());
        assertEquals(1, first.history().size(), "only the finished epoch counts");
        assertTrue(Files.exists(dir.resolve(Trainer.LAST)) && Files.exists(dir.resolve(Trainer.STATE)));

        TrainingResult resumed = new Trainer(options, TrainingListener.NONE).train(data, true, () -> false);
        assertEquals(List.of(1, 2, 3), resumed.history().stream().map(EpochStats::epoch).toList());
        assertEquals(first.history().get(0), resumed.history().get(0));
        assertEquals(3, resumed.best().manifest().training().epochs());

        TrainingOptions other = options.withBatchSize(8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Trainer(other, TrainingListener.NONE).train(data, true, () -> false));
        assertTrue(e.getMessage().contains("other settings"), e.getMessage());
    }

    @Test
    void sameSeedGivesTheSameRun() throws Exception {
        List<ProteinRecord> data = Synthetic.proteins(45, 8);
        TrainingOptions options = TrainingOptions.defaults(Synthetic.tinyConfig(Architecture.ALSTM))
                .withEpochs(2).withBatchSize(16).withPatience(0);
        TrainingResult a = new Trainer(options, TrainingListener.NONE).train(data, false, () -> false);
        TrainingResult b = new Trainer(options, TrainingListener.NONE).train(data, false, () -> false);
        assertEquals(a.history().get(1).validationLoss(), b.history().get(1).validationLoss(), 1e-6);
    }
}
