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
        // Before any ND4J class loads. Only the `train` command turns JavaCPP's pointer GC off (1.5x faster
        // minibatches): DL4J M2.1 then leaks native memory in fit() and output(), which a training process bounds
        // by running one epoch per process; predict, bench and the long-running workbench keep the GC (ADR 0004).
        if (args.length > 0 && "train".equals(args[0]) && System.getProperty(org.loclens.model.network.Nd4jThreads.NO_POINTER_GC) == null) {
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
