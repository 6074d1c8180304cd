package org.loclens.app.gui.train;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.util.StringConverter;
import org.loclens.app.gui.common.AppContext;
import org.loclens.app.gui.common.FileType;
import org.loclens.app.gui.common.I18n;
import org.loclens.app.gui.common.ViewLoader;
import org.loclens.app.gui.figure.FigurePane;
import org.loclens.model.io.EpochStats;
import org.loclens.model.network.Architecture;

/**
 * Training: data, architecture and sizes on the left; Start, Resume and Cancel; live loss and accuracy
 * charts (OpenJFX LineCharts); after the run, the held-out confusion matrix and training curves, Save As…
 * and Use as active model.
 */
public final class TrainView {

    @FXML private RadioButton multiLocData;
    @FXML private RadioButton fileData;
    @FXML private ToggleGroup dataGroup;
    @FXML private Button chooseFile;
    @FXML private Label fileLabel;
    @FXML private ChoiceBox<Architecture> architecture;
    @FXML private Spinner<Integer> epochs;
    @FXML private Spinner<Integer> units;
    @FXML private Spinner<Integer> batchSize;
    @FXML private CheckBox evaluate;
    @FXML private Button start;
    @FXML private Button resume;
    @FXML private Button cancel;
    @FXML private Label checkpointNote;
    @FXML private ProgressBar progress;
    @FXML private Label message;
    @FXML private LineChart<Number, Number> lossChart;
    @FXML private LineChart<Number, Number> accuracyChart;
    @FXML private Label resultText;
    @FXML private Button saveAs;
    @FXML private Button useModel;
    @FXML private FigurePane resultConfusion;
    @FXML private FigurePane resultCurves;
    @FXML private javafx.scene.control.TabPane resultTabs;

    private final AppContext context;
    private final TrainViewModel viewModel;
    private final Parent root;
    private final XYChart.Series<Number, Number> batchSeries = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> trainLossSeries = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> validationLossSeries = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> validationAccuracySeries = new XYChart.Series<>();
    private double bucketSum;
    private int bucketCount;
    private int bucket = -1;

    public TrainView(AppContext context, TrainViewModel viewModel) {
        this.context = context;
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this, "train.fxml");
    }

    public Parent root() {
        return root;
    }

    public LineChart<Number, Number> lossChart() {
        return lossChart;
    }

    /** Shows the training-curves figure of the last run. */
    public void showCurves() {
        resultTabs.getSelectionModel().select(1);
    }

    @FXML
    private void initialize() {
        multiLocData.setUserData(TrainViewModel.DataChoice.MULTILOC);
        fileData.setUserData(TrainViewModel.DataChoice.FILE);
        dataGroup.selectToggle(viewModel.dataProperty().get() == TrainViewModel.DataChoice.FILE ? fileData : multiLocData);
        viewModel.dataProperty().addListener((o, a, d) ->
                dataGroup.selectToggle(d == TrainViewModel.DataChoice.FILE ? fileData : multiLocData));
        dataGroup.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                viewModel.dataProperty().set((TrainViewModel.DataChoice) t.getUserData());
            }
        });
        chooseFile.setOnAction(e -> context.dialogs().openFile(I18n.get("train.chooseTitle"), context.settings().lastFolder(),
                FileType.FASTA, FileType.ANY).ifPresent(f -> {
                    context.settings().rememberFolder(f);
                    viewModel.dataFileProperty().set(f);
                    fileData.setSelected(true);
                }));
        fileLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Path f = viewModel.dataFileProperty().get();
            return f == null ? I18n.get("train.noFile") : f.getFileName().toString();
        }, viewModel.dataFileProperty()));

        architecture.getItems().setAll(Architecture.values());
        architecture.setConverter(new StringConverter<>() {
            @Override
            public String toString(Architecture a) {
                return a == null ? "" : a.displayName();
            }

            @Override
            public Architecture fromString(String s) {
                return Architecture.parse(s);
            }
        });
        architecture.valueProperty().bindBidirectional(viewModel.architectureProperty());
        bindSpinner(epochs, viewModel.epochsProperty(), 1, 500);
        bindSpinner(units, viewModel.unitsProperty(), 1, 1000);
        bindSpinner(batchSize, viewModel.batchSizeProperty(), 1, 1024);
        evaluate.selectedProperty().bindBidirectional(viewModel.evaluateProperty());

        var running = viewModel.runningProperty();
        for (var control : java.util.List.of(multiLocData, fileData, chooseFile, architecture, epochs, units, batchSize, evaluate)) {
            control.disableProperty().bind(running);
        }
        start.disableProperty().bind(running);
        resume.disableProperty().bind(running.or(viewModel.canResumeProperty().not()));
        cancel.disableProperty().bind(running.not());
        start.setOnAction(e -> {
            if (viewModel.checkpointEpochs() > 0 && !context.dialogs().confirm(I18n.get("train.discardTitle"),
                    I18n.get("train.discardText", viewModel.checkpointEpochs()), I18n.get("train.discardOk"))) {
                return;
            }
            viewModel.start();
        });
        resume.setOnAction(e -> viewModel.resume());
        cancel.setOnAction(e -> viewModel.cancel());
        checkpointNote.textProperty().bind(viewModel.checkpointNoteProperty());

        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(running);
        progress.managedProperty().bind(running);
        message.textProperty().bind(viewModel.messageProperty());

        batchSeries.setName(I18n.get("train.series.batch"));
        trainLossSeries.setName(I18n.get("train.series.trainLoss"));
        validationLossSeries.setName(I18n.get("train.series.validationLoss"));
        validationAccuracySeries.setName(I18n.get("train.series.validationAccuracy"));
        lossChart.getData().setAll(java.util.List.of(batchSeries, trainLossSeries, validationLossSeries));
        accuracyChart.getData().setAll(java.util.List.of(validationAccuracySeries));
        ((NumberAxis) accuracyChart.getYAxis()).setAutoRanging(false);
        ((NumberAxis) accuracyChart.getYAxis()).setLowerBound(0);
        ((NumberAxis) accuracyChart.getYAxis()).setUpperBound(1);
        ((NumberAxis) accuracyChart.getYAxis()).setTickUnit(0.1);
        viewModel.batchLoss().addListener((ListChangeListener<TrainViewModel.LossPoint>) c -> {
            while (c.next()) {
                if (c.wasRemoved() && viewModel.batchLoss().isEmpty()) {
                    batchSeries.getData().clear();
                    bucket = -1;
                }
                c.getAddedSubList().forEach(this::addBatchPoint);
            }
        });
        viewModel.history().addListener((ListChangeListener<EpochStats>) c -> redrawHistory());

        resultText.textProperty().bind(viewModel.resultTextProperty());
        saveAs.disableProperty().bind(viewModel.trainedProperty().isNull().or(running));
        useModel.disableProperty().bind(viewModel.trainedProperty().isNull().or(running));
        saveAs.setOnAction(e -> context.dialogs().saveFile(I18n.get("train.saveTitle"), context.settings().lastFolder(),
                        viewModel.architectureProperty().get().name().toLowerCase(java.util.Locale.ROOT) + ".zip", FileType.MODEL)
                .ifPresent(f -> viewModel.saveAs(f.getFileName().toString().endsWith(".zip") ? f : f.resolveSibling(f.getFileName() + ".zip"))));
        useModel.setOnAction(e -> viewModel.useAsActive());
        resultConfusion.setContext(context);
        resultCurves.setContext(context);
        resultConfusion.figureProperty().bind(viewModel.confusionProperty());
        resultCurves.figureProperty().bind(viewModel.curvesProperty());
        resultConfusion.placeholderProperty().set(I18n.get("train.confusionPlaceholder"));
        resultCurves.placeholderProperty().set(I18n.get("train.curvesPlaceholder"));
    }

    private static void bindSpinner(Spinner<Integer> s, javafx.beans.property.IntegerProperty p, int min, int max) {
        SpinnerValueFactory.IntegerSpinnerValueFactory f = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, p.get());
        s.setValueFactory(f);
        s.setEditable(true);
        f.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                p.set(b);
            }
        });
        p.addListener((o, a, b) -> f.setValue(b.intValue()));
    }

    /** One point per tenth of an epoch: the mean minibatch loss in it. */
    private void addBatchPoint(TrainViewModel.LossPoint p) {
        int b = (int) Math.floor(p.epoch() * 10 - 1e-9);
        if (b != bucket && bucketCount > 0) {
            batchSeries.getData().add(new XYChart.Data<>((bucket + 1) / 10.0, bucketSum / bucketCount));
            bucketSum = 0;
            bucketCount = 0;
        }
        bucket = b;
        bucketSum += p.loss();
        bucketCount++;
    }

    private void redrawHistory() {
        trainLossSeries.getData().clear();
        validationLossSeries.getData().clear();
        validationAccuracySeries.getData().clear();
        for (EpochStats s : viewModel.history()) {
            if (Double.isFinite(s.trainLoss())) {
                trainLossSeries.getData().add(new XYChart.Data<>(s.epoch(), s.trainLoss()));
            }
            if (Double.isFinite(s.validationLoss())) {
                validationLossSeries.getData().add(new XYChart.Data<>(s.epoch(), s.validationLoss()));
            }
            if (Double.isFinite(s.validationAccuracy())) {
                validationAccuracySeries.getData().add(new XYChart.Data<>(s.epoch(), s.validationAccuracy()));
            }
        }
    }
}
