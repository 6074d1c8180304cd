package org.loclens.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loclens.app.gui.common.AppContext;
import org.loclens.app.gui.explore.ExploreViewModel;
import org.loclens.app.gui.main.MainView;
import org.loclens.app.gui.predict.PredictViewModel;
import org.loclens.app.gui.predict.PredictionRow;
import org.loclens.app.gui.protein.ProteinViewModel;
import org.loclens.app.gui.task.FxTaskExecutor;
import org.loclens.app.gui.train.TrainViewModel;
import org.loclens.model.io.ModelFile;
import org.loclens.model.io.TrainedModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The startup probe on the real window (headless Monocle), started the way {@code LocLensApp} starts: the probe
 * attached before the window shows, then the models named in the settings (a tiny ensemble saved to files) load
 * on the model thread. The dropped file must wait for them and be predicted in full before the probe quits. One
 * test only: a window left predicting after its test would fail the next one on the closed executor.
 */
@ExtendWith(ApplicationExtension.class)
class StartupProbeFxTest {

    static {
        // the window is built in @Start; on a loaded 2-core machine that can exceed TestFX's default wait
        System.setProperty("testfx.setup.timeout", "180000");
    }

    static final int PROTEINS = 10;

    @TempDir
    Path tmp;

    FxTaskExecutor executor;
    MainView main;
    final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    final CountDownLatch quit = new CountDownLatch(1);

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxTaskExecutor();
        AppContext context = Fixtures.context(executor, tmp, new StubDialogs());
        List<Path> models = new ArrayList<>();
        for (TrainedModel m : Fixtures.ensemble()) {
            Path file = tmp.resolve("model" + models.size() + ".zip");
            ModelFile.save(m, file);
            models.add(file);
        }
        context.settings().setActiveModels(models);
        main = new MainView(context, new PredictViewModel(context), new ProteinViewModel(context),
                new ExploreViewModel(context, () -> Fixtures.labelled(24, 9)),
                new TrainViewModel(context, () -> Fixtures.labelled(60, 21), () -> Fixtures.labelled(12, 22), Fixtures::shrink));
        Path fasta = tmp.resolve("ten.fasta");
        Files.writeString(fasta, Fixtures.fasta(Fixtures.labelled(PROTEINS, 31)));

        StartupProbe probe = new StartupProbe(main, context.activeModel(), fasta,
                new PrintStream(printed, true, StandardCharsets.UTF_8), () -> System.nanoTime() / 1_000_000, quit::countDown);
        stage.setScene(new Scene(main.root(), 1000, 700));
        probe.attach(stage);
        stage.show();
        context.activeModel().loadAtStartup();
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void reportsTheWindowThenTheFirstAndAllPredictionsOfTheDroppedFileAndQuits() throws Exception {
        assertNull(StartupProbe.fromSystemProperty(main, null), "the app has no probe unless -D" + StartupProbe.PROPERTY + " is set");
        assertTrue(quit.await(120, TimeUnit.SECONDS), "the probe quits: " + printed);

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        String[] events = {"window-shown", "first-prediction", "all-predictions"};
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < events.length; i++) {
            String prefix = StartupProbe.PREFIX + events[i] + " ";
            assertTrue(lines.get(i).startsWith(prefix), lines.toString());
            long millis = Long.parseLong(lines.get(i).substring(prefix.length()));
            assertTrue(millis >= previous, "events in order: " + lines);
            previous = millis;
        }
        List<String> ids = WaitForAsyncUtils.asyncFx(() -> main.predictView().table().getItems().stream()
                .map(PredictionRow::id).sorted().toList()).get();
        assertEquals(Fixtures.labelled(PROTEINS, 31).stream().map(p -> p.id()).sorted().toList(), ids,
                "every protein of the file is in the table");
    }
}
