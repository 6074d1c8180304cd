package org.loclens.app.gui.predict;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.loclens.app.gui.common.ActiveModel;
import org.loclens.app.gui.common.AppContext;
import org.loclens.app.gui.common.FileType;
import org.loclens.app.gui.common.Formats;
import org.loclens.app.gui.common.I18n;
import org.loclens.app.gui.common.Palette;
import org.loclens.app.gui.common.ProteinRequest;
import org.loclens.app.gui.common.ViewLoader;
import org.loclens.model.data.InputProblem;
import org.loclens.model.data.Location;

/**
 * The Predict table: binds to {@link PredictViewModel}; sorting, filtering by location, id search, flags,
 * the problem list, progress with Cancel, and table export.
 */
public final class PredictView {

    @FXML private TableView<PredictionRow> table;
    @FXML private TableColumn<PredictionRow, String> idColumn;
    @FXML private TableColumn<PredictionRow, Integer> lengthColumn;
    @FXML private TableColumn<PredictionRow, Location> locationColumn;
    @FXML private TableColumn<PredictionRow, Double> confidenceColumn;
    @FXML private TableColumn<PredictionRow, double[]> probabilitiesColumn;
    @FXML private TableColumn<PredictionRow, PredictionRow> flagColumn;
    @FXML private TextField search;
    @FXML private ChoiceBox<Location> locationFilter;
    @FXML private CheckBox flaggedOnly;
    @FXML private Label summary;
    @FXML private HBox progressBox;
    @FXML private ProgressBar progress;
    @FXML private Label progressText;
    @FXML private Button cancel;
    @FXML private Button exportButton;
    @FXML private Button clearButton;
    @FXML private TitledPane problemsPane;
    @FXML private ListView<String> problems;
    @FXML private VBox placeholder;
    @FXML private javafx.scene.layout.FlowPane legend;
    @FXML private Label placeholderText;

    private final AppContext context;
    private final PredictViewModel viewModel;
    private final Parent root;
    private final PauseTransition selectionPause = new PauseTransition(Duration.millis(150));

    public PredictView(AppContext context, PredictViewModel viewModel) {
        this.context = context;
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this, "predict.fxml");
    }

    public Parent root() {
        return root;
    }

    public TableView<PredictionRow> table() {
        return table;
    }

    @FXML
    private void initialize() {
        SortedList<PredictionRow> sorted = new SortedList<>(viewModel.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label legendTitle = new Label(I18n.get("predict.legend"));
        legendTitle.getStyleClass().add("hint");
        legend.getChildren().add(legendTitle);
        for (Location l : Location.values()) {
            Rectangle swatch = new Rectangle(10, 10, Palette.of(l.ordinal()));
            swatch.setStroke(Palette.outline(l.ordinal()));
            Label item = new Label(l.displayName(), swatch);
            item.getStyleClass().add("legend-item");
            legend.getChildren().add(item);
        }

        idColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        lengthColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().length()));
        locationColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().location()));
        locationColumn.setCellFactory(col -> new LocationCell());
        locationColumn.setComparator(java.util.Comparator.comparing(Location::label, String.CASE_INSENSITIVE_ORDER));
        confidenceColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().confidence()));
        confidenceColumn.setCellFactory(col -> new ConfidenceCell());
        probabilitiesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().prediction().probabilities()));
        probabilitiesColumn.setCellFactory(col -> new ProbabilityBarCell());
        probabilitiesColumn.setSortable(false);
        flagColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        flagColumn.setCellFactory(col -> new FlagCell());
        flagColumn.setComparator(java.util.Comparator.comparingInt(r -> (r.lowConfidence() ? 1 : 0) + (r.disagreement() ? 2 : 0)));

        search.textProperty().bindBidirectional(viewModel.searchProperty());
        locationFilter.getItems().add(null);
        locationFilter.getItems().addAll(Location.values());
        locationFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Location l) {
                return l == null ? I18n.get("predict.allLocations") : l.displayName();
            }

            @Override
            public Location fromString(String s) {
                return null;
            }
        });
        locationFilter.valueProperty().bindBidirectional(viewModel.locationFilterProperty());
        flaggedOnly.selectedProperty().bindBidirectional(viewModel.flaggedOnlyProperty());
        summary.textProperty().bind(viewModel.summaryProperty());

        progress.progressProperty().bind(viewModel.progressProperty());
        progressText.textProperty().bind(viewModel.progressTextProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.managedProperty().bind(viewModel.runningProperty());
        cancel.visibleProperty().bind(viewModel.runningProperty());
        cancel.managedProperty().bind(viewModel.runningProperty());
        cancel.setOnAction(e -> viewModel.cancel());
        exportButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(table.getItems()));
        exportButton.setOnAction(e -> exportTable());
        clearButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.rows())
                .and(javafx.beans.binding.Bindings.isEmpty(problems.getItems())));
        clearButton.setOnAction(e -> viewModel.clear());

        placeholderText.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                switch (context.activeModel().getStatus()) {
                    case READY -> I18n.get("predict.placeholder");
                    case LOADING -> I18n.get("predict.placeholderLoading");
                    default -> I18n.get("predict.placeholderNoModel");
                }, context.activeModel().statusProperty()));

        bindProblems();

        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<PredictionRow>) c -> {
            Set<String> ids = table.getSelectionModel().getSelectedItems().stream()
                    .filter(java.util.Objects::nonNull).map(PredictionRow::id).collect(Collectors.toSet());
            context.selectedIds().retainAll(ids);
            context.selectedIds().addAll(ids);
            selectionPause.playFromStart();
        });
        selectionPause.setOnFinished(e -> showSelected(false));
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                showSelected(true);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showSelected(true);
            }
        });
    }

    private void showSelected(boolean reveal) {
        PredictionRow r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            context.showProtein(new ProteinRequest(r.protein(), r.prediction(), reveal));
        }
    }

    /** Bad files first, then skipped records; the pane opens when the first problem arrives. */
    private void bindProblems() {
        ObservableList<String> items = problems.getItems();
        Runnable rebuild = () -> {
            items.setAll(viewModel.fileProblems().stream().map(s -> I18n.get("predict.fileProblem", s)).toList());
            items.addAll(viewModel.skipped().stream().map(PredictView::describe).toList());
            problemsPane.setText(I18n.get("predict.problemsTitle", viewModel.fileProblems().size(), viewModel.skipped().size()));
            if (!items.isEmpty() && !problemsPane.isExpanded()) {
                problemsPane.setExpanded(true);
            }
        };
        viewModel.fileProblems().addListener((ListChangeListener<String>) c -> rebuild.run());
        viewModel.skipped().addListener((ListChangeListener<InputProblem>) c -> {
            boolean onlyAdded = true;
            while (c.next()) {
                onlyAdded &= c.wasAdded() && !c.wasRemoved();
            }
            if (onlyAdded && !items.isEmpty()) {
                c.reset();
                while (c.next()) {
                    items.addAll(c.getAddedSubList().stream().map(PredictView::describe).toList());
                }
                problemsPane.setText(I18n.get("predict.problemsTitle", viewModel.fileProblems().size(), viewModel.skipped().size()));
            } else {
                rebuild.run();
            }
        });
        rebuild.run();
    }

    static String describe(InputProblem p) {
        return I18n.get("predict.skippedRecord", p.source(), p.recordNumber(), p.id().isEmpty() ? "\u2013" : p.id(), p.reason());
    }

    /** Asks for a file and writes the visible rows, in table order. */
    public void exportTable() {
        List<PredictionRow> rows = List.copyOf(table.getItems());
        if (rows.isEmpty()) {
            return;
        }
        context.dialogs().saveFile(I18n.get("predict.exportTitle"), context.settings().lastFolder(), "predictions.tsv",
                        FileType.of("TSV", "tsv"), FileType.of("CSV", "csv"), FileType.of("JSON", "json"))
                .ifPresent(file -> {
                    context.settings().rememberFolder(file);
                    viewModel.export(file, rows);
                });
    }

    private static final class LocationCell extends TableCell<PredictionRow, Location> {
        private final Rectangle swatch = new Rectangle(10, 10);

        @Override
        protected void updateItem(Location l, boolean empty) {
            super.updateItem(l, empty);
            if (empty || l == null) {
                setText(null);
                setGraphic(null);
            } else {
                swatch.setFill(Palette.of(l.ordinal()));
                swatch.setStroke(Palette.outline(l.ordinal()));
                setText(l.displayName());
                setGraphic(swatch);
            }
        }
    }

    private static final class ConfidenceCell extends TableCell<PredictionRow, Double> {
        ConfidenceCell() {
            getStyleClass().add("number-cell");
        }

        @Override
        protected void updateItem(Double v, boolean empty) {
            super.updateItem(v, empty);
            getStyleClass().remove("low-confidence");
            if (empty || v == null) {
                setText(null);
            } else {
                setText(Formats.percent(v));
                if (v < PredictionRow.LOW_CONFIDENCE) {
                    getStyleClass().add("low-confidence");
                }
            }
        }
    }

    private static final class FlagCell extends TableCell<PredictionRow, PredictionRow> {
        FlagCell() {
            getStyleClass().add("flag-cell");
        }

        @Override
        protected void updateItem(PredictionRow r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null || !r.flagged()) {
                setText(null);
                setTooltip(null);
                return;
            }
            StringBuilder s = new StringBuilder();
            if (r.lowConfidence()) {
                s.append(I18n.get("predict.flagLow"));
            }
            if (r.disagreement()) {
                s.append(s.length() == 0 ? "" : ", ").append(I18n.get("predict.flagSpread"));
            }
            setText("\u26a0 " + s);
            setTooltip(new javafx.scene.control.Tooltip(I18n.get("predict.flagTip",
                    Formats.percent(r.confidence()), Formats.decimal(r.prediction().predictedClassSpread(), 3))));
        }
    }

    /** For MainView: whether a model is ready to predict. */
    static boolean ready(AppContext context) {
        return context.activeModel().getStatus() == ActiveModel.Status.READY;
    }
}
