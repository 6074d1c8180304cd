package org.loclens.app.gui.protein;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.loclens.app.figures.Figures;
import org.loclens.app.gui.common.ActiveModel;
import org.loclens.app.gui.common.AppContext;
import org.loclens.app.gui.common.Formats;
import org.loclens.app.gui.common.I18n;
import org.loclens.app.gui.common.ProteinRequest;
import org.loclens.app.gui.task.BackgroundTask;
import org.loclens.app.gui.task.TaskHandle;
import org.loclens.model.data.FastaReader;
import org.loclens.model.data.InputProblem;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.predict.Prediction;
import org.loclens.model.predict.Predictor;
import org.loclens.viz.Figure;

/**
 * One protein: its probability bars, its A-LSTM attention track with the MultiLoc signal annotation, and a
 * what-if editor whose edits are validated like a FASTA record and re-predicted (one short call on the
 * model thread; results of superseded edits are dropped).
 */
public final class ProteinViewModel {

    private final AppContext context;
    private final ReadOnlyObjectWrapper<ProteinRecord> original = new ReadOnlyObjectWrapper<>(this, "original");
    private final ReadOnlyObjectWrapper<ProteinRecord> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<Prediction> prediction = new ReadOnlyObjectWrapper<>(this, "prediction");
    private final ReadOnlyObjectWrapper<Figure> track = new ReadOnlyObjectWrapper<>(this, "track");
    private final ReadOnlyObjectWrapper<Figure> bars = new ReadOnlyObjectWrapper<>(this, "bars");
    private final StringProperty sequence = new SimpleStringProperty(this, "sequence", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", I18n.get("protein.none"));
    private final ReadOnlyStringWrapper annotation = new ReadOnlyStringWrapper(this, "annotation", "");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper sequenceProblem = new ReadOnlyStringWrapper(this, "sequenceProblem", "");
    private final ReadOnlyStringWrapper trackNote = new ReadOnlyStringWrapper(this, "trackNote", I18n.get("protein.pick"));
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(this, "edited");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private int generation;
    private TaskHandle running;

    public ProteinViewModel(AppContext context) {
        this.context = context;
        context.activeModel().versionProperty().addListener((o, a, b) -> {
            if (current.get() != null) {
                predict(current.get(), null);
            }
        });
    }

    public ReadOnlyObjectProperty<ProteinRecord> originalProperty() {
        return original.getReadOnlyProperty();
    }

    /** The protein as shown: the original or its edited sequence. */
    public ReadOnlyObjectProperty<ProteinRecord> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Prediction> predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> trackProperty() {
        return track.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> barsProperty() {
        return bars.getReadOnlyProperty();
    }

    /** The editable sequence; call {@link #sequenceEdited()} when the user pauses typing. */
    public StringProperty sequenceProperty() {
        return sequence;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty annotationProperty() {
        return annotation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** Why the edited sequence cannot be predicted, or empty. */
    public ReadOnlyStringProperty sequenceProblemProperty() {
        return sequenceProblem.getReadOnlyProperty();
    }

    /** Shown instead of the track when there is none (no A-LSTM, nothing selected, computing). */
    public ReadOnlyStringProperty trackNoteProperty() {
        return trackNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Shows a protein; its known prediction (if any) draws the bars at once, attention follows. */
    public void show(ProteinRequest request) {
        ProteinRecord r = request.protein();
        original.set(r);
        current.set(r);
        sequence.set(r.sequence());
        edited.set(false);
        sequenceProblem.set("");
        track.set(null);
        describe(r);
        if (request.prediction() != null) {
            setPrediction(request.prediction());
        } else {
            prediction.set(null);
            bars.set(null);
            verdict.set("");
        }
        predict(r, request.prediction());
    }

    /** Re-predicts the edited sequence, after validating it as a FASTA record would be. */
    public void sequenceEdited() {
        ProteinRecord base = original.get();
        if (base == null) {
            return;
        }
        String text = sequence.get() == null ? "" : sequence.get();
        String cleaned = text.replaceAll("[\\s\\d]", "");
        if (cleaned.equalsIgnoreCase(current.get().sequence())) {
            return;
        }
        List<InputProblem> problems = new ArrayList<>();
        List<ProteinRecord> parsed;
        try {
            String fasta = ">" + base.id() + "\n" + cleaned + "\n";
            parsed = FastaReader.readAll(I18n.get("protein.editedSource"), new ByteArrayInputStream(
                    fasta.getBytes(StandardCharsets.ISO_8859_1)), problems::add);
        } catch (RuntimeException e) {
            parsed = List.of();
        }
        if (parsed.isEmpty()) {
            sequenceProblem.set(problems.isEmpty() ? I18n.get("protein.emptySequence") : problems.get(0).reason());
            return;
        }
        sequenceProblem.set("");
        ProteinRecord edit = base.withSequence(parsed.get(0).sequence());
        current.set(edit);
        edited.set(!edit.sequence().equals(base.sequence()));
        describe(edit);
        predict(edit, null);
    }

    /** Back to the original sequence. */
    public void reset() {
        if (original.get() != null) {
            show(new ProteinRequest(original.get(), null, false));
        }
    }

    private void describe(ProteinRecord r) {
        // a labelled record's description is its label and signal, shown on the annotation line instead
        boolean freeText = !r.description().isBlank() && r.location().isEmpty();
        title.set(I18n.get("protein.title", r.id(), r.length()) + (freeText ? " \u00b7 " + r.description() : ""));
        annotation.set(r.location().map(l -> I18n.get("protein.multiloc", l.displayName(),
                r.signal().map(Object::toString).orElse(I18n.get("protein.noSignal"))))
                .orElse(I18n.get("protein.notMultiloc")));
    }

    private void setPrediction(Prediction p) {
        prediction.set(p);
        bars.set(Figures.bars(p));
        verdict.set(I18n.get("protein.verdict", p.location().displayName(), Formats.percent(p.confidence())));
    }

    private record Result(Prediction main, Prediction attention) {
    }

    private void predict(ProteinRecord r, Prediction known) {
        ActiveModel.Loaded model = context.activeModel().get();
        if (model == null) {
            trackNote.set(I18n.get("protein.noModel"));
            return;
        }
        int gen = ++generation;
        if (running != null) {
            running.cancel(); // superseded: if it has not started it never runs
        }
        busy.set(true);
        trackNote.set(model.attention() == null ? I18n.get("protein.needsAlstm") : I18n.get("protein.computing"));
        context.executor().execute(BackgroundTask.of(I18n.get("protein.task", r.id()),
                c -> c.onModel(() -> compute(model, r, known)))
                .onScheduled(h -> running = h)
                .onSuccess(res -> {
                    if (gen != generation) {
                        return;
                    }
                    setPrediction(res.main());
                    if (res.attention() != null) {
                        track.set(Figures.track(r, res.attention()));
                    } else {
                        track.set(null);
                        trackNote.set(I18n.get("protein.needsAlstm"));
                    }
                })
                .onFailure(e -> {
                    if (gen == generation) {
                        trackNote.set(ActiveModel.describe(e));
                    }
                })
                .onFinished(() -> {
                    if (gen == generation) {
                        busy.set(false);
                    }
                }));
    }

    /** On the model thread: the predictor's probabilities and, from the A-LSTM, the attention. */
    private static Result compute(ActiveModel.Loaded model, ProteinRecord r, Prediction known) {
        Predictor p = model.predictor();
        Predictor.Options withAttention = new Predictor.Options(true, false);
        if (p.hasAttention()) {
            Prediction both = p.predict(List.of(r), withAttention).get(0);
            return new Result(both, both);
        }
        Prediction main = known != null ? known : p.predict(List.of(r), Predictor.Options.PROBABILITIES).get(0);
        Prediction att = model.attention() == null ? null : model.attention().predict(List.of(r), withAttention).get(0);
        return new Result(main, att);
    }
}
