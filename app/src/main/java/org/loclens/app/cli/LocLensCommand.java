package org.loclens.app.cli;

import java.io.PrintWriter;
import org.loclens.model.Version;
import org.loclens.model.data.BadInputException;
import org.loclens.model.io.ModelFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code loclens} command and its subcommands. */
@Command(name = "loclens", mixinStandardHelpOptions = true, versionProvider = LocLensCommand.VersionProvider.class,
        description = "Predicts where in the cell a protein goes, from its sequence (Sønderby et al. 2015 convolutional LSTMs).%n"
                + "Run without a command to open the LocLens window.",
        subcommands = {PredictCommand.class, TrainCommand.class, EvaluateCommand.class, AverageCommand.class, FiguresCommand.class,
                BenchCommand.class})
public final class LocLensCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with LocLens's error handling: bad input is one line on stderr, exit code 2. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new LocLensCommand());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof BadInputException || ex instanceof ModelFormatException || ex instanceof IllegalArgumentException
                    || ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException
                    || ex instanceof UserError) {
                err.println("loclens: " + ex.getMessage());
                return 2;
            }
            err.println("loclens: internal error: " + ex);
            ex.printStackTrace(err);
            return 1;
        });
        return cl;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"LocLens " + Version.current()};
        }
    }
}
