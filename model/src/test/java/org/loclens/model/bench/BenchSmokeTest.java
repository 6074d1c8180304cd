package org.loclens.model.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loclens.model.Synthetic;
import org.loclens.model.TinyModels;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.network.Architecture;

/** The measuring code paths on tiny networks and a few short proteins (seconds, not a benchmark). */
class BenchSmokeTest {

    @Test
    void measuresThroughputStreamingAndTrainingOnTinyNetworks() {
        List<ProteinRecord> proteins = Synthetic.proteins(40, 3L);
        TrainedModel r = TinyModels.untrained(Architecture.RLSTM, 1L);
        TrainedModel a = TinyModels.untrained(Architecture.ALSTM, 2L);

        PredictionBenchmark.Throughput t = PredictionBenchmark.throughput("tiny", List.of(r, a), proteins, 2, 2, s -> { });
        assertEquals(40, t.proteins());
        assertEquals(2, t.members());
        assertEquals(PredictionBenchmark.truncatedResidues(proteins, 1000), t.residues());
        assertTrue(t.proteinsPerSecond().min() > 0 && t.gflops().min() > 0);

        PredictionBenchmark.StreamResult s = PredictionBenchmark.stream("tiny", List.of(a), 2, 150, new int[] {20, 45}, 1L, x -> { });
        assertEquals(150, s.proteins());
        assertTrue(s.heapSamples() > 0 && s.maxHeapMib() > 0 && s.maxHeapMib() >= s.meanHeapMib());

        TrainingBenchmark.Timing timing = TrainingBenchmark.measure("tiny", Synthetic.tinyConfig(Architecture.RLSTM), proteins, 8,
                0.1, 2, 1, false, x -> { });
        assertEquals(2, timing.minibatches());
        assertEquals(timing.trainProteins() + timing.validationProteins(), 40);
        assertEquals((timing.trainProteins() + 7) / 8, timing.batchesPerEpoch());
        assertEquals("Trainer.epochBatches", timing.batching());
        assertTrue(timing.secondsPerMinibatch().min() > 0);
    }
}
