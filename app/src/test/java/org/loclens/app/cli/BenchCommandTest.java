package org.loclens.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loclens.model.bench.BenchReport;
import org.loclens.model.data.MultiLoc;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.network.Architecture;
import picocli.CommandLine;

/**
 * The command's parts: a real {@code bench --quick} takes minutes (default-size networks, 600 proteins, a JVM
 * subprocess), so this runs the t-SNE and figure timing on 12 proteins and the subprocess timings (CLI and
 * workbench probe) on shell commands; the report's formatting is tested in the model module ({@code BenchReportTest}).
 */
class BenchCommandTest {

    @Test
    void benchIsRegisteredWithItsOptions() {
        CommandLine cl = LocLensCommand.commandLine();
        assertTrue(cl.getSubcommands().containsKey("bench"));
        String usage = cl.getSubcommands().get("bench").getUsageMessage();
        for (String option : List.of("--model", "--out", "--repeats", "--quick", "--minibatches")) {
            assertTrue(usage.contains(option), option);
        }
        assertTrue(usage.contains("docs/BENCHMARKS.md"));
    }

    @Test
    void refusesBadRepeatsBeforeMeasuringAnything(@TempDir Path dir) {
        CommandLine cl = LocLensCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        Path out = dir.resolve("BENCHMARKS.md");
        int code = cl.execute("bench", "--repeats", "0", "--out", out.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("--repeats must be between 1 and 50"), err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void startsTheSubprocessWithThisJava() {
        List<String> cmd = BenchCommand.javaCommand();
        assertTrue(cmd.get(0).endsWith("/bin/java"), cmd.toString());
        assertTrue(cmd.contains("-jar") || cmd.contains("org.loclens.app.Main"), cmd.toString());
    }

    @Test
    void timesTsneAndTheSevenFiguresWithUntrainedNetworks(@TempDir Path dir) throws Exception {
        BenchCommand c = new BenchCommand();
        c.repeats = 1;
        TrainedModel r = BenchCommand.untrained(Architecture.RLSTM);
        TrainedModel a = BenchCommand.untrained(Architecture.ALSTM);
        BenchCommand.Models m = new BenchCommand.Models(List.of(new BenchCommand.Timed("R-LSTM", r, "untrained", false),
                new BenchCommand.Timed("A-LSTM", a, "untrained", false)), List.of(r, a), true, List.of());
        BenchReport report = new BenchReport().repeats(1);
        c.timeAnalysis(report, m, MultiLoc.test().subList(0, 12), dir);
        String md = report.toMarkdown();
        assertTrue(md.contains("of 12 held-out hidden states × 200 dimensions"), md);
        for (String f : List.of("confusion-matrix", "attention-heatmap", "attention-track", "filter-logos", "tsne",
                "training-curves", "prediction-bars")) {
            assertTrue(md.contains("| " + f + " | "), f);
        }
        assertFalse(md.contains("## Notes"), md);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(21, files.count(), "7 figures x PNG, SVG, PDF");
        }
    }

    @Test
    void timesTheModelsLoadedLineAndTheExitOfASubprocess() throws Exception {
        double[] t = BenchCommand.runOnce(List.of("sh", "-c", "sleep 0.2; echo 'loclens: predicting with R-LSTM' >&2; sleep 0.3"));
        assertTrue(t[0] >= 0.2 && t[0] < t[1], t[0] + " " + t[1]);
        assertTrue(t[1] >= 0.5);
        double[] none = BenchCommand.runOnce(List.of("sh", "-c", "true"));
        assertTrue(Double.isNaN(none[0]));
    }

    @Test
    void readsTheWorkbenchProbeLinesAsSecondsSinceJvmStart() throws Exception {
        BenchCommand.GuiStart g = BenchCommand.runGuiOnce(List.of("sh", "-c", "echo 'INFO some log' >&2; "
                + "echo 'loclens-probe: window-shown 1234' >&2; echo 'loclens-probe: first-prediction 4321' >&2; "
                + "echo 'loclens-probe: all-predictions 5000' >&2"), Duration.ofSeconds(30));
        assertEquals(new BenchCommand.GuiStart(1.234, 4.321, 5.0), g);
    }

    @Test
    void aWorkbenchRunThatHangsIsKilledAtTheTimeoutAndNotMeasured() {
        long t0 = System.nanoTime();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BenchCommand.runGuiOnce(List.of("sh", "-c",
                "echo 'loclens-probe: window-shown 900' >&2; sleep 60"), Duration.ofSeconds(1)));
        assertTrue((System.nanoTime() - t0) / 1e9 < 20, "killed, not waited for");
        assertEquals("killed after 1 s (probe saw window-shown)", e.getMessage());
    }

    @Test
    void aWorkbenchRunWithoutAllProbeLinesIsNotMeasured() {
        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> BenchCommand.runGuiOnce(List.of("sh", "-c",
                "echo 'loclens-probe: window-shown 900' >&2; echo 'loclens-probe: failed no model (No model)' >&2"),
                Duration.ofSeconds(30)));
        assertEquals("probe failed: no model (No model)", failed.getMessage());
        IllegalStateException crashed = assertThrows(IllegalStateException.class, () -> BenchCommand.runGuiOnce(List.of("sh", "-c",
                "echo 'Exception in thread main' >&2; exit 1"), Duration.ofSeconds(30)));
        assertEquals("exited with 1, no probe line: Exception in thread main", crashed.getMessage());
    }
}
