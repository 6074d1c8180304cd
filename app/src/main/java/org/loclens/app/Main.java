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
        if (args.length > 0 && "train".equals(args[0])) {
            setIfAbsent(org.loclens.model.network.Nd4jThreads.NO_POINTER_GC, "true");
        }
        // With the GC on, JavaCPP reads /proc/self/statm on every allocation to enforce maxphysicalbytes; the
        // maxbytes bound (a forced GC past 2 GB of native arrays) keeps native memory flat instead (ADR 0008).
        setIfAbsent("org.bytedeco.javacpp.maxphysicalbytes", "0");
        setIfAbsent("org.bytedeco.javacpp.maxbytes", "2g");
        if (args.length == 0 && GuiLauncher.available()) {
            GuiLauncher.launch(args);
            return;
        }
        int code = LocLensCommand.commandLine().execute(args);
        System.exit(code);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
