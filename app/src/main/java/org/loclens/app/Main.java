package org.loclens.app;

import org.loclens.app.cli.LocLensCommand;
import picocli.CommandLine;

/**
 * Entry point of {@code java -jar loclens.jar}: with no argument it opens the workbench, otherwise it
 * runs a command ({@code predict}, {@code train}, {@code evaluate}, {@code figures}, {@code bench}).
 * Kept free of JavaFX types so the command line works without a display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // before any ND4J class loads: LocLens frees native arrays itself (1.5x faster training, see Nd4jThreads)
        if (System.getProperty(org.loclens.model.network.Nd4jThreads.NO_POINTER_GC) == null) {
            System.setProperty(org.loclens.model.network.Nd4jThreads.NO_POINTER_GC, "true");
        }
        if (args.length == 0 && GuiLauncher.available()) {
            GuiLauncher.launch(args);
            return;
        }
        int code = LocLensCommand.commandLine().execute(args);
        System.exit(code);
    }
}
