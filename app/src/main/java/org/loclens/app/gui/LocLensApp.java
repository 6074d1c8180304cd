package org.loclens.app.gui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.loclens.app.gui.common.AppContext;
import org.loclens.app.gui.common.AppSettings;
import org.loclens.app.gui.common.FxDialogService;
import org.loclens.app.gui.common.Notifications;
import org.loclens.app.gui.main.MainView;
import org.loclens.app.gui.task.FxTaskExecutor;

/**
 * The LocLens workbench. Opens the window at once and loads the models in the background; remembers the
 * window's bounds, the last folder and the active model. {@code org.loclens.app.Main} starts it by
 * reflection when run without arguments.
 *
 * <p>Hidden developer option: {@code -Dloclens.screenshot=DIR} (or {@code --screenshot DIR} when launched
 * directly) walks through the views and writes one PNG per view into DIR, then quits (see
 * {@link ScreenshotTour}). {@code -Dloclens.startupProbe=FASTA} times the start to the first window and to the
 * first prediction of FASTA, then quits ({@link StartupProbe}, used by {@code loclens bench}).
 */
public final class LocLensApp extends Application {

    static final String STYLESHEET = "/org/loclens/app/gui/loclens.css";
    /** {@code java -Dloclens.screenshot=DIR -jar loclens.jar}: the developer screenshot tour. */
    static final String SCREENSHOT_PROPERTY = "loclens.screenshot";

    private AppContext context;
    private MainView main;
    private FxTaskExecutor executor;
    private Stage stage;

    /** Called by {@code Main} (a class that is not an Application, as the classpath launch requires). */
    public static void launchApp(String[] args) {
        Application.launch(LocLensApp.class, args);
        System.exit(0); // ND4J leaves native threads behind
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        AppSettings settings = AppSettings.standard();
        executor = new FxTaskExecutor();
        context = new AppContext(executor, settings, new Notifications(), new FxDialogService(() -> stage));
        // models (and ND4J) load on the model thread while this thread builds the window: first prediction sooner;
        // the result arrives through the FX queue, so after the views below exist
        context.activeModel().loadAtStartup();
        main = new MainView(context);
        Scene scene = new Scene(main.root(), settings.getDouble("window.width", 1200), settings.getDouble("window.height", 800));
        scene.getStylesheets().add(stylesheet());
        stage.setScene(scene);
        stage.setTitle("LocLens");
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        restorePosition(stage, settings);
        if (LocLensApp.class.getResource("/org/loclens/app/gui/icon.png") != null) {
            stage.getIcons().add(new Image(LocLensApp.class.getResourceAsStream("/org/loclens/app/gui/icon.png")));
        }
        stage.setOnCloseRequest(e -> {
            if (!main.requestClose(() -> {
                rememberWindow();
                stage.close();
                Platform.exit();
            })) {
                e.consume();
            } else {
                rememberWindow();
            }
        });
        StartupProbe probe = StartupProbe.fromSystemProperty(main, context.activeModel());
        if (probe != null) {
            probe.attach(stage);
        }
        stage.show();

        String shots = System.getProperty(SCREENSHOT_PROPERTY);
        List<String> raw = getParameters().getRaw();
        int i = raw.indexOf("--screenshot");
        if (i >= 0 && i + 1 < raw.size()) {
            shots = raw.get(i + 1);
        }
        if (shots != null && !shots.isBlank()) {
            new ScreenshotTour(main, context, stage, Path.of(shots)).start();
        }
    }

    static String stylesheet() {
        return LocLensApp.class.getResource(STYLESHEET).toExternalForm();
    }

    private static void restorePosition(Stage stage, AppSettings s) {
        double x = s.getDouble("window.x", Double.NaN);
        double y = s.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 100)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(s.getBoolean("window.maximized"));
    }

    private void rememberWindow() {
        AppSettings s = context.settings();
        s.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            s.putDouble("window.width", stage.getScene().getWidth());
            s.putDouble("window.height", stage.getScene().getHeight());
            s.putDouble("window.x", stage.getX());
            s.putDouble("window.y", stage.getY());
        }
        s.save();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
    }
}
