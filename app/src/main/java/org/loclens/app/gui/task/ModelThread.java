package org.loclens.app.gui.task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.RejectedExecutionException;

/**
 * The one thread that touches networks. Two queues: short calls (predict a chunk, one protein's attention,
 * save a model) run before long tasks (training, held-out analysis, model loading), and a long task can let
 * waiting short calls run between its steps ({@link #runQueuedCalls()}), so selecting a protein during a
 * training run still shows its attention within a second, and all network work stays on this one thread.
 */
public final class ModelThread {

    private final Object lock = new Object();
    private final Deque<Runnable> calls = new ArrayDeque<>();
    private final Deque<Runnable> tasks = new ArrayDeque<>();
    private final Thread thread;
    private boolean closed;
    private int inlineDepth;

    public ModelThread(String name) {
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a short call. */
    public void call(Runnable r) {
        enqueue(calls, r);
    }

    /** Queues a long task. */
    public void task(Runnable r) {
        enqueue(tasks, r);
    }

    private void enqueue(Deque<Runnable> q, Runnable r) {
        synchronized (lock) {
            if (closed) {
                throw new RejectedExecutionException("the model thread has stopped");
            }
            q.addLast(r);
            lock.notifyAll();
        }
    }

    public boolean isCurrentThread() {
        return Thread.currentThread() == thread;
    }

    /** From a long task on this thread: runs the short calls queued so far, then returns. */
    public void runQueuedCalls() {
        if (!isCurrentThread() || inlineDepth > 0) {
            return;
        }
        inlineDepth++;
        try {
            for (Runnable r; (r = poll(calls)) != null; ) {
                runSafely(r);
            }
        } finally {
            inlineDepth--;
        }
    }

    private Runnable poll(Deque<Runnable> q) {
        synchronized (lock) {
            return q.pollFirst();
        }
    }

    private void loop() {
        while (true) {
            Runnable next;
            synchronized (lock) {
                while (calls.isEmpty() && tasks.isEmpty() && !closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (calls.isEmpty() && tasks.isEmpty()) {
                    return; // closed and drained
                }
                next = !calls.isEmpty() ? calls.pollFirst() : tasks.pollFirst();
            }
            runSafely(next);
        }
    }

    private static void runSafely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException | Error e) {
            // FutureTasks keep their own exceptions; anything else must not kill the model thread
            Thread t = Thread.currentThread();
            t.getUncaughtExceptionHandler().uncaughtException(t, e);
        }
    }

    /** Stops taking work; what is queued still runs. */
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }
}
