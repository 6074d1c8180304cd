package org.loclens.app.gui;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.loclens.app.gui.common.ActiveModel;
import org.loclens.app.gui.main.MainView;
import org.loclens.app.gui.predict.PredictionRow;

/**
 * Developer option behind {@code -Dloclens.startupProbe=FASTA}, read by {@code loclens bench}: times the
 * workbench's start as a user sees it. Prints to stderr, in milliseconds since JVM start,
 * <pre>
 * loclens-probe: window-shown MS       the window is shown and its first frame laid out and handed to the renderer
 * loclens-probe: first-prediction MS   the first row of FASTA is in the Predict table
 * loclens-probe: all-predictions MS    every protein of FASTA is predicted
 * </pre>
 * then quits. FASTA is handed over as soon as the window is up, exactly as if dropped on it, so the time
 * includes waiting for the models to load on the model thread. If no prediction can come (no model, no
 * rows), it prints {@code loclens-probe: failed REASON} and quits.
 */
final class StartupProbe {

    static final String PROPERTY = "loclens.startupProbe";
    static final String PREFIX = "loclens-probe: ";

    private final MainView main;
    private final ActiveModel model;
    private final Path fasta;
    private final PrintStream out;
    private final LongSupplier millisSinceStart;
    private final Runnable quit;
    private boolean firstRowSeen;
    private boolean done;

    StartupProbe(MainView main, ActiveModel model, Path fasta, PrintStream out, LongSupplier millisSinceStart, Runnable quit) {
        this.main = main;
        this.model = model;
        this.fasta = fasta;
        this.out = out;
        this.millisSinceStart = millisSinceStart;
        this.quit = quit;
    }

    /** The probe of {@code -Dloclens.startupProbe}, reporting to stderr and quitting the app; null when the property is unset. */
    static StartupProbe fromSystemProperty(MainView main, ActiveModel model) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return null;
        }
        return new StartupProbe(main, model, Path.of(file), System.err,
                () -> ManagementFactory.getRuntimeMXBean().getUptime(), Platform::exit);
    }

    /** Call before {@code stage.show()}. */
    void attach(Stage stage) {
        // once: a stage shown again later (TestFX reuses its stage across tests) must not start a second probe
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<WindowEvent>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                afterNextPulse(stage.getScene(), StartupProbe.this::windowShown);
            }
        });
    }

    /** Runs {@code action} once, after the CSS and layout passes of the next pulse (the frame then goes to the renderer). */
    private static void afterNextPulse(Scene scene, Runnable action) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this); // the listener list is copy-on-write
                action.run();
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }

    private void windowShown() {
        print("window-shown");
        ObservableList<PredictionRow> table = main.predictView().table().getItems();
        table.addListener((ListChangeListener<PredictionRow>) c -> {
            if (!firstRowSeen && !table.isEmpty()) {
                firstRowSeen = true;
                print("first-prediction");
            }
        });
        main.predictViewModel().runningProperty().addListener((o, was, running) -> {
            if (!running) {
                finish(firstRowSeen ? null : "no rows predicted from " + fasta);
            }
        });
        // without a model the drop is refused and nothing would ever end the probe
        model.statusProperty().addListener((o, was, status) -> failIfNoModel());
        main.predictFiles(List.of(fasta)); // the drop handler's own path
        failIfNoModel();
    }

    private void failIfNoModel() {
        ActiveModel.Status s = model.getStatus();
        if (s == ActiveModel.Status.NONE || s == ActiveModel.Status.FAILED) {
            finish("no model (" + model.statusTextProperty().get() + ")");
        }
    }

    private void finish(String failure) {
        if (done) {
            return;
        }
        done = true;
        if (failure == null) {
            print("all-predictions");
        } else {
            out.println(PREFIX + "failed " + failure);
        }
        out.flush();
        quit.run();
    }

    private void print(String event) {
        out.println(PREFIX + event + " " + millisSinceStart.getAsLong());
        out.flush();
    }
}
