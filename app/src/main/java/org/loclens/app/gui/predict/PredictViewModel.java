package org.loclens.app.gui.predict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.loclens.app.gui.common.ActiveModel;
import org.loclens.app.gui.common.AppContext;
import org.loclens.app.gui.common.Formats;
import org.loclens.app.gui.common.I18n;
import org.loclens.app.gui.task.BackgroundTask;
import org.loclens.app.gui.task.TaskContext;
import org.loclens.app.gui.task.TaskHandle;
import org.loclens.app.io.PredictionWriter;
import org.loclens.model.data.BadInputException;
import org.loclens.model.data.FastaReader;
import org.loclens.model.data.InputProblem;
import org.loclens.model.data.Location;
import org.loclens.model.data.MultiLoc;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.data.SignalAnnotation;
import org.loclens.model.predict.Prediction;
import org.loclens.model.predict.Predictor;

/**
 * The Predict view's state and actions: FASTA sources stream through the active predictor in growing
 * chunks (each chunk one short call on the model thread), rows are appended on the UI thread chunk by
 * chunk, bad files and skipped records become messages, and the table can be filtered, searched and
 * exported with the {@code predict} command's columns.
 */
public final class PredictViewModel {

    /** First chunk small so rows appear at once; then doubling up to {@link #MAX_CHUNK} for batching efficiency. */
    static final int FIRST_CHUNK = 16;
    static final int MAX_CHUNK = 256;
    /** Caps a chunk of long proteins so that one model call stays near a second. */
    static final long MAX_CHUNK_RESIDUES = 100_000;

    private final AppContext context;
    private final ObservableList<PredictionRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PredictionRow> visible = new FilteredList<>(rows);
    private final ObjectProperty<Location> locationFilter = new SimpleObjectProperty<>(this, "locationFilter");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty flaggedOnly = new SimpleBooleanProperty(this, "flaggedOnly");
    private final ObservableList<InputProblem> skipped = FXCollections.observableArrayList();
    private final ObservableList<String> fileProblems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Deque<FastaSource> pending = new ArrayDeque<>();
    private TaskHandle current;

    public PredictViewModel(AppContext context) {
        this.context = context;
        locationFilter.addListener((o, a, b) -> refilter());
        search.addListener((o, a, b) -> refilter());
        flaggedOnly.addListener((o, a, b) -> refilter());
        rows.addListener((ListChangeListener<PredictionRow>) c -> updateSummary());
        visible.addListener((ListChangeListener<PredictionRow>) c -> updateSummary());
        skipped.addListener((ListChangeListener<InputProblem>) c -> updateSummary());
        context.activeModel().statusProperty().addListener((o, a, s) -> {
            if (s == ActiveModel.Status.READY) {
                startNext();
            } else if (s != ActiveModel.Status.LOADING && !pending.isEmpty()) {
                pending.clear();
                context.notifications().warning(I18n.get("predict.noModel"));
            }
        });
        updateSummary();
    }

    // ---- properties the view binds to

    /** Every row predicted so far, in file order. */
    public ObservableList<PredictionRow> rows() {
        return rows;
    }

    /** The rows passing the location filter, the id search and the flagged-only switch. */
    public ObservableList<PredictionRow> visibleRows() {
        return visible;
    }

    public ObjectProperty<Location> locationFilterProperty() {
        return locationFilter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty flaggedOnlyProperty() {
        return flaggedOnly;
    }

    /** Records that were skipped, with reasons. */
    public ObservableList<InputProblem> skipped() {
        return skipped;
    }

    /** One line per file that could not be used at all, naming the file and the problem. */
    public ObservableList<String> fileProblems() {
        return fileProblems;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction of the bytes read, -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "1,024 proteins predicted from human.fasta · ETA 2 min 10 s". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** "1,024 proteins · 980 shown · 31 flagged · 2 skipped". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    // ---- actions

    public void predictFiles(List<Path> files) {
        predict(files.stream().map(FastaSource::of).toList());
    }

    public void predictText(String fasta) {
        predict(List.of(FastaSource.ofText(I18n.get("predict.pasted"), fasta)));
    }

    /** The bundled sample FASTA; until a build ships one, twelve held-out MultiLoc proteins, one per class. */
    public void openSample() {
        if (PredictViewModel.class.getResource(MultiLoc.SAMPLE_RESOURCE) != null) {
            predict(List.of(FastaSource.ofResource("sample.fasta", MultiLoc.SAMPLE_RESOURCE)));
        } else {
            predict(List.of(new FastaSource(I18n.get("predict.sampleName")) {
                @Override
                public long size() {
                    return 0;
                }

                @Override
                public InputStream open(AtomicLong read) {
                    return new FastaSource.Counting(new java.io.ByteArrayInputStream(
                            sampleFasta(MultiLoc.test()).getBytes(StandardCharsets.US_ASCII)), read);
                }
            }));
        }
    }

    /** Twelve proteins: the first held-out protein of each class, then the next of the largest class. */
    static String sampleFasta(List<ProteinRecord> heldOut) {
        List<ProteinRecord> pick = new ArrayList<>();
        for (Location l : Location.values()) {
            heldOut.stream().filter(r -> r.location().orElse(null) == l).findFirst().ifPresent(pick::add);
        }
        heldOut.stream().filter(r -> !pick.contains(r)).findFirst().ifPresent(pick::add);
        StringBuilder s = new StringBuilder();
        for (ProteinRecord r : pick) {
            s.append('>').append(r.id());
            r.location().ifPresent(l -> s.append(' ').append(l.label()));
            r.signal().ifPresent(a -> s.append(' ').append(headerForm(a)));
            s.append('\n');
            for (int i = 0; i < r.sequence().length(); i += 60) {
                s.append(r.sequence(), i, Math.min(r.sequence().length(), i + 60)).append('\n');
            }
        }
        return s.toString();
    }

    private static String headerForm(SignalAnnotation a) {
        return a.type() == SignalAnnotation.Type.SA ? "SA " + a.start() + " " + a.end() : a.type().label() + " " + a.end();
    }

    /** Queues sources; they run one batch at a time as soon as a model is ready. */
    public void predict(List<FastaSource> sources) {
        if (sources.isEmpty()) {
            return;
        }
        ActiveModel.Status s = context.activeModel().getStatus();
        if (s != ActiveModel.Status.READY && s != ActiveModel.Status.LOADING) {
            context.notifications().warning(I18n.get("predict.noModel"));
            return;
        }
        pending.addAll(sources);
        if (s == ActiveModel.Status.LOADING) {
            progressText.set(I18n.get("predict.waitingForModel"));
            return;
        }
        startNext();
    }

    public void cancel() {
        pending.clear();
        if (current != null) {
            current.cancel();
        }
    }

    /** Removes all rows and messages (a running prediction is cancelled first). */
    public void clear() {
        cancel();
        rows.clear();
        skipped.clear();
        fileProblems.clear();
        progressText.set("");
        progress.set(0);
    }

    private void startNext() {
        if (current != null || pending.isEmpty() || context.activeModel().get() == null) {
            return;
        }
        List<FastaSource> batch = new ArrayList<>(pending);
        pending.clear();
        Predictor predictor = context.activeModel().get().predictor();
        running.set(true);
        progress.set(-1);
        context.executor().execute(BackgroundTask.of(I18n.get("predict.task"), c -> run(c, batch, predictor))
                .onScheduled(h -> {
                    current = h;
                    progress.bind(h.progressProperty());
                })
                .onSuccess(n -> progressText.set(I18n.get("predict.done", n)))
                .onCancelled(() -> progressText.set(I18n.get("predict.cancelled", rows.size())))
                .onFailure(e -> {
                    progressText.set("");
                    context.notifications().error(ActiveModel.describe(e));
                })
                .onFinished(this::finished));
    }

    private void finished() {
        if (progress.isBound()) {
            progress.unbind();
        }
        progress.set(0);
        current = null;
        running.set(false);
        startNext();
    }

    /** The work: runs on a background thread; network calls on the model thread; rows handed to the UI thread. */
    private long run(TaskContext c, List<FastaSource> sources, Predictor predictor) throws Exception {
        AtomicLong read = new AtomicLong();
        long total = sources.stream().mapToLong(FastaSource::size).sum();
        long t0 = System.nanoTime();
        long predicted = 0;
        for (FastaSource source : sources) {
            if (c.isCancelled()) {
                break;
            }
            List<InputProblem> problems = new ArrayList<>();
            List<InputProblem> allProblems = new ArrayList<>();
            long before = predicted;
            try (FastaReader reader = FastaReader.open(source.name(), source.open(read), problems::add)) {
                int chunkSize = FIRST_CHUNK;
                while (!c.isCancelled()) {
                    List<ProteinRecord> chunk = new ArrayList<>(chunkSize);
                    long residues = 0;
                    for (ProteinRecord r; chunk.size() < chunkSize && residues < MAX_CHUNK_RESIDUES
                            && (r = reader.next()) != null; ) {
                        chunk.add(r);
                        residues += Math.min(r.length(), 1000);
                    }
                    List<InputProblem> newProblems = List.copyOf(problems);
                    allProblems.addAll(newProblems);
                    problems.clear();
                    if (chunk.isEmpty()) {
                        if (!newProblems.isEmpty()) {
                            c.ui(() -> skipped.addAll(newProblems));
                        }
                        break;
                    }
                    List<Prediction> predictions = c.onModel(
                            () -> predictor.predict(chunk, Predictor.Options.PROBABILITIES, (d, t) -> { }, c::isCancelled));
                    List<PredictionRow> newRows = join(chunk, predictions, source.name());
                    c.ui(() -> {
                        rows.addAll(newRows);
                        skipped.addAll(newProblems);
                    });
                    predicted += newRows.size();
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    double fraction = total > 0 ? Math.min(1, read.get() / (double) total) : -1;
                    c.updateProgress(fraction, fraction < 0 ? -1 : 1);
                    c.updateMessage(I18n.get("predict.progress", predicted, source.name(),
                            Formats.duration(Formats.eta(fraction, seconds))));
                    chunkSize = Math.min(chunkSize * 2, MAX_CHUNK);
                }
            } catch (BadInputException e) {
                String text = e.getMessage();
                c.ui(() -> fileProblem(text));
                continue;
            } catch (UncheckedIOException | IllegalStateException e) {
                String text = source.name() + ": " + ActiveModel.describe(e);
                c.ui(() -> fileProblem(text));
                continue;
            }
            if (predicted == before && !c.isCancelled()) {
                String text = source.name() + ": " + noRecordsReason(allProblems);
                c.ui(() -> fileProblem(text));
            }
        }
        return predicted;
    }

    /** Predictions come back in input order, minus any the cancel flag stopped: match them by id. */
    private static List<PredictionRow> join(List<ProteinRecord> chunk, List<Prediction> predictions, String source) {
        Map<String, Prediction> byId = new HashMap<>();
        predictions.forEach(p -> byId.put(p.id(), p));
        List<PredictionRow> out = new ArrayList<>(predictions.size());
        for (ProteinRecord r : chunk) {
            Prediction p = byId.get(r.id());
            if (p != null) {
                out.add(new PredictionRow(r, p, source));
            }
        }
        return out;
    }

    private void fileProblem(String text) {
        fileProblems.add(text);
        context.notifications().error(text);
    }

    static String noRecordsReason(List<InputProblem> problems) {
        if (problems.isEmpty()) {
            return I18n.get("predict.noRecords");
        }
        if (problems.stream().allMatch(p -> p.reason().contains("nucleotide"))) {
            return I18n.get("predict.nucleotide");
        }
        return I18n.get("predict.allSkipped", problems.size(), problems.get(0).reason());
    }

    private void refilter() {
        Location l = locationFilter.get();
        String q = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        boolean flagged = flaggedOnly.get();
        Predicate<PredictionRow> p = r -> (l == null || r.location() == l)
                && (q.isEmpty() || r.id().toLowerCase(Locale.ROOT).contains(q))
                && (!flagged || r.flagged());
        visible.setPredicate(l == null && q.isEmpty() && !flagged ? null : p);
    }

    private void updateSummary() {
        long flagged = rows.stream().filter(PredictionRow::flagged).count();
        summary.set(I18n.get("predict.summary", rows.size(), visible.size(), flagged, skipped.size()));
    }

    // ---- export

    /** The export format named by a file's extension: .csv, .json, else TSV. */
    public static PredictionWriter.Format formatOf(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            return PredictionWriter.Format.CSV;
        }
        if (n.endsWith(".json")) {
            return PredictionWriter.Format.JSON;
        }
        return PredictionWriter.Format.TSV;
    }

    /** Writes {@code which} (e.g. the visible rows in table order) to {@code file}, atomically, on a background thread. */
    public TaskHandle export(Path file, List<PredictionRow> which) {
        List<Prediction> predictions = which.stream().map(PredictionRow::prediction).toList();
        PredictionWriter.Format format = formatOf(file);
        return context.executor().execute(BackgroundTask.of(I18n.get("predict.exporting"), c -> {
            write(predictions, file, format);
            return predictions.size();
        }).onSuccess(n -> context.notifications().info(I18n.get("predict.exported", n, file.getFileName())))
                .onFailure(e -> context.notifications().error(file + ": " + ActiveModel.describe(e))));
    }

    static void write(List<Prediction> predictions, Path file, PredictionWriter.Format format) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // not Files.createTempFile: its owner-only permissions would stay on the exported table
        Path tmp = dir.resolve("." + file.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 PredictionWriter out = new PredictionWriter(w, format)) {
                for (Prediction p : predictions) {
                    out.write(p);
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
