package org.loclens.app.gui.task;

import java.util.concurrent.Callable;

/**
 * Runs every task at once on the calling thread, callbacks included (JabRef's
 * {@code CurrentThreadTaskExecutor}): ViewModel tests run without the JavaFX toolkit and need no waiting.
 * Also the "UI thread" is the caller's thread.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <V> TaskHandle execute(BackgroundTask<V> task) {
        return run(task);
    }

    @Override
    public <V> TaskHandle executeOnModel(BackgroundTask<V> task) {
        return run(task);
    }

    private <V> TaskHandle run(BackgroundTask<V> task) {
        TaskHandle handle = new TaskHandle(task.title());
        task.scheduled(handle);
        handle.setState(TaskHandle.State.RUNNING);
        Context context = new Context(handle);
        V value = null;
        Throwable error = null;
        try {
            value = task.work().run(context);
        } catch (Exception e) {
            error = e;
        }
        task.complete(handle, value, error);
        return handle;
    }

    @Override
    public void runOnUi(Runnable update) {
        update.run();
    }

    @Override
    public void close() {
    }

    private static final class Context implements TaskContext {

        private final TaskHandle handle;

        Context(TaskHandle handle) {
            this.handle = handle;
        }

        @Override
        public void updateProgress(double done, double total) {
            handle.setProgress(total <= 0 ? -1 : Math.min(1, done / total));
        }

        @Override
        public void updateMessage(String message) {
            handle.setMessage(message);
        }

        @Override
        public boolean isCancelled() {
            return handle.isCancelRequested();
        }

        @Override
        public void ui(Runnable update) {
            update.run();
        }

        @Override
        public <T> T onModel(Callable<T> call) throws Exception {
            if (handle.isCancelRequested()) {
                throw new java.util.concurrent.CancellationException();
            }
            return call.call();
        }

        @Override
        public void yieldToQueuedModelCalls() {
        }
    }
}
