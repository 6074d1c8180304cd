package org.loclens.app.gui.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.loclens.app.gui.task.TaskExecutor;

/**
 * The services the views share, made once by the application and handed to each View and ViewModel:
 * threads, settings, messages, dialogs, the active model, and the two cross-view links (proteins selected
 * in the Predict table, requests to show a protein).
 */
public final class AppContext {

    private final TaskExecutor executor;
    private final AppSettings settings;
    private final Notifications notifications;
    private final DialogService dialogs;
    private final ActiveModel activeModel;
    private final ObservableSet<String> selectedIds = FXCollections.observableSet();
    private final List<Consumer<ProteinRequest>> proteinListeners = new CopyOnWriteArrayList<>();

    public AppContext(TaskExecutor executor, AppSettings settings, Notifications notifications, DialogService dialogs) {
        this.executor = executor;
        this.settings = settings;
        this.notifications = notifications;
        this.dialogs = dialogs;
        this.activeModel = new ActiveModel(executor, settings, notifications);
    }

    public TaskExecutor executor() {
        return executor;
    }

    public AppSettings settings() {
        return settings;
    }

    public Notifications notifications() {
        return notifications;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public ActiveModel activeModel() {
        return activeModel;
    }

    /** Ids of the proteins selected in the Predict table (highlighted in the t-SNE when they are MultiLoc's). */
    public ObservableSet<String> selectedIds() {
        return selectedIds;
    }

    public void showProtein(ProteinRequest request) {
        proteinListeners.forEach(l -> l.accept(request));
    }

    public void onShowProtein(Consumer<ProteinRequest> listener) {
        proteinListeners.add(listener);
    }
}
