package org.loclens.app.gui.task;

/**
 * The app's threads (PDFsam {@code TaskExecutionController}, JabRef {@code TaskExecutor}): a small pool for
 * parsing, export and other background work, and one model thread on which every network call runs, since
 * DL4J networks and LocLens predictors are not thread-safe. ViewModels only submit {@link BackgroundTask}s;
 * tests use {@link CurrentThreadTaskExecutor} and run everything synchronously without the toolkit.
 */
public interface TaskExecutor extends AutoCloseable {

    /** Runs the task on the background pool; its network calls go through {@link TaskContext#onModel}. */
    <V> TaskHandle execute(BackgroundTask<V> task);

    /**
     * Runs a long task (training, held-out analysis, model loading) on the model thread itself. Such tasks
     * wait behind each other; short calls from other tasks still run between their steps when they call
     * {@link TaskContext#yieldToQueuedModelCalls()}.
     */
    <V> TaskHandle executeOnModel(BackgroundTask<V> task);

    /** Runs {@code update} on the UI thread (at once in the synchronous executor). */
    void runOnUi(Runnable update);

    /** Stops accepting tasks; running work is not interrupted. */
    @Override
    void close();
}
