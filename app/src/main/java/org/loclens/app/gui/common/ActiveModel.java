package org.loclens.app.gui.common;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.loclens.app.gui.task.BackgroundTask;
import org.loclens.app.gui.task.TaskExecutor;
import org.loclens.app.gui.task.TaskHandle;
import org.loclens.model.io.BundledModels;
import org.loclens.model.io.ModelFile;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.network.Architecture;
import org.loclens.model.predict.Predictor;

/**
 * The predictor every view uses, shared by the ViewModels: the bundled default (an ensemble when it has
 * several members), a model file the user opened, or a model just trained. Also the A-LSTM whose attention
 * the views draw: the predictor's own A-LSTM member if it has one, else the bundled A-LSTM. Loading runs on
 * the model thread; the properties change on the UI thread.
 */
public final class ActiveModel {

    public enum Status { LOADING, READY, NONE, FAILED }

    /** What is loaded: the predictor, the attention model (may be null) and where it came from. */
    public record Loaded(Predictor predictor, TrainedModel attentionModel, Predictor attention, String description,
                         List<Path> files) {

        /** Lets the predictors' worker threads end once a prediction still using them is done. */
        void close() {
            predictor.close();
            if (attention != null) {
                attention.close();
            }
        }
    }

    private final TaskExecutor executor;
    private final AppSettings settings;
    private final Notifications notifications;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.NONE);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", I18n.get("model.none"));
    private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper(this, "version");

    public ActiveModel(TaskExecutor executor, AppSettings settings, Notifications notifications) {
        this.executor = executor;
        this.settings = settings;
        this.notifications = notifications;
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Status getStatus() {
        return status.get();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Loaded> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The loaded model, or null while none is. */
    public Loaded get() {
        return loaded.get();
    }

    /** Increases every time another model becomes active (caches key on it). */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** At start: the user's model files if chosen and they still load, else the bundled default, else none. */
    public TaskHandle loadAtStartup() {
        List<Path> files = settings.activeModels();
        status.set(Status.LOADING);
        statusText.set(files.isEmpty() ? I18n.get("model.loadingBundled") : I18n.get("model.loadingFile", names(files)));
        return executor.executeOnModel(BackgroundTask.of(I18n.get("model.loadingBundled"), ctx -> {
            String fileProblem = null;
            if (!files.isEmpty()) {
                try {
                    return new Result(build(load(files), files), null);
                } catch (RuntimeException e) {
                    fileProblem = e.getMessage();
                }
            }
            if (!BundledModels.available()) {
                return new Result(null, fileProblem);
            }
            return new Result(build(BundledModels.loadDefault(), List.of()), fileProblem);
        }).onSuccess(r -> {
            if (r.problem() != null) {
                notifications.error(I18n.get("model.fileFailed", r.problem()));
            }
            if (r.loaded() == null) {
                set(null, Status.NONE, I18n.get("model.none"));
            } else {
                set(r.loaded(), Status.READY, r.loaded().description());
            }
        }).onFailure(e -> {
            set(null, Status.FAILED, I18n.get("model.failed", message(e)));
            notifications.error(I18n.get("model.failed", message(e)));
        }));
    }

    private record Result(Loaded loaded, String problem) {
    }

    /** Opens model files (several make an ensemble) as the active model, remembered for the next start. */
    public TaskHandle openFiles(List<Path> files) {
        Status before = status.get();
        String textBefore = statusText.get();
        status.set(Status.LOADING);
        statusText.set(I18n.get("model.loadingFile", names(files)));
        return executor.executeOnModel(BackgroundTask.of(I18n.get("model.loadingFile", names(files)),
                ctx -> build(load(files), files))
                .onSuccess(l -> {
                    set(l, Status.READY, l.description());
                    settings.setActiveModels(files);
                    settings.save();
                    notifications.info(I18n.get("model.opened", l.description()));
                }).onFailure(e -> {
                    status.set(before);
                    statusText.set(textBefore);
                    notifications.error(message(e));
                }));
    }

    /** Goes back to the bundled default model (remembered for the next start). */
    public TaskHandle useBundled() {
        status.set(Status.LOADING);
        statusText.set(I18n.get("model.loadingBundled"));
        return executor.executeOnModel(BackgroundTask.of(I18n.get("model.loadingBundled"),
                ctx -> build(BundledModels.loadDefault(), List.of()))
                .onSuccess(l -> {
                    set(l, Status.READY, l.description());
                    settings.setActiveModels(List.of());
                    settings.save();
                }).onFailure(e -> {
                    set(null, Status.FAILED, I18n.get("model.failed", message(e)));
                    notifications.error(message(e));
                }));
    }

    /** Makes a model in memory (e.g. just trained) the active one; {@code file} is where it was saved, or null. */
    public TaskHandle use(List<TrainedModel> members, Path file) {
        List<Path> files = file == null ? List.of() : List.of(file);
        return executor.executeOnModel(BackgroundTask.of(I18n.get("model.switching"), ctx -> build(members, files))
                .onSuccess(l -> {
                    set(l, Status.READY, l.description());
                    settings.setActiveModels(files);
                    settings.save();
                }).onFailure(e -> notifications.error(message(e))));
    }

    private static List<TrainedModel> load(List<Path> files) {
        return files.stream().map(ModelFile::load).toList();
    }

    private static String names(List<Path> files) {
        return String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList());
    }

    /** Builds predictors; runs on the model thread. */
    private static Loaded build(List<TrainedModel> members, List<Path> files) {
        Predictor predictor = new Predictor(members, Predictor.defaultWorkers());
        TrainedModel attentionModel = members.stream()
                .filter(m -> m.manifest().config().architecture() == Architecture.ALSTM).findFirst()
                .orElse(null);
        if (attentionModel == null && BundledModels.available()) {
            try {
                attentionModel = BundledModels.load(Architecture.ALSTM).orElse(null);
            } catch (RuntimeException e) {
                attentionModel = null; // attention views say they need an A-LSTM
            }
        }
        Predictor attention = attentionModel == null ? null
                : predictor.hasAttention() ? predictor : Predictor.of(attentionModel);
        String name = members.size() == 1 ? members.get(0).displayName()
                : I18n.get("model.ensemble", String.join(" + ", members.stream().map(TrainedModel::displayName).toList()));
        String where = files.isEmpty() ? I18n.get("model.bundledSuffix") : names(files);
        return new Loaded(predictor, attentionModel, attention, name + " (" + where + ")", files);
    }

    private void set(Loaded l, Status s, String text) {
        Loaded before = loaded.get();
        loaded.set(l);
        if (before != null && before != l) {
            before.close();
        }
        status.set(s);
        statusText.set(text);
        version.set(version.get() + 1);
    }

    static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** A one-line reason for an exception, for notifications. */
    public static String describe(Throwable e) {
        return message(e);
    }
}
