package org.loclens.app.gui.task;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A submitted task as the UI sees it: state, progress and message (changed on the UI thread only) and a
 * cancel request that the work polls. Cancelling never interrupts a thread: the work stops at its next
 * check, so a model file or checkpoint being written is always finished.
 */
public final class TaskHandle {

    /** Life cycle; {@link #SCHEDULED} means waiting for a thread (e.g. behind a training run). */
    public enum State { SCHEDULED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

        public boolean isDone() {
            return this == SUCCEEDED || this == FAILED || this == CANCELLED;
        }
    }

    private final String title;
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.SCHEDULED);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private volatile Throwable error;

    TaskHandle(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Asks the work to stop at its next check; a task still waiting for its thread will not run. */
    public void cancel() {
        cancel.set(true);
    }

    public boolean isCancelRequested() {
        return cancel.get();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State getState() {
        return state.get();
    }

    public boolean isDone() {
        return state.get().isDone();
    }

    /** Fraction done in [0, 1], or -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Throwable error() {
        return error;
    }

    /** Waits (off the UI thread, e.g. in tests) until the task and its callbacks have finished. */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return done.await(timeout, unit);
    }

    // UI-thread setters used by the executors

    void setState(State s) {
        state.set(s);
    }

    void setProgress(double fraction) {
        progress.set(fraction);
    }

    void setMessage(String text) {
        message.set(text == null ? "" : text);
    }

    ReadOnlyDoubleWrapper progressWrapper() {
        return progress;
    }

    ReadOnlyStringWrapper messageWrapper() {
        return message;
    }

    void finish(State s, Throwable e) {
        error = e;
        if (progress.isBound()) {
            progress.unbind();
        }
        if (message.isBound()) {
            message.unbind();
        }
        state.set(s);
    }

    void release() {
        done.countDown();
    }
}
