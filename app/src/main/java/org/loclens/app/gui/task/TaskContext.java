package org.loclens.app.gui.task;

import java.util.concurrent.Callable;

/**
 * What a running {@link Work} may do: report progress, poll for cancellation, hand UI updates to the UI
 * thread and run network calls on the one model thread. Model code never sees this type: the work adapts
 * the model's own listeners and {@code BooleanSupplier} cancel flags to it (PDFsam, JabRef).
 */
public interface TaskContext {

    /** Progress as done out of total; a total of zero or less means "unknown" (indeterminate bar). */
    void updateProgress(double done, double total);

    void updateMessage(String message);

    /** True once the user asked to stop; long work polls it between steps and returns early. */
    boolean isCancelled();

    /** Runs {@code update} on the UI thread, later (JavaFX) or at once (synchronous executor). */
    void ui(Runnable update);

    /**
     * Runs a short network call on the model thread and waits for its result (at once when already on it).
     *
     * @throws java.util.concurrent.CancellationException when this task is cancelled while it waits
     */
    <T> T onModel(Callable<T> call) throws Exception;

    /**
     * From a long task that itself runs on the model thread (training, held-out analysis): runs the short
     * model calls other tasks queued meanwhile, so the views stay responsive. Call it between minibatches.
     */
    void yieldToQueuedModelCalls();
}
