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

    @Test
    void aResumedRunMayChangeItsLearningRateAndTheHistoryKeepsTheOldOne() throws Exception {
        List<ProteinRecord> data = Synthetic.proteins(40, 4);
        TrainingOptions first = TrainingOptions.defaults(Synthetic.tinyConfig(Architecture.ALSTM))
                .withEpochs(1).withBatchSize(16).withPatience(0).withLrPatience(0).withCheckpointDir(dir);
        new Trainer(first, TrainingListener.NONE).train(data, false, () -> false);

        // a constant-rate phase (for weight averaging) continues the same run at a quarter of the rate
        TrainingOptions slower = new TrainingOptions(first.network().withLearningRate(2.5e-4), 2, 0, 16,
                first.validationFraction(), false, 0, dir, 0, null, null);
        TrainingResult resumed = new Trainer(slower, TrainingListener.NONE).train(data, true, () -> false);
        assertEquals(List.of(1, 2), resumed.history().stream().map(EpochStats::epoch).toList());
        assertEquals(first.network().learningRate(), resumed.history().get(0).learningRate(), 1e-12, "epoch 1 ran at the first rate");
        assertEquals(2.5e-4, resumed.history().get(1).learningRate(), 1e-12);
        var net = org.loclens.model.io.ModelFile.load(dir.resolve(Trainer.LAST)).network();
        var lstm = (org.deeplearning4j.nn.conf.layers.BaseLayer) net.getLayer("lstm_fwd").conf().getLayer();
        assertEquals(2.5e-4, lstm.getIUpdater().getLearningRate(0, 0), 1e-12, "the network trained at the new rate");
        var attention = (org.deeplearning4j.nn.conf.layers.samediff.AbstractSameDiffLayer)
                net.getLayer(org.loclens.model.network.NetworkFactory.ATTENTION).conf().getLayer();
        assertEquals(2.5e-4, attention.getUpdater().getLearningRate(0, 0), 1e-12, "and so did the attention layer");

        // files from before the rate was recorded say 0: that meant the configured rate, and must say so once it changes
        TrainerState old = new TrainerState(1, 1, 0.5, 10, first.network(), 16, false, "h",
                List.of(new EpochStats(1, 1, Double.NaN, 1, 0.5, 10)));
        assertEquals(first.network().learningRate(), Trainer.withRatesRecorded(old).history().get(0).learningRate(), 1e-12);

        TrainingOptions wider = new TrainingOptions(slower.network().withLstmUnits(7), 3, 0, 16,
                first.validationFraction(), false, 0, dir, 0, null, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Trainer(wider, TrainingListener.NONE).train(data, true, () -> false));
        assertTrue(e.getMessage().contains("other settings"), e.getMessage());
    }
}
