/**
 * The JavaFX workbench (JabRef-style MVVM): per feature a View (FXML + controller) and a ViewModel
 * (JavaFX properties, no nodes) that owns validation and every call into {@code model}; all work off the
 * FX thread goes through {@link org.loclens.app.gui.task.TaskExecutor}.
 */
package org.loclens.app.gui;
