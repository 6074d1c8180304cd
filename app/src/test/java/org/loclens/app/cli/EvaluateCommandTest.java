package org.loclens.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loclens.model.io.EpochStats;

class EvaluateCommandTest {

    private static EpochStats epoch(int n, double rate) {
        return new EpochStats(n, 1, Double.NaN, 1, 0.5, 10, rate);
    }

    @Test
    void rateScheduleNamesTheFirstRateAndEveryChange() {
        // epochs 1-2 predate the per-epoch record (0 = the configured rate); then halvings; then a constant phase
        List<EpochStats> history = List.of(epoch(1, 0), epoch(2, 0), epoch(3, 5e-4), epoch(4, 2.5e-4), epoch(5, 2.5e-4),
                epoch(6, 6.25e-5), epoch(7, 2.5e-4));
        assertEquals("1e-03, 5.0e-04 from epoch 3, 2.5e-04 from epoch 4, 6.3e-05 from epoch 6, 2.5e-04 from epoch 7",
                EvaluateCommand.rateSchedule(history, 1e-3));
    }

    @Test
    void aConstantRateIsJustTheRate() {
        assertEquals("1e-03", EvaluateCommand.rateSchedule(List.of(epoch(1, 1e-3), epoch(2, 1e-3)), 1e-3));
        assertEquals("1e-03", EvaluateCommand.rateSchedule(List.of(), 1e-3));
    }

    @Test
    void theAttentionLineComparesTheEndsWithUniformAttention() {
        var records = List.of(org.loclens.model.data.ProteinRecord.unlabelled("a", "M".repeat(100)),
                org.loclens.model.data.ProteinRecord.unlabelled("b", "M".repeat(3000)));
        // 10 of 100 residues, and 10 of the 1000 a 3000-residue protein keeps
        assertEquals("A-LSTM attention on the first and last 5 residues: 0.900 of each protein's on average (uniform attention: 0.055)"
                + System.lineSeparator(), EvaluateCommand.attentionLine(0.9, records, 1000));
    }

    @Test
    void aWarmStartedModelSaysWhereItsEncoderCameFrom() {
        String hash = "3692af718fc2f16f08d88a6a924f45e9f7987c0965bb9a033aa54f1326c263bb";
        assertEquals("rlstm.zip (sha256 3692af718fc2…)", EvaluateCommand.shortHash("rlstm.zip (sha256 " + hash + ")"));
        assertEquals("convolutions started from rlstm.zip (sha256 3692af718fc2…)",
                EvaluateCommand.encoderStart("rlstm.zip (sha256 " + hash + ")" + org.loclens.model.train.Trainer.CONVOLUTIONS_ONLY));

        var plain = org.loclens.app.gui.Fixtures.tinyModel();
        assertFalse(EvaluateCommand.describeTraining(plain).contains("started from"));
        var m = plain.manifest();
        var t = m.training();
        var warm = new org.loclens.model.io.TrainedModel(plain.network(), new org.loclens.model.io.ModelManifest(
                m.formatVersion(), m.loclensVersion(), m.config(), m.encoding(), m.classNames(),
                new org.loclens.model.io.ModelManifest.TrainingSummary(t.epochs(), t.bestEpoch(), t.batchSize(),
                        t.trainProteins(), t.validationProteins(), t.seconds(), t.classWeighting(), t.history(),
                        "rlstm.zip (sha256 " + hash + ")"),
                m.dataSha256(), m.metrics(), m.createdAt()));
        assertTrue(EvaluateCommand.describeTraining(warm).endsWith(
                "; convolutions and LSTMs started from rlstm.zip (sha256 3692af718fc2…) (that model's own training time not included)"),
                EvaluateCommand.describeTraining(warm));
    }
}
