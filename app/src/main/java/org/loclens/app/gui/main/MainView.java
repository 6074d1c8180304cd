package org.loclens.app.gui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.loclens.app.gui.common.ActiveModel;
import org.loclens.app.gui.common.AppContext;
import org.loclens.app.gui.common.FileType;
import org.loclens.app.gui.common.I18n;
import org.loclens.app.gui.common.Notifications;
import org.loclens.app.gui.common.ViewLoader;
import org.loclens.app.gui.explore.ExploreView;
import org.loclens.app.gui.explore.ExploreViewModel;
import org.loclens.app.gui.predict.PredictView;
import org.loclens.app.gui.predict.PredictViewModel;
import org.loclens.app.gui.protein.ProteinView;
import org.loclens.app.gui.protein.ProteinViewModel;
import org.loclens.app.gui.task.TaskHandle;
import org.loclens.app.gui.train.TrainView;
import org.loclens.app.gui.train.TrainViewModel;
import org.loclens.model.Version;
import org.loclens.model.io.BundledModels;

/**
 * The window's content: menus and tool bar, the notification bar, the four views as tabs, the status bar
 * with the active model. FASTA files (or text) dropped anywhere on it are predicted; Ctrl+V pastes FASTA.
 */
public final class MainView {

    /** Info notices go away by themselves after this long; warnings and errors stay until dismissed. */
    static final Duration INFO_TIMEOUT = Duration.seconds(8);

    @FXML private BorderPane root;
    @FXML private TabPane tabs;
    @FXML private Tab predictTab;
    @FXML private Tab proteinTab;
    @FXML private Tab exploreTab;
    @FXML private Tab trainTab;
    @FXML private VBox notices;
    @FXML private Label modelStatus;
    @FXML private ProgressIndicator modelBusy;
    @FXML private MenuItem useBundledItem;
    @FXML private MenuItem exportItem;
    @FXML private Button openSampleButton;

    private final AppContext context;
    private final PredictViewModel predictViewModel;
    private final ProteinViewModel proteinViewModel;
    private final ExploreViewModel exploreViewModel;
    private final TrainViewModel trainViewModel;
    private final PredictView predictView;
    private final ProteinView proteinView;
    private final ExploreView exploreView;
    private final TrainView trainView;

    public MainView(AppContext context) {
        this(context, new PredictViewModel(context), new ProteinViewModel(context), new ExploreViewModel(context),
                new TrainViewModel(context));
    }

    public MainView(AppContext context, PredictViewModel predict, ProteinViewModel protein, ExploreViewModel explore,
                    TrainViewModel train) {
        this.context = context;
        this.predictViewModel = predict;
        this.proteinViewModel = protein;
        this.exploreViewModel = explore;
        this.trainViewModel = train;
        this.predictView = new PredictView(context, predict);
        this.proteinView = new ProteinView(context, protein);
        this.exploreView = new ExploreView(context, explore);
        this.trainView = new TrainView(context, train);
        ViewLoader.load(this, "main.fxml");
    }

    public BorderPane root() {
        return root;
    }

    public PredictView predictView() {
        return predictView;
    }

    public ProteinView proteinView() {
        return proteinView;
    }

    public ExploreView exploreView() {
        return exploreView;
    }

    public TrainView trainView() {
        return trainView;
    }

    public PredictViewModel predictViewModel() {
        return predictViewModel;
    }

    public ProteinViewModel proteinViewModel() {
        return proteinViewModel;
    }

    public ExploreViewModel exploreViewModel() {
        return exploreViewModel;
    }

    public TrainViewModel trainViewModel() {
        return trainViewModel;
    }

    /** Selects tab 0-3 (Predict, Protein, Explore, Train). */
    public void select(int tab) {
        tabs.getSelectionModel().select(tab);
    }

    @FXML
    private void initialize() {
        predictTab.setContent(predictView.root());
        proteinTab.setContent(proteinView.root());
        exploreTab.setContent(exploreView.root());
        trainTab.setContent(trainView.root());

        modelStatus.textProperty().bind(context.activeModel().statusTextProperty());
        modelBusy.visibleProperty().bind(context.activeModel().statusProperty().isEqualTo(ActiveModel.Status.LOADING));
        context.activeModel().statusProperty().addListener((o, a, s) -> {
            modelStatus.getStyleClass().removeAll("model-none", "model-ready");
            modelStatus.getStyleClass().add(s == ActiveModel.Status.READY ? "model-ready" : "model-none");
            if (s == ActiveModel.Status.READY && exploreTab.isSelected()) {
                exploreView.shown();
            }
        });
        useBundledItem.setDisable(!BundledModels.available());
        exportItem.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(predictViewModel.visibleRows()));

        context.notifications().notices().addListener((ListChangeListener<Notifications.Notice>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::autoDismiss);
            }
            showNotices();
        });
        showNotices();

        context.onShowProtein(request -> {
            proteinViewModel.show(request);
            if (request.reveal()) {
                tabs.getSelectionModel().select(proteinTab);
            }
        });
        exploreTab.selectedProperty().addListener((o, a, selected) -> {
            if (selected) {
                exploreView.shown();
            }
        });

        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
        root.setOnDragExited(e -> root.getStyleClass().remove("drop-target"));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && !e.isShiftDown() && e.getCode() == KeyCode.V
                    && !(root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl)) {
                if (pasteFromClipboard()) {
                    e.consume();
                }
            }
        });
    }

    // ---- notifications

    private void showNotices() {
        notices.getChildren().setAll(context.notifications().notices().stream().map(this::noticeNode).toList());
    }

    private Node noticeNode(Notifications.Notice n) {
        Label icon = new Label(switch (n.kind()) {
            case INFO -> "\u2139";
            case WARNING -> "\u26a0";
            case ERROR -> "\u2716";
        });
        icon.getStyleClass().add("notice-icon");
        Label text = new Label(n.text());
        text.setWrapText(true);
        text.getStyleClass().add("notice-text");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button("\u00d7");
        close.getStyleClass().add("notice-close");
        close.setOnAction(e -> context.notifications().dismiss(n));
        HBox box = new HBox(8, icon, text, close);
        box.getStyleClass().addAll("notice", "notice-" + n.kind().name().toLowerCase(java.util.Locale.ROOT));
        return box;
    }

    private void autoDismiss(Notifications.Notice n) {
        if (n.kind() == Notifications.Kind.INFO) {
            PauseTransition p = new PauseTransition(INFO_TIMEOUT);
            p.setOnFinished(e -> context.notifications().dismiss(n));
            p.play();
        }
    }

    // ---- drag and drop, paste

    private void dragOver(DragEvent e) {
        Dragboard db = e.getDragboard();
        if (db.hasFiles() || db.hasString()) {
            e.acceptTransferModes(TransferMode.COPY);
            if (!root.getStyleClass().contains("drop-target")) {
                root.getStyleClass().add("drop-target");
            }
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        Dragboard db = e.getDragboard();
        boolean done = false;
        if (db.hasFiles()) {
            predictFiles(db.getFiles().stream().map(File::toPath).toList());
            done = true;
        } else if (db.hasString() && !db.getString().isBlank()) {
            predictText(db.getString());
            done = true;
        }
        root.getStyleClass().remove("drop-target");
        e.setDropCompleted(done);
        e.consume();
    }

    /** Predicts the files or FASTA text on the clipboard; false when it holds neither. */
    boolean pasteFromClipboard() {
        Clipboard cb = Clipboard.getSystemClipboard();
        if (cb.hasFiles()) {
            predictFiles(cb.getFiles().stream().map(File::toPath).toList());
            return true;
        }
        if (cb.hasString() && cb.getString().stripLeading().startsWith(">")) {
            predictText(cb.getString());
            return true;
        }
        return false;
    }

    /** Predicts files as if dropped on the window. */
    public void predictFiles(List<Path> files) {
        if (!files.isEmpty()) {
            context.settings().rememberFolder(files.get(0));
            tabs.getSelectionModel().select(predictTab);
            predictViewModel.predictFiles(files);
        }
    }

    private void predictText(String text) {
        tabs.getSelectionModel().select(predictTab);
        predictViewModel.predictText(text);
    }

    // ---- menu actions

    @FXML
    private void openFasta() {
        predictFiles(context.dialogs().openFiles(I18n.get("menu.openFasta.title"), context.settings().lastFolder(),
                FileType.FASTA, FileType.ANY));
    }

    @FXML
    private void pasteFasta() {
        context.dialogs().textInput(I18n.get("menu.paste.title"), I18n.get("menu.paste.header"), ">P12345\nMKV...")
                .ifPresent(this::predictText);
    }

    @FXML
    public void openSample() {
        tabs.getSelectionModel().select(predictTab);
        predictViewModel.openSample();
    }

    @FXML
    private void exportTable() {
        predictView.exportTable();
    }

    @FXML
    private void openModel() {
        List<Path> files = context.dialogs().openFiles(I18n.get("menu.openModel.title"), context.settings().lastFolder(),
                FileType.MODEL, FileType.ANY);
        if (!files.isEmpty()) {
            context.settings().rememberFolder(files.get(0));
            context.activeModel().openFiles(files);
        }
    }

    @FXML
    private void useBundled() {
        context.activeModel().useBundled();
    }

    @FXML
    private void quit() {
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            root.getScene().getWindow().fireEvent(new javafx.stage.WindowEvent(root.getScene().getWindow(),
                    javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        }
    }

    @FXML
    private void showPredict() {
        tabs.getSelectionModel().select(predictTab);
    }

    @FXML
    private void showProtein() {
        tabs.getSelectionModel().select(proteinTab);
    }

    @FXML
    private void showExplore() {
        tabs.getSelectionModel().select(exploreTab);
    }

    @FXML
    private void showTrain() {
        tabs.getSelectionModel().select(trainTab);
    }

    @FXML
    private void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, I18n.get("about.text", Version.current()));
        a.setTitle(I18n.get("about.title"));
        a.setHeaderText("LocLens " + Version.current());
        if (root.getScene() != null) {
            a.initOwner(root.getScene().getWindow());
        }
        a.show();
    }

    /**
     * Called when the window is asked to close. Returns true to close now. While training or saving runs,
     * asks first; if the user agrees, cancels it and calls {@code close} once it has stopped cleanly (the
     * checkpoint of the last finished epoch is kept; no model file is left half-written).
     */
    public boolean requestClose(Runnable close) {
        if (!trainViewModel.isBusy()) {
            predictViewModel.cancel();
            exploreViewModel.cancel();
            return true;
        }
        if (!context.dialogs().confirm(I18n.get("close.title"), I18n.get("close.text"), I18n.get("close.ok"))) {
            return false;
        }
        predictViewModel.cancel();
        exploreViewModel.cancel();
        TaskHandle h = trainViewModel.current();
        trainViewModel.cancel();
        context.notifications().info(I18n.get("close.waiting"));
        if (h == null || h.isDone()) {
            close.run();
        } else {
            h.stateProperty().addListener((o, a, s) -> {
                if (s.isDone()) {
                    close.run();
                }
            });
        }
        return false;
    }
}
