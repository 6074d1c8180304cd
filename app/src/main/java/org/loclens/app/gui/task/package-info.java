/**
 * The workbench's threads: {@link org.loclens.app.gui.task.TaskExecutor} with a JavaFX implementation
 * (background pool plus the one {@link org.loclens.app.gui.task.ModelThread}) and a synchronous one for
 * ViewModel tests. See docs/decisions/0005-gui-threads.md.
 */
package org.loclens.app.gui.task;
