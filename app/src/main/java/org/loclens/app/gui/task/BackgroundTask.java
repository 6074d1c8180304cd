package org.loclens.app.gui.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A unit of work plus what to do with its outcome on the UI thread (JabRef's {@code BackgroundTask}).
 * The callbacks run on the UI thread in this order: exactly one of success, failure or cancelled, then
 * {@code finished}. A cancelled task's result is dropped.
 *
 * @param <V> result type
 */
public final class BackgroundTask<V> {

    private final String title;
    private final Work<V> work;
    private Consumer<? super V> onSuccess = v -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };
    private Consumer<TaskHandle> onScheduled = h -> { };

    private BackgroundTask(String title, Work<V> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <V> BackgroundTask<V> of(String title, Work<V> work) {
        return new BackgroundTask<>(title, work);
    }

    public String title() {
        return title;
    }

    public Work<V> work() {
        return work;
    }

    public BackgroundTask<V> onSuccess(Consumer<? super V> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<V> onFailure(Consumer<Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<V> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    /**
     * Called on the submitting (UI) thread with the task's handle before any work runs, so a ViewModel can
     * keep the handle (to cancel it, to bind progress) even when the executor runs the work synchronously.
     */
    public BackgroundTask<V> onScheduled(Consumer<TaskHandle> callback) {
        this.onScheduled = Objects.requireNonNull(callback);
        return this;
    }

    void scheduled(TaskHandle handle) {
        onScheduled.accept(handle);
    }

    public BackgroundTask<V> onFinished(Runnable callback) {
        this.onFinished = Objects.requireNonNull(callback);
        return this;
    }

    /** Called by executors on the UI thread. */
    void complete(TaskHandle handle, V value, Throwable error) {
        try {
            if (handle.isCancelRequested() && (error == null || error instanceof java.util.concurrent.CancellationException)) {
                onCancelled.run();
                handle.finish(TaskHandle.State.CANCELLED, null);
            } else if (error != null) {
                onFailure.accept(error);
                handle.finish(TaskHandle.State.FAILED, error);
            } else {
                onSuccess.accept(value);
                handle.finish(TaskHandle.State.SUCCEEDED, null);
            }
        } finally {
            onFinished.run();
            handle.release();
        }
    }
}
