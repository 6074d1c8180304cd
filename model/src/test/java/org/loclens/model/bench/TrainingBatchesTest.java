package org.loclens.model.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.loclens.model.data.Location;
import org.loclens.model.data.ProteinRecord;

class TrainingBatchesTest {

    @Test
    void usesTheTrainersOwnBatching() {
        Random r = new Random(5);
        List<ProteinRecord> data = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            data.add(new ProteinRecord("p" + i, "", "A".repeat(20 + r.nextInt(1500)),
                    Optional.of(Location.values()[i % Location.COUNT]), Optional.empty()));
        }
        TrainingBenchmark.Plan plan = TrainingBenchmark.epochBatches(data, 64, 1001L);
        assertEquals("Trainer.epochBatches", plan.source());
        assertEquals(5, plan.batches().size());
        assertEquals(plan.batches(), org.loclens.model.train.Trainer.epochBatches(data, 64, 1001L));
    }

    @Test
    void spreadPicksMinibatchesAcrossPaddedSizes() {
        List<List<ProteinRecord>> batches = new ArrayList<>();
        for (int len : new int[] {900, 100, 500, 300, 700, 200, 800, 400, 600, 1000}) {
            batches.add(List.of(ProteinRecord.unlabelled("x" + len, "A".repeat(len))));
        }
        List<List<ProteinRecord>> picked = TrainingBenchmark.spread(batches, 5, 1000);
        assertEquals(List.of(200, 400, 600, 800, 1000), picked.stream().map(b -> b.get(0).length()).toList());
        assertEquals(600, TrainingBenchmark.paddedResidues(List.of(ProteinRecord.unlabelled("a", "A".repeat(1500)),
                ProteinRecord.unlabelled("b", "A".repeat(10))), 300));
    }
}
