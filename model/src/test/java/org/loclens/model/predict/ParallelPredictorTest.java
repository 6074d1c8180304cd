package org.loclens.model.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.loclens.model.Synthetic;
import org.loclens.model.TinyModels;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.network.Architecture;

class ParallelPredictorTest {

    /** Enough proteins of mixed lengths for several batches (at most 128 proteins each). */
    private static List<ProteinRecord> proteins() {
        List<ProteinRecord> out = new ArrayList<>(Synthetic.proteins(300, 11));
        out.add(ProteinRecord.unlabelled("long", out.get(0).sequence().repeat(20)));
        return out;
    }

    @Test
    void twoWorkersGiveTheSamePredictionsInInputOrderAsOne() {
        List<TrainedModel> ensemble = List.of(TinyModels.untrained(Architecture.RLSTM, 3), TinyModels.untrained(Architecture.ALSTM, 4));
        List<ProteinRecord> proteins = proteins();
        List<Prediction> serial = new Predictor(ensemble).predict(proteins, Predictor.Options.ALL);
        List<Prediction> parallel;
        try (Predictor two = new Predictor(ensemble, 2)) {
            parallel = two.predict(proteins, Predictor.Options.ALL);
            two.predict(proteins.subList(0, 10), Predictor.Options.PROBABILITIES); // the pool is reused
        }
        assertEquals(proteins.size(), parallel.size());
        for (int i = 0; i < proteins.size(); i++) {
            Prediction a = serial.get(i);
            Prediction b = parallel.get(i);
            assertEquals(proteins.get(i).id(), b.id(), "input order");
            assertArrayEquals(a.probabilities(), b.probabilities(), 1e-6, a.id());
            assertArrayEquals(a.spread(), b.spread(), 1e-6, a.id());
            assertArrayEquals(a.attention(), b.attention(), 1e-6, a.id());
            assertArrayEquals(a.hidden(), b.hidden(), 1e-6f, a.id());
        }
    }

    @Test
    void cancellingStopsBeforeAllBatchesAndKeepsWhatIsDone() {
        List<ProteinRecord> proteins = proteins();
        AtomicInteger checks = new AtomicInteger();
        try (Predictor two = new Predictor(List.of(TinyModels.untrained(Architecture.RLSTM, 5)), 2)) {
            List<Prediction> some = two.predict(proteins, Predictor.Options.PROBABILITIES, (done, total) -> { },
                    () -> checks.incrementAndGet() > 2); // the first two batches start, the rest are cancelled
            assertTrue(some.size() > 0 && some.size() < proteins.size(), "stopped early: " + some.size());
            for (Prediction p : some) {
                assertEquals(1.0, java.util.Arrays.stream(p.probabilities()).sum(), 1e-9);
            }
        }
    }

    private static Set<Thread> predictThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("loclens-predict-")).collect(Collectors.toSet());
    }

    /** Predicts with a progress callback that records the worker threads started by this call (and may act then). */
    private static List<Thread> predictRecordingWorkers(Predictor predictor, List<ProteinRecord> proteins, Set<Thread> before,
                                                        Runnable thenDo, List<Prediction> predictions) {
        List<Thread> workers = new ArrayList<>();
        // progress runs on the caller after each batch, when every batch is already queued
        predictions.addAll(predictor.predict(proteins, Predictor.Options.PROBABILITIES, (done, total) -> {
            if (workers.isEmpty()) {
                predictThreads().stream().filter(t -> !before.contains(t)).forEach(workers::add);
                thenDo.run();
            }
        }, () -> false));
        return workers;
    }

    private static void assertAllEnd(List<Thread> threads, String message) throws InterruptedException {
        for (Thread t : threads) {
            t.join(10_000);
        }
        assertTrue(threads.stream().noneMatch(Thread::isAlive), message);
    }

    @Test
    void closingWhilePredictingFinishesTheCallAndThenEndsTheWorkers() throws InterruptedException {
        List<ProteinRecord> proteins = proteins();
        Predictor two = new Predictor(List.of(TinyModels.untrained(Architecture.RLSTM, 6)), 2);
        Set<Thread> others = predictThreads();
        List<Prediction> all = new ArrayList<>();
        List<Thread> workers = predictRecordingWorkers(two, proteins, others, two::close, all);
        assertEquals(proteins.size(), all.size(), "the queued batches still ran");
        assertEquals(2, workers.size(), "workers seen: " + workers);
        assertAllEnd(workers, "worker threads still alive after close");

        // a stream that outlives its model (the user switched models) keeps calling: each call ends its own threads
        List<Prediction> again = new ArrayList<>();
        List<Thread> later = predictRecordingWorkers(two, proteins, predictThreads(), () -> { }, again);
        assertEquals(proteins.size(), again.size(), "usable after close");
        assertEquals(2, later.size(), "workers seen after close: " + later);
        assertAllEnd(later, "a call after close left its worker threads running");
    }
}
