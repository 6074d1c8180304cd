package org.loclens.app.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loclens.app.gui.Fixtures;
import org.loclens.app.gui.task.CurrentThreadTaskExecutor;
import org.loclens.model.predict.Predictor;

class ActiveModelTest {

    @TempDir
    Path tmp;

    private static Set<Thread> predictThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("loclens-predict-"))
                .collect(Collectors.toSet());
    }

    @Test
    void aReplacedModelsWorkerThreadsEnd() throws InterruptedException {
        assumeTrue(Predictor.defaultWorkers() > 1, "one core: the predictor has no worker threads");
        ActiveModel active = new ActiveModel(new CurrentThreadTaskExecutor(),
                new AppSettings(tmp.resolve("config"), tmp.resolve("data")), new Notifications());
        Set<Thread> before = predictThreads();
        active.use(Fixtures.ensemble(), null);
        ActiveModel.Loaded first = active.get();
        // more than one batch (128 proteins at most), so that both workers start
        assertEquals(300, first.predictor().predict(Fixtures.labelled(300, 3), Predictor.Options.PROBABILITIES).size());
        Set<Thread> started = predictThreads();
        started.removeAll(before);
        assertEquals(first.predictor().workers(), started.size(), "the first model's workers: " + started);

        active.use(List.of(Fixtures.tinyModel()), null);
        assertSame(ActiveModel.Status.READY, active.getStatus());
        for (Thread t : started) {
            t.join(10_000);
            assertFalse(t.isAlive(), t.getName() + " of the replaced model still runs");
        }
        // the replaced predictor still answers a caller that kept it (a run that started before the switch)
        assertEquals(5, first.predictor().predict(Fixtures.labelled(5, 4), Predictor.Options.PROBABILITIES).size());
        first.predictor().close();
    }
}
