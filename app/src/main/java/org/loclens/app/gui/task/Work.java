package org.loclens.app.gui.task;

/**
 * The body of a {@link BackgroundTask}: runs off the UI thread and reports through its context.
 *
 * @param <V> the result handed to the success callback on the UI thread
 */
@FunctionalInterface
public interface Work<V> {

    V run(TaskContext context) throws Exception;
}
