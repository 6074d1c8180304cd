package org.loclens.app.gui.protein;

import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.util.Duration;
import org.loclens.app.gui.common.AppContext;
import org.loclens.app.gui.common.I18n;
import org.loclens.app.gui.common.ViewLoader;
import org.loclens.app.gui.figure.FigurePane;
import org.loclens.model.data.ProteinRecord;
import org.loclens.viz.figures.AttentionTrackFigure;

/**
 * One protein: attention track, probability bars, annotation, and the what-if sequence editor whose edits
 * are debounced ({@value #DEBOUNCE_MS} ms) before the ViewModel re-predicts them.
 */
public final class ProteinView {

    static final int DEBOUNCE_MS = 300;

    @FXML private Label title;
    @FXML private Label annotation;
    @FXML private Label verdict;
    @FXML private FigurePane track;
    @FXML private FigurePane bars;
    @FXML private TextArea sequence;
    @FXML private Label sequenceProblem;
    @FXML private Label residue;
    @FXML private Button reset;
    @FXML private ProgressIndicator busy;

    private final AppContext context;
    private final ProteinViewModel viewModel;
    private final Parent root;
    private final PauseTransition debounce = new PauseTransition(Duration.millis(DEBOUNCE_MS));

    public ProteinView(AppContext context, ProteinViewModel viewModel) {
        this.context = context;
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this, "protein.fxml");
    }

    public Parent root() {
        return root;
    }

    public FigurePane trackPane() {
        return track;
    }

    public FigurePane barsPane() {
        return bars;
    }

    public TextArea sequenceArea() {
        return sequence;
    }

    @FXML
    private void initialize() {
        track.setContext(context);
        bars.setContext(context);
        title.textProperty().bind(viewModel.titleProperty());
        annotation.textProperty().bind(viewModel.annotationProperty());
        verdict.textProperty().bind(viewModel.verdictProperty());
        track.figureProperty().bind(viewModel.trackProperty());
        track.placeholderProperty().bind(viewModel.trackNoteProperty());
        bars.figureProperty().bind(viewModel.barsProperty());
        bars.placeholderProperty().set(I18n.get("protein.pick"));
        sequenceProblem.textProperty().bind(viewModel.sequenceProblemProperty());
        sequenceProblem.visibleProperty().bind(viewModel.sequenceProblemProperty().isNotEmpty());
        busy.visibleProperty().bind(viewModel.busyProperty());
        reset.disableProperty().bind(viewModel.editedProperty().not());
        reset.setOnAction(e -> viewModel.reset());
        sequence.disableProperty().bind(viewModel.originalProperty().isNull());

        sequence.textProperty().bindBidirectional(viewModel.sequenceProperty());
        debounce.setOnFinished(e -> viewModel.sequenceEdited());
        sequence.textProperty().addListener((o, a, b) -> {
            if (sequence.isFocused()) {
                debounce.playFromStart();
            }
        });

        track.surface().setOnMouseMoved(e -> {
            if (track.getFigure() instanceof AttentionTrackFigure f) {
                Point2D p = track.toFigure(e.getX(), e.getY());
                int r = f.residueAt(track.figureArea(), p.getX());
                residue.setText(r < 1 ? "" : describeResidue(r));
            }
        });
        track.surface().setOnMouseExited(e -> residue.setText(""));
    }

    private String describeResidue(int r) {
        ProteinRecord p = viewModel.currentProperty().get();
        if (p == null || r > p.length()) {
            return "";
        }
        return I18n.get("protein.residue", r, String.valueOf(p.sequence().charAt(r - 1)));
    }

    /** For the debounce test: re-predict now. */
    void flushEdits() {
        debounce.stop();
        viewModel.sequenceEdited();
    }
}
