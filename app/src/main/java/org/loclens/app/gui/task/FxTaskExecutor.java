package org.loclens.app.gui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The JavaFX executor: each {@link BackgroundTask} becomes a {@link javafx.concurrent.Task} (which coalesces
 * progress and message updates onto the FX thread) run on a two-thread background pool or on the
 * {@link ModelThread}. Cancellation is cooperative (see {@link TaskHandle}).
 */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService background;
    private final ModelThread model;

    public FxTaskExecutor() {
        background = Executors.newFixedThreadPool(2, daemonThreads("loclens-worker-"));
        model = new ModelThread("loclens-model");
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public <V> TaskHandle execute(BackgroundTask<V> task) {
        return submit(task, background::execute);
    }

    @Override
    public <V> TaskHandle executeOnModel(BackgroundTask<V> task) {
        return submit(task, model::task);
    }

    private <V> TaskHandle submit(BackgroundTask<V> task, Consumer<Runnable> where) {
        TaskHandle handle = new TaskHandle(task.title());
        FxTask<V> fx = new FxTask<>(task, handle, this);
        task.scheduled(handle);
        runOnUi(() -> {
            handle.progressWrapper().bind(fx.progressProperty());
            handle.messageWrapper().bind(fx.messageProperty());
            fx.setOnRunning(e -> handle.setState(TaskHandle.State.RUNNING));
            fx.setOnSucceeded(e -> task.complete(handle, fx.getValue(), null));
            fx.setOnFailed(e -> task.complete(handle, null, fx.getException()));
            fx.setOnCancelled(e -> task.complete(handle, null, new CancellationException()));
            where.accept(fx);
        });
        return handle;
    }

    @Override
    public void runOnUi(Runnable update) {
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    @Override
    public void close() {
        background.shutdown();
        model.close();
    }

    <T> T onModel(Callable<T> call, TaskHandle waiting) throws Exception {
        if (model.isCurrentThread()) {
            return call.call();
        }
        FutureTask<T> future = new FutureTask<>(call);
        model.call(future);
        while (true) {
            if (waiting.isCancelRequested()) {
                future.cancel(false); // not started yet: it will not run; running: it finishes, result dropped
                throw new CancellationException();
            }
            try {
                return future.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // poll the cancel flag again
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception ex ? ex : e;
            }
        }
    }

    /** A JavaFX Task that runs the work with a context backed by the Task's own update methods. */
    private static final class FxTask<V> extends Task<V> implements TaskContext {

        private final BackgroundTask<V> task;
        private final TaskHandle handle;
        private final FxTaskExecutor executor;

        FxTask(BackgroundTask<V> task, TaskHandle handle, FxTaskExecutor executor) {
            this.task = task;
            this.handle = handle;
            this.executor = executor;
            updateTitle(task.title());
        }

        @Override
        protected V call() throws Exception {
            if (handle.isCancelRequested()) {
                return null; // cancelled while waiting for a thread: never start
            }
            return task.work().run(this);
        }

        @Override
        public void updateProgress(double done, double total) {
            if (total <= 0) {
                super.updateProgress(-1, 1);
            } else {
                super.updateProgress(Math.min(done, total), total);
            }
        }

        @Override
        public void updateMessage(String message) {
            super.updateMessage(message);
        }

        @Override
        public boolean isCancelled() {
            return handle.isCancelRequested() || super.isCancelled();
        }

        @Override
        public void ui(Runnable update) {
            Platform.runLater(update);
        }

        @Override
        public <T> T onModel(Callable<T> call) throws Exception {
            return executor.onModel(call, handle);
        }

        @Override
        public void yieldToQueuedModelCalls() {
            executor.model.runQueuedCalls();
        }
    }
}
