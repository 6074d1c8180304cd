package org.loclens.app.gui.explore;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import org.loclens.app.figures.Figures;
import org.loclens.app.gui.common.ActiveModel;
import org.loclens.app.gui.common.AppContext;
import org.loclens.app.gui.common.Formats;
import org.loclens.app.gui.common.I18n;
import org.loclens.app.gui.common.ProteinRequest;
import org.loclens.app.gui.task.BackgroundTask;
import org.loclens.app.gui.task.TaskHandle;
import org.loclens.model.analysis.HeldOutAnalysis;
import org.loclens.model.data.Location;
import org.loclens.model.data.MultiLoc;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.predict.Prediction;
import org.loclens.viz.Figure;
import org.loclens.viz.figures.TsneScatterFigure;

/**
 * The Explore view: the paper's figures for the held-out MultiLoc proteins, computed once per active model
 * and session by {@link HeldOutAnalysis} on the model thread. Lists the proteins of a confusion-matrix cell
 * or of a lasso in the t-SNE, and highlights the proteins selected in the Predict table.
 */
public final class ExploreViewModel {

    /** A protein in a list: its index in the analysis and what to show. */
    public record ProteinItem(int index, String id, Location truth, Location predicted, double confidence) {
        @Override
        public String toString() {
            return I18n.get("explore.item", id, truth.displayName(), predicted.displayName(), Formats.percent(confidence));
        }
    }

    private final AppContext context;
    private final Supplier<List<ProteinRecord>> heldOut;
    private final ReadOnlyObjectWrapper<HeldOutAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", I18n.get("explore.notYet"));
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<Figure> confusion = new ReadOnlyObjectWrapper<>(this, "confusion");
    private final ReadOnlyObjectWrapper<Figure> heatmap = new ReadOnlyObjectWrapper<>(this, "heatmap");
    private final ReadOnlyObjectWrapper<Figure> logos = new ReadOnlyObjectWrapper<>(this, "logos");
    private final ReadOnlyObjectWrapper<Figure> curves = new ReadOnlyObjectWrapper<>(this, "curves");
    private final ReadOnlyObjectWrapper<TsneScatterFigure> tsne = new ReadOnlyObjectWrapper<>(this, "tsne");
    private final ObservableList<ProteinItem> cellProteins = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper cellTitle = new ReadOnlyStringWrapper(this, "cellTitle", I18n.get("explore.cellHint"));
    private final ObservableList<ProteinItem> lassoProteins = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper lassoTitle = new ReadOnlyStringWrapper(this, "lassoTitle", I18n.get("explore.lassoHint"));
    private final Map<String, Integer> indexOfId = new HashMap<>();
    private int analysedVersion = -1;
    private TaskHandle current;

    public ExploreViewModel(AppContext context) {
        this(context, MultiLoc::test);
    }

    /** @param heldOut the labelled proteins to analyse (the MultiLoc test split; tests pass a few) */
    public ExploreViewModel(AppContext context, Supplier<List<ProteinRecord>> heldOut) {
        this.context = context;
        this.heldOut = heldOut;
        context.selectedIds().addListener((SetChangeListener<String>) c -> updateHighlight());
        context.activeModel().versionProperty().addListener((o, a, b) -> {
            if (analysis.get() != null) {
                message.set(I18n.get("explore.stale"));
            }
        });
    }

    public ReadOnlyObjectProperty<HeldOutAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> confusionProperty() {
        return confusion.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> heatmapProperty() {
        return heatmap.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> logosProperty() {
        return logos.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> curvesProperty() {
        return curves.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TsneScatterFigure> tsneProperty() {
        return tsne.getReadOnlyProperty();
    }

    public ObservableList<ProteinItem> cellProteins() {
        return cellProteins;
    }

    public ReadOnlyStringProperty cellTitleProperty() {
        return cellTitle.getReadOnlyProperty();
    }

    public ObservableList<ProteinItem> lassoProteins() {
        return lassoProteins;
    }

    public ReadOnlyStringProperty lassoTitleProperty() {
        return lassoTitle.getReadOnlyProperty();
    }

    /** Computes the analysis unless this session already has it for the active model. */
    public void computeIfNeeded() {
        if (analysedVersion != context.activeModel().versionProperty().get() || analysis.get() == null) {
            compute();
        }
    }

    public void compute() {
        ActiveModel.Loaded model = context.activeModel().get();
        if (current != null) {
            return;
        }
        if (model == null) {
            message.set(context.activeModel().getStatus() == ActiveModel.Status.LOADING
                    ? I18n.get("explore.waitModel") : I18n.get("explore.noModel"));
            return;
        }
        int version = context.activeModel().versionProperty().get();
        running.set(true);
        progress.set(-1);
        message.set(I18n.get("explore.queued"));
        context.executor().executeOnModel(BackgroundTask.of(I18n.get("explore.task"), c -> {
            c.updateMessage(I18n.get("explore.loading"));
            List<ProteinRecord> proteins = heldOut.get();
            return HeldOutAnalysis.compute(model.predictor(), model.attentionModel(), proteins, (step, f) -> {
                double[] span = switch (step) {
                    case "Predicting" -> new double[] {0, 0.45};
                    case "Attention" -> new double[] {0.45, 0.35};
                    default -> new double[] {0.8, 0.2};
                };
                c.updateProgress(span[0] + span[1] * f, 1);
                c.updateMessage(I18n.get("explore.step." + step.replace("-", "").toLowerCase(java.util.Locale.ROOT),
                        proteins.size()));
                c.yieldToQueuedModelCalls();
            }, c::isCancelled);
        }).onScheduled(h -> {
            current = h;
            progress.bind(h.progressProperty());
            h.messageProperty().addListener((o, a, b) -> {
                if (current == h && !b.isEmpty()) {
                    message.set(b);
                }
            });
        }).onSuccess(a -> {
            if (a == null) {
                message.set(I18n.get("explore.cancelled"));
            } else {
                analysedVersion = version;
                set(a);
            }
        }).onCancelled(() -> message.set(I18n.get("explore.cancelled")))
                .onFailure(e -> {
                    message.set(ActiveModel.describe(e));
                    context.notifications().error(I18n.get("explore.failed", ActiveModel.describe(e)));
                })
                .onFinished(() -> {
                    if (progress.isBound()) {
                        progress.unbind();
                    }
                    running.set(false);
                    current = null;
                }));
    }

    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    private void set(HeldOutAnalysis a) {
        analysis.set(a);
        indexOfId.clear();
        for (int i = 0; i < a.proteins().size(); i++) {
            indexOfId.put(a.proteins().get(i).id(), i);
        }
        confusion.set(Figures.confusion(a.confusion()));
        heatmap.set(a.profiles() == null ? null : Figures.heatmap(a.profiles()));
        logos.set(a.filters().isEmpty() ? null : Figures.logos(a.filters()));
        curves.set(a.history().isEmpty() ? null : Figures.curves(a.history()));
        tsne.set(Figures.tsne(a.tsne(), a.proteins(), highlighted()));
        double[] ci = a.confusion().accuracyInterval95();
        summary.set(I18n.get("explore.summary", a.modelName(), Formats.percent(a.confusion().accuracy()),
                Formats.percent(ci[0]), Formats.percent(ci[1]), a.proteins().size()));
        message.set(summary.get());
        cellProteins.clear();
        lassoProteins.clear();
        cellTitle.set(I18n.get("explore.cellHint"));
        lassoTitle.set(I18n.get("explore.lassoHint"));
    }

    private Set<Integer> highlighted() {
        Set<Integer> h = new LinkedHashSet<>();
        for (String id : context.selectedIds()) {
            Integer i = indexOfId.get(id);
            if (i != null) {
                h.add(i);
            }
        }
        return h;
    }

    private void updateHighlight() {
        if (tsne.get() != null) {
            tsne.set(tsne.get().withHighlighted(highlighted()));
        }
    }

    /** Lists the proteins of true class {@code truth} predicted as {@code predicted}. */
    public void selectCell(int truth, int predicted) {
        HeldOutAnalysis a = analysis.get();
        if (a == null) {
            return;
        }
        cellProteins.clear();
        for (int i = 0; i < a.proteins().size(); i++) {
            if (a.proteins().get(i).location().orElseThrow().ordinal() == truth
                    && a.predictions().get(i).location().ordinal() == predicted) {
                cellProteins.add(item(i));
            }
        }
        cellTitle.set(I18n.get("explore.cellTitle", cellProteins.size(), Location.values()[truth].displayName(),
                Location.values()[predicted].displayName()));
    }

    /** Lists the proteins inside a lasso (indices into the analysis). */
    public void selectPoints(List<Integer> indices) {
        lassoProteins.setAll(indices.stream().map(this::item).toList());
        lassoTitle.set(I18n.get("explore.lassoTitle", indices.size()));
    }

    public ProteinItem item(int i) {
        HeldOutAnalysis a = analysis.get();
        Prediction p = a.predictions().get(i);
        return new ProteinItem(i, a.proteins().get(i).id(), a.proteins().get(i).location().orElseThrow(),
                p.location(), p.confidence());
    }

    /** Tooltip text of a t-SNE point. */
    public String describe(int i) {
        return item(i).toString();
    }

    /** Shows protein {@code i} in the Protein view (with its known prediction). */
    public void open(int i, boolean reveal) {
        HeldOutAnalysis a = analysis.get();
        if (a != null) {
            context.showProtein(new ProteinRequest(a.proteins().get(i), a.predictions().get(i), reveal));
        }
    }
}
