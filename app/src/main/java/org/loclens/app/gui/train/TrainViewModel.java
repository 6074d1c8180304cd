package org.loclens.app.gui.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loclens.app.figures.Figures;
import org.loclens.app.gui.common.ActiveModel;
import org.loclens.app.gui.common.AppContext;
import org.loclens.app.gui.common.Formats;
import org.loclens.app.gui.common.I18n;
import org.loclens.app.gui.task.BackgroundTask;
import org.loclens.app.gui.task.TaskContext;
import org.loclens.app.gui.task.TaskHandle;
import org.loclens.model.analysis.Evaluation;
import org.loclens.model.data.FastaReader;
import org.loclens.model.data.InputProblem;
import org.loclens.model.data.MultiLoc;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.io.EpochStats;
import org.loclens.model.io.ModelFile;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.network.Architecture;
import org.loclens.model.network.NetworkConfig;
import org.loclens.model.predict.Prediction;
import org.loclens.model.predict.Predictor;
import org.loclens.model.train.Trainer;
import org.loclens.model.train.TrainerState;
import org.loclens.model.train.TrainingListener;
import org.loclens.model.train.TrainingOptions;
import org.loclens.model.train.TrainingResult;
import org.loclens.viz.Figure;

/**
 * The Train view: trains one network with {@link Trainer} on the model thread, adapting its listener to
 * progress, messages and chart points; checkpoints every epoch into the app's data folder so Resume
 * continues a cancelled run; evaluates the kept model on the held-out MultiLoc proteins; saves it
 * (atomically) or makes it the active model.
 */
public final class TrainViewModel {

    public enum DataChoice { MULTILOC, FILE }

    /** One minibatch loss, x in epochs (epoch 1 batch 1 of 10 = 0.1). */
    public record LossPoint(double epoch, double loss) {
    }

    private final AppContext context;
    private final Supplier<List<ProteinRecord>> multiLocTraining;
    private final Supplier<List<ProteinRecord>> heldOut;
    private final UnaryOperator<NetworkConfig> configTweak;

    private final ObjectProperty<DataChoice> data = new SimpleObjectProperty<>(this, "data", DataChoice.MULTILOC);
    private final ObjectProperty<Path> dataFile = new SimpleObjectProperty<>(this, "dataFile");
    private final ObjectProperty<Architecture> architecture = new SimpleObjectProperty<>(this, "architecture", Architecture.ALSTM);
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs", 40);
    private final IntegerProperty units = new SimpleIntegerProperty(this, "units", 100);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize", 64);
    private final BooleanProperty evaluate = new SimpleBooleanProperty(this, "evaluate", true);

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper canResume = new ReadOnlyBooleanWrapper(this, "canResume");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper checkpointNote = new ReadOnlyStringWrapper(this, "checkpointNote", "");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper(this, "resultText", "");
    private final ReadOnlyObjectWrapper<TrainedModel> trained = new ReadOnlyObjectWrapper<>(this, "trained");
    private final ReadOnlyObjectWrapper<Path> savedTo = new ReadOnlyObjectWrapper<>(this, "savedTo");
    private final ReadOnlyObjectWrapper<Figure> confusion = new ReadOnlyObjectWrapper<>(this, "confusion");
    private final ReadOnlyObjectWrapper<Figure> curves = new ReadOnlyObjectWrapper<>(this, "curves");
    private final ObservableList<LossPoint> batchLoss = FXCollections.observableArrayList();
    private final ObservableList<EpochStats> history = FXCollections.observableArrayList();
    private TaskHandle current;
    private TaskHandle saving;
    /** Stop request of the running training: a cancelled run still returns what it kept, so not the handle's cancel. */
    private final java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();

    public TrainViewModel(AppContext context) {
        this(context, MultiLoc::training, MultiLoc::test, UnaryOperator.identity());
    }

    /**
     * @param multiLocTraining the MultiLoc training split (tests pass a few proteins)
     * @param heldOut          labelled proteins the finished model is evaluated on
     * @param configTweak      applied to the network settings (tests shrink the network)
     */
    public TrainViewModel(AppContext context, Supplier<List<ProteinRecord>> multiLocTraining,
                          Supplier<List<ProteinRecord>> heldOut, UnaryOperator<NetworkConfig> configTweak) {
        this.context = context;
        this.multiLocTraining = multiLocTraining;
        this.heldOut = heldOut;
        this.configTweak = configTweak;
        architecture.addListener((o, a, b) -> refreshCheckpoint());
        units.addListener((o, a, b) -> refreshCheckpoint());
        refreshCheckpoint();
    }

    // ---- inputs

    public ObjectProperty<DataChoice> dataProperty() {
        return data;
    }

    public ObjectProperty<Path> dataFileProperty() {
        return dataFile;
    }

    public ObjectProperty<Architecture> architectureProperty() {
        return architecture;
    }

    public IntegerProperty epochsProperty() {
        return epochs;
    }

    public IntegerProperty unitsProperty() {
        return units;
    }

    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    public BooleanProperty evaluateProperty() {
        return evaluate;
    }

    // ---- outputs

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canResumeProperty() {
        return canResume.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "A checkpoint after epoch 3 exists: Resume continues it." */
    public ReadOnlyStringProperty checkpointNoteProperty() {
        return checkpointNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }

    /** The model kept by the last run (best validation accuracy), or null. */
    public ReadOnlyObjectProperty<TrainedModel> trainedProperty() {
        return trained.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> savedToProperty() {
        return savedTo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> confusionProperty() {
        return confusion.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> curvesProperty() {
        return curves.getReadOnlyProperty();
    }

    public ObservableList<LossPoint> batchLoss() {
        return batchLoss;
    }

    public ObservableList<EpochStats> history() {
        return history;
    }

    /** True while training, evaluating or saving: closing the window must wait. */
    public boolean isBusy() {
        return current != null || saving != null;
    }

    // ---- checkpoints

    /** One checkpoint folder per architecture and size, in the app's data folder. */
    public Path checkpointDir() {
        return context.settings().checkpointsDir().resolve(
                architecture.get().name().toLowerCase(Locale.ROOT) + "-" + units.get() + "u");
    }

    /** Epochs finished in the checkpoint, 0 when there is none. */
    public int checkpointEpochs() {
        Path state = checkpointDir().resolve(Trainer.STATE);
        if (!Files.exists(state) || !Files.exists(checkpointDir().resolve(Trainer.LAST))) {
            return 0;
        }
        try {
            return ModelFile.json().readValue(state.toFile(), TrainerState.class).epochsDone();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    public void refreshCheckpoint() {
        int done = checkpointEpochs();
        canResume.set(done > 0 && current == null);
        checkpointNote.set(done > 0 ? I18n.get("train.checkpoint", done, checkpointDir()) : "");
    }

    // ---- actions

    /** Why training cannot start with these inputs, or null. */
    public String validate() {
        if (epochs.get() < 1 || units.get() < 1 || batchSize.get() < 1) {
            return I18n.get("train.badNumbers");
        }
        if (data.get() == DataChoice.FILE && dataFile.get() == null) {
            return I18n.get("train.chooseFile");
        }
        return null;
    }

    /** Starts a fresh run (an existing checkpoint of these settings is discarded). */
    public TaskHandle start() {
        return launch(false);
    }

    /** Continues the checkpoint of these settings after its last finished epoch. */
    public TaskHandle resume() {
        return launch(true);
    }

    /** Stops after the current minibatch; the epochs finished so far stay in the checkpoint and the result. */
    public void cancel() {
        if (current != null) {
            stop.set(true);
            message.set(I18n.get("train.stopping"));
        }
    }

    private TaskHandle launch(boolean resume) {
        String problem = validate();
        if (problem != null) {
            context.notifications().warning(problem);
            return null;
        }
        if (current != null) {
            return current;
        }
        NetworkConfig config = configTweak.apply(NetworkConfig.defaults(architecture.get()).withLstmUnits(units.get()));
        Path dir = checkpointDir();
        TrainingOptions options = TrainingOptions.defaults(config).withEpochs(epochs.get()).withBatchSize(batchSize.get())
                .withCheckpointDir(dir);
        DataChoice choice = data.get();
        Path file = dataFile.get();
        boolean evaluateAfter = evaluate.get();
        if (!resume) {
            batchLoss.clear();
            history.clear();
        }
        trained.set(null);
        savedTo.set(null);
        confusion.set(null);
        curves.set(null);
        resultText.set("");
        running.set(true);
        canResume.set(false);
        progress.set(-1);
        message.set(I18n.get("train.queued"));
        stop.set(false);
        return context.executor().executeOnModel(BackgroundTask.of(I18n.get("train.task"),
                        c -> train(c, options, choice, file, resume, evaluateAfter))
                .onScheduled(h -> {
                    current = h;
                    progress.bind(h.progressProperty());
                    h.messageProperty().addListener((o, a, b) -> {
                        if (current == h && !b.isEmpty()) {
                            message.set(b);
                        }
                    });
                })
                .onSuccess(o -> {
                    if (o == null) {
                        message.set(I18n.get("train.cancelledEarly"));
                    } else {
                        finishedRun(o);
                    }
                })
                .onCancelled(() -> message.set(I18n.get("train.cancelledEarly")))
                .onFailure(e -> {
                    message.set(ActiveModel.describe(e));
                    context.notifications().error(I18n.get("train.failed", ActiveModel.describe(e)));
                })
                .onFinished(() -> {
                    if (progress.isBound()) {
                        progress.unbind();
                    }
                    current = null;
                    running.set(false);
                    refreshCheckpoint();
                }));
    }

    /** What a run hands back to the UI thread. */
    private record Outcome(TrainingResult result, Evaluation evaluation, List<String> notes) {
    }

    /** On the model thread. */
    private Outcome train(TaskContext c, TrainingOptions options, DataChoice choice, Path file, boolean resume,
                          boolean evaluateAfter) throws Exception {
        List<String> notes = new ArrayList<>();
        java.util.function.BooleanSupplier cancelled = () -> stop.get() || c.isCancelled();
        if (cancelled.getAsBoolean()) {
            return null; // stopped while waiting for the model thread
        }
        c.updateMessage(I18n.get("train.loading"));
        List<ProteinRecord> records = loadData(choice, file, notes);
        if (!resume) {
            for (String f : List.of(Trainer.LAST, Trainer.BEST, Trainer.STATE)) {
                Files.deleteIfExists(options.checkpointDir().resolve(f));
            }
        }
        long t0 = System.nanoTime();
        int[] plan = new int[2]; // batches per epoch, first epoch of this call
        TrainingListener listener = new TrainingListener() {
            @Override
            public void started(int firstEpoch, int maxEpochs, int batchesPerEpoch, int trainProteins, int validationProteins) {
                plan[0] = batchesPerEpoch;
                plan[1] = firstEpoch;
                c.updateMessage(I18n.get("train.started", trainProteins, validationProteins, firstEpoch, maxEpochs));
            }

            @Override
            public void batchDone(int epoch, int batch, int batches, double loss, double eta) {
                long doneBatches = (long) (epoch - 1) * batches + batch;
                c.updateProgress(doneBatches, (long) options.maxEpochs() * batches);
                c.updateMessage(I18n.get("train.progress", epoch, options.maxEpochs(), batch, batches,
                        Formats.decimal(loss, 3), Formats.duration(eta)));
                LossPoint p = new LossPoint(epoch - 1 + batch / (double) batches, loss);
                if (Double.isFinite(loss)) {
                    c.ui(() -> batchLoss.add(p));
                }
                c.yieldToQueuedModelCalls();
            }

            @Override
            public void epochDone(EpochStats stats, boolean best) {
                c.ui(() -> history.add(stats));
            }

            @Override
            public void message(String text) {
                synchronized (notes) {
                    notes.add(text);
                }
            }
        };
        TrainingResult result = new Trainer(options, listener).train(records, resume, cancelled);
        Evaluation evaluation = null;
        if (result.best() != null && evaluateAfter && !result.cancelled()) {
            List<ProteinRecord> test = heldOut.get();
            c.updateMessage(I18n.get("train.evaluating", test.size()));
            List<Prediction> predictions = Predictor.of(result.best()).predict(test, Predictor.Options.PROBABILITIES,
                    (d, t) -> {
                        c.updateProgress(d, t);
                        c.yieldToQueuedModelCalls();
                    }, cancelled);
            if (predictions.size() == test.size()) {
                evaluation = Evaluation.of(result.best().displayName(), test, predictions);
            }
        }
        return new Outcome(result, evaluation, notes);
    }

    private List<ProteinRecord> loadData(DataChoice choice, Path file, List<String> notes) {
        if (choice == DataChoice.MULTILOC) {
            return multiLocTraining.get();
        }
        List<InputProblem> problems = new ArrayList<>();
        List<ProteinRecord> records = FastaReader.readAll(file, problems::add);
        if (!problems.isEmpty()) {
            notes.add(I18n.get("train.skipped", problems.size(), problems.get(0)));
        }
        List<ProteinRecord> unlabelled = records.stream().filter(r -> r.location().isEmpty()).toList();
        if (!unlabelled.isEmpty()) {
            throw new IllegalArgumentException(I18n.get("train.unlabelled", file.getFileName(), unlabelled.size(),
                    unlabelled.get(0).id()));
        }
        if (records.size() < 10) {
            throw new IllegalArgumentException(I18n.get("train.tooFew", file.getFileName(), records.size()));
        }
        return records;
    }

    private void finishedRun(Outcome o) {
        TrainingResult r = o.result();
        trained.set(r.best());
        if (!r.history().isEmpty()) {
            curves.set(Figures.curves(r.history()));
            history.setAll(r.history());
        }
        StringBuilder text = new StringBuilder(r.cancelled() ? I18n.get("train.cancelled", r.stopReason())
                : I18n.get("train.stopped", r.stopReason()));
        if (r.best() != null) {
            int bestEpoch = r.best().manifest().training().bestEpoch();
            text.append('\n').append(I18n.get("train.kept", bestEpoch,
                    Formats.percent(r.best().manifest().metrics().getOrDefault("validationAccuracy", Double.NaN))));
        } else {
            text.append('\n').append(I18n.get("train.nothingKept"));
        }
        if (o.evaluation() != null) {
            Evaluation e = o.evaluation();
            double[] ci = e.confusion().accuracyInterval95();
            text.append('\n').append(I18n.get("train.heldOut", Formats.percent(e.confusion().accuracy()),
                    Formats.percent(ci[0]), Formats.percent(ci[1]), e.proteins()));
            confusion.set(Figures.confusion(e.confusion()));
        }
        // the trainer's closing "stopped: ..." note repeats the first line
        o.notes().stream().filter(n -> !n.startsWith("stopped:")).forEach(n -> text.append('\n').append(n));
        resultText.set(text.toString());
        message.set(r.cancelled() ? I18n.get("train.cancelledShort") : I18n.get("train.done"));
    }

    /** Writes the kept model to {@code file} (atomically, on the model thread). */
    public TaskHandle saveAs(Path file) {
        TrainedModel m = trained.get();
        if (m == null || saving != null) {
            return null;
        }
        return context.executor().execute(BackgroundTask.of(I18n.get("train.saving"), c -> c.onModel(() -> {
            ModelFile.save(m, file);
            return file;
        })).onScheduled(h -> saving = h).onSuccess(f -> {
            savedTo.set(f);
            context.settings().rememberFolder(f);
            context.notifications().info(I18n.get("train.saved", f));
        }).onFailure(e -> context.notifications().error(file + ": " + ActiveModel.describe(e)))
                .onFinished(() -> saving = null));
    }

    /** Makes the kept model the predictor of every view. */
    public TaskHandle useAsActive() {
        TrainedModel m = trained.get();
        if (m == null) {
            return null;
        }
        return context.activeModel().use(List.of(m), savedTo.get());
    }

    /** Handle of the running training, or null (closing the window waits for it). */
    public TaskHandle current() {
        return current != null ? current : saving;
    }
}
