package org.loclens.app.gui;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.loclens.app.gui.common.ActiveModel;
import org.loclens.app.gui.common.AppContext;
import org.loclens.app.gui.main.MainView;

/**
 * Developer tool behind {@code --screenshot DIR}: drives the real window through each view (sample
 * predictions, one protein, the held-out analysis, a short training run) and snapshots the scene to
 * {@code predict.png}, {@code protein.png}, {@code explore-*.png} and {@code train.png}. A step machine on
 * an FX Timeline: no extra threads, every step runs on the FX thread.
 */
final class ScreenshotTour {

    private record Step(String name, BooleanSupplier ready, Runnable action, double timeoutSeconds) {
    }

    private final MainView main;
    private final AppContext context;
    private final Stage stage;
    private final Path dir;
    private final Deque<Step> steps = new ArrayDeque<>();
    private final Timeline ticker;
    private double waited;

    ScreenshotTour(MainView main, AppContext context, Stage stage, Path dir) {
        this.main = main;
        this.context = context;
        this.stage = stage;
        this.dir = dir;
        this.ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        plan();
    }

    void start() {
        stage.setMaximized(false);
        stage.setWidth(1280);
        stage.setHeight(820);
        ticker.play();
    }

    private void step(String name, BooleanSupplier ready, Runnable action, double timeout) {
        steps.add(new Step(name, ready, action, timeout));
    }

    private void pause(double seconds) {
        double[] until = new double[1];
        step("pause", () -> {
            if (until[0] == 0) {
                until[0] = System.nanoTime() / 1e9 + seconds;
            }
            return System.nanoTime() / 1e9 >= until[0];
        }, () -> { }, seconds + 5);
    }

    private void shot(String file) {
        pause(0.8);
        step("snapshot " + file, () -> true, () -> snapshot(file), 5);
    }

    private void plan() {
        int trainEpochs = Integer.getInteger("loclens.tour.trainEpochs", 3);
        int trainUnits = Integer.getInteger("loclens.tour.trainUnits", 8);
        int trainProteins = Integer.getInteger("loclens.tour.trainProteins", 300);
        step("model", () -> context.activeModel().getStatus() != ActiveModel.Status.LOADING, () -> { }, 600);
        step("sample", () -> true, main::openSample, 5);
        step("predicted", () -> !main.predictViewModel().runningProperty().get() && !main.predictViewModel().rows().isEmpty(),
                () -> {
                    var sel = main.predictView().table().getSelectionModel();
                    sel.clearSelection();
                    sel.selectIndices(0, 3, 5);
                    sel.select(2);
                    main.predictView().table().requestFocus();
                }, 600);
        shot("predict.png");
        step("protein tab", () -> true, () -> main.select(1), 5);
        step("track", () -> main.proteinView().trackPane().getFigure() != null
                && !main.proteinViewModel().busyProperty().get(), () -> { }, 300);
        shot("protein.png");
        step("explore tab", () -> true, () -> main.select(2), 5);
        step("analysis", () -> main.exploreViewModel().analysisProperty().get() != null
                && !main.exploreViewModel().runningProperty().get(), () -> main.exploreView().selectFigure(0), 3600);
        pause(0.5);
        step("cell", () -> true, this::selectLargestConfusion, 5);
        shot("explore-confusion.png");
        String[] names = {"explore-attention.png", "explore-logos.png", "explore-tsne.png", "explore-curves.png"};
        for (int i = 0; i < names.length; i++) {
            int tab = i + 1;
            step("figure " + tab, () -> true, () -> main.exploreView().selectFigure(tab), 5);
            if (tab == 3) {
                pause(0.6);
                step("lasso", () -> true, this::lassoCentre, 5);
            }
            shot(names[i]);
        }
        step("train tab", () -> true, () -> {
            main.select(3);
            var train = main.trainViewModel();
            train.epochsProperty().set(trainEpochs);
            train.unitsProperty().set(trainUnits);
            train.batchSizeProperty().set(32);
            train.evaluateProperty().set(false);
            try {
                // a labelled FASTA of a few hundred MultiLoc training proteins: a run that ends within minutes
                Path data = Files.createTempFile("loclens-tour", ".fasta");
                var records = org.loclens.model.data.MultiLoc.training().subList(0, trainProteins);
                StringBuilder s = new StringBuilder();
                records.forEach(r -> s.append('>').append(r.id()).append(' ').append(r.location().orElseThrow().label())
                        .append('\n').append(r.sequence()).append('\n'));
                Files.writeString(data, s);
                train.dataFileProperty().set(data);
                train.dataProperty().set(org.loclens.app.gui.train.TrainViewModel.DataChoice.FILE);
            } catch (IOException e) {
                System.err.println("screenshot tour: " + e);
            }
            train.start();
        }, 5);
        step("trained", () -> !main.trainViewModel().runningProperty().get(), () -> main.trainView().showCurves(), 3600);
        shot("train.png");
        step("quit", () -> true, () -> {
            ticker.stop();
            Platform.exit();
        }, 5);
    }

    /** Selects a box around the first highlighted point (or the first point), as a lasso there would. */
    private void lassoCentre() {
        var f = main.exploreViewModel().tsneProperty().get();
        if (f == null || f.size() == 0) {
            return;
        }
        Rectangle2D area = main.exploreView().tsnePane().figureArea();
        int centre = f.highlighted().isEmpty() ? 0 : f.highlighted().iterator().next();
        java.awt.geom.Point2D p = f.position(area, centre);
        if (p != null) {
            main.exploreView().selectBox(new Rectangle2D.Double(p.getX() - 30, p.getY() - 25, 60, 50));
        }
    }

    /** Clicks the largest off-diagonal cell of the confusion matrix. */
    private void selectLargestConfusion() {
        var a = main.exploreViewModel().analysisProperty().get();
        int[][] c = a.confusion().counts();
        int bestRow = 0;
        int bestCol = 1;
        for (int i = 0; i < c.length; i++) {
            for (int j = 0; j < c.length; j++) {
                if (i != j && c[i][j] > c[bestRow][bestCol]) {
                    bestRow = i;
                    bestCol = j;
                }
            }
        }
        main.exploreView().selectCell(bestRow, bestCol);
    }

    private void tick() {
        Step s = steps.peek();
        if (s == null) {
            ticker.stop();
            return;
        }
        waited += 0.25;
        boolean ready = s.ready().getAsBoolean();
        if (!ready && waited < s.timeoutSeconds()) {
            return;
        }
        if (!ready) {
            System.err.println("screenshot tour: gave up waiting for " + s.name());
        }
        steps.poll();
        waited = 0;
        try {
            s.action().run();
        } catch (RuntimeException e) {
            System.err.println("screenshot tour: " + s.name() + " failed: " + e);
        }
    }

    private void snapshot(String file) {
        WritableImage image = stage.getScene().snapshot(null);
        try {
            Files.createDirectories(dir);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", dir.resolve(file).toFile());
            System.err.println("screenshot tour: wrote " + dir.resolve(file));
        } catch (IOException e) {
            System.err.println("screenshot tour: " + file + ": " + e.getMessage());
        }
    }
}
