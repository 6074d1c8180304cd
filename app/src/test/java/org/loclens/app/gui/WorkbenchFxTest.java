package org.loclens.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loclens.app.gui.common.ActiveModel;
import org.loclens.app.gui.common.AppContext;
import org.loclens.app.gui.common.I18n;
import org.loclens.app.gui.explore.ExploreViewModel;
import org.loclens.app.gui.figure.FigurePane;
import org.loclens.app.gui.main.MainView;
import org.loclens.app.gui.predict.PredictViewModel;
import org.loclens.app.gui.protein.ProteinViewModel;
import org.loclens.app.gui.task.FxTaskExecutor;
import org.loclens.app.gui.task.TaskHandle;
import org.loclens.app.gui.train.TrainViewModel;
import org.loclens.viz.ExportFormat;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on headless Monocle, with a tiny R-LSTM + A-LSTM ensemble and the JavaFX executor: files
 * opened through the tool bar fill the table, a selected protein gets its attention track drawn, training
 * starts and cancels cleanly (also when the window is closed), figures export to files that parse.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFxTest {

    static {
        // the window is built in @Start; on a loaded 2-core machine that can exceed TestFX's default wait
        System.setProperty("testfx.setup.timeout", "180000");
    }

    @TempDir
    Path tmp;

    StubDialogs dialogs;
    FxTaskExecutor executor;
    AppContext context;
    MainView main;

    @Start
    void start(Stage stage) {
        dialogs = new StubDialogs();
        executor = new FxTaskExecutor();
        context = Fixtures.context(executor, tmp, dialogs);
        main = new MainView(context, new PredictViewModel(context), new ProteinViewModel(context),
                new ExploreViewModel(context, () -> Fixtures.labelled(24, 9)),
                new TrainViewModel(context, () -> Fixtures.labelled(60, 21), () -> Fixtures.labelled(12, 22), Fixtures::shrink));
        Scene scene = new Scene(main.root(), 1100, 750);
        scene.getStylesheets().add(LocLensApp.stylesheet());
        stage.setScene(scene);
        stage.show();
        context.activeModel().use(Fixtures.ensemble(), null);
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    private static void waitUntil(double seconds, BooleanSupplier onFx) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            if (WaitForAsyncUtils.asyncFx(onFx::getAsBoolean).get()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("condition not met within " + seconds + " s");
    }

    private Path fasta(int n) throws Exception {
        Path f = tmp.resolve("proteins.fasta");
        Files.writeString(f, Fixtures.fasta(Fixtures.labelled(n, 31)));
        return f;
    }

    private void openFasta(FxRobot robot, int n) throws Exception {
        waitUntil(30, () -> context.activeModel().getStatus() == ActiveModel.Status.READY);
        dialogs.openAnswers.add(List.of(fasta(n)));
        robot.clickOn("#openFastaButton");
        waitUntil(30, () -> main.predictView().table().getItems().size() == n
                && !main.predictViewModel().runningProperty().get());
        waitUntil(10, () -> robot.lookup(".table-cell").match(LabeledMatchers.hasText("TP0000")).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openingAFastaFileFillsTheTableWithOnePredictedRowPerProtein(FxRobot robot) throws Exception {
        openFasta(robot, 20);

        var rows = main.predictView().table().getItems();
        assertEquals("TP0000", rows.get(0).id());
        assertEquals(1.0, java.util.Arrays.stream(rows.get(0).prediction().probabilities()).sum(), 1e-6);
        assertNotNull(robot.lookup("TP0019").tryQuery().orElse(null), "the rows are on screen");
        assertTrue(main.predictViewModel().summaryProperty().get().startsWith("20 proteins"));
    }

    @Test
    void doubleClickingAProteinDrawsItsAttentionTrackInTheProteinView(FxRobot robot) throws Exception {
        openFasta(robot, 8);

        robot.doubleClickOn("TP0003");
        FigurePane track = main.proteinView().trackPane();
        waitUntil(30, () -> track.getFigure() != null && track.drawCount() > 0 && track.canvas().getWidth() > 50);

        assertEquals("TP0003", main.proteinViewModel().currentProperty().get().id());
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> track.canvas().snapshot(null, null)).get();
        assertTrue(nonWhitePixels(image) > 1000, "the track is drawn: " + nonWhitePixels(image) + " non-white pixels");
    }

    private static int nonWhitePixels(WritableImage image) {
        PixelReader r = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = r.getColor(x, y);
                if (c.getRed() + c.getGreen() + c.getBlue() < 2.9) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void trainingStartsAndCancelsCleanlyAndClosingTheWindowStopsItFirst(FxRobot robot) throws Exception {
        TrainViewModel train = main.trainViewModel();
        robot.interact(() -> {
            main.select(3);
            train.epochsProperty().set(200);
            train.unitsProperty().set(8);
            train.batchSizeProperty().set(8);
        });

        robot.clickOn("#start");
        waitUntil(60, () -> train.batchLoss().size() >= 2);
        robot.clickOn("#cancel");
        waitUntil(60, () -> !train.runningProperty().get());
        assertTrue(train.messageProperty().get().startsWith("Cancelled"), train.messageProperty().get());
        assertNoTemporaryFiles(train.checkpointDir());

        robot.clickOn("#start");
        waitUntil(60, () -> train.batchLoss().size() >= 2 && train.runningProperty().get());
        // the first run may have finished an epoch before the cancel, and the second start then asked whether to
        // discard its checkpoint: only the question on closing counts here
        robot.interact(dialogs.confirmations::clear);
        AtomicBoolean closed = new AtomicBoolean();
        boolean closeNow = WaitForAsyncUtils.asyncFx(() -> main.requestClose(() -> closed.set(true))).get();
        assertFalse(closeNow, "the window waits for the training to stop");
        assertEquals(List.of(I18n.get("close.text")), dialogs.confirmations, "the user was asked first");
        waitUntil(60, closed::get);
        assertFalse(train.runningProperty().get());
        assertNoTemporaryFiles(train.checkpointDir());
    }

    private static void assertNoTemporaryFiles(Path dir) throws Exception {
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no half-written files");
            }
        }
    }

    @Test
    void exportingAFigureWritesPngSvgAndPdfFilesThatParse(FxRobot robot) throws Exception {
        openFasta(robot, 4);
        robot.doubleClickOn("TP0001");
        FigurePane track = main.proteinView().trackPane();
        waitUntil(30, () -> track.getFigure() != null && track.drawCount() > 0);

        Path png = tmp.resolve("figures/track.png");
        dialogs.saveAnswers.add(png);
        robot.clickOn(robot.from(track).lookup(".figure-export").queryAs(javafx.scene.Node.class));
        robot.clickOn("PNG\u2026");
        waitUntil(30, () -> Files.exists(png));
        BufferedImage read = ImageIO.read(png.toFile());
        assertNotNull(read, "PNG readable by ImageIO");
        assertTrue(read.getWidth() > 100);

        Path svg = tmp.resolve("figures/track.svg");
        TaskHandle h = WaitForAsyncUtils.asyncFx(() -> track.export(svg, ExportFormat.SVG, 72)).get();
        assertTrue(h.await(30, TimeUnit.SECONDS));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());

        Path pdf = tmp.resolve("figures/track.pdf");
        TaskHandle h2 = WaitForAsyncUtils.asyncFx(() -> track.export(pdf, ExportFormat.PDF, 72)).get();
        assertTrue(h2.await(30, TimeUnit.SECONDS));
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }
}
