package org.loclens.app.gui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ModelThreadTest {

    @Test
    void shortCallsQueuedDuringALongTaskRunBetweenItsStepsOnTheSameThread() throws Exception {
        ModelThread model = new ModelThread("test-model");
        List<String> log = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch callQueued = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread[] threads = new Thread[2];
        model.task(() -> {
            threads[0] = Thread.currentThread();
            log.add("step 1");
            started.countDown();
            try {
                callQueued.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            model.runQueuedCalls(); // between minibatches
            log.add("step 2");
            done.countDown();
        });
        started.await(5, TimeUnit.SECONDS);
        model.call(() -> {
            threads[1] = Thread.currentThread();
            log.add("call");
        });
        callQueued.countDown();
        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("step 1", "call", "step 2"), log);
        assertEquals(threads[0], threads[1], "one thread for all network work");
        model.close();
    }

    @Test
    void shortCallsGoBeforeWaitingLongTasks() throws Exception {
        ModelThread model = new ModelThread("test-model");
        List<String> log = new CopyOnWriteArrayList<>();
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(3);
        model.task(() -> {
            try {
                gate.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.countDown();
        });
        model.task(() -> {
            log.add("long");
            done.countDown();
        });
        model.call(() -> {
            log.add("short");
            done.countDown();
        });
        gate.countDown();
        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("short", "long"), log);
        model.close();
    }
}
