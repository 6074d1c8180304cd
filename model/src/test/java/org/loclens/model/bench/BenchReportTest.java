package org.loclens.model.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loclens.model.network.Architecture;
import org.loclens.model.network.NetworkConfig;

class BenchReportTest {

    private static BenchReport sample() {
        MachineInfo m = new MachineInfo("AMD EPYC 7B13", 2, 23_000, "Linux 6.1 amd64", "OpenJDK 64-Bit Server VM 17.0.15", 3072,
                "CpuBackend, BLAS OPENBLAS", "linux-x86_64-onednn-avx2, oneDNN on", "1 (ND4J max threads), OMP_NUM_THREADS=1");
        NetworkConfig r = NetworkConfig.defaults(Architecture.RLSTM);
        // 5959 proteins, 2,700,000 residues; R-LSTM 50 s per pass = 119 proteins/s, A-LSTM 80 s = 74 proteins/s
        var rl = new PredictionBenchmark.Throughput("R-LSTM", 5959, 2_700_000, 1e12, 328_800, 1, Stats.of(52, 50, 49), 1);
        var al = new PredictionBenchmark.Throughput("A-LSTM", 5959, 2_700_000, 1.4e12, 489_600, 1, Stats.of(80, 81, 79), 1);
        var en = new PredictionBenchmark.Throughput("ensemble of [R-LSTM, A-LSTM]", 5959, 2_700_000, 2.4e12, 818_400, 2, Stats.of(130, 131, 129), 2);
        var stream = new PredictionBenchmark.StreamResult("ensemble of [R-LSTM, A-LSTM]", 2000, 50, 40, 120, 210, 200, 205, 1500, 1400, 1500, 80, 85, 3072);
        var training = new TrainingBenchmark.Timing("R-LSTM", r, 6, 64, 4295, 477, 68, new long[] {6400, 19200}, Stats.of(2.0, 2.2, 1.9),
                "Trainer.epochBatches", OptionalLong.of(26_900));
        return new BenchReport().date(Instant.parse("2026-11-25T19:45:00Z")).command("java -jar app/target/loclens.jar bench --quick")
                .machine(m).model("R-LSTM: bundled rlstm.zip").repeats(3).quick(true).wallSeconds(321)
                .throughputData("MultiLoc (bundled), first 600 proteins").throughput(rl).throughput(al).throughput(en)
                .stream(stream).training(training).trainingDataProteins(4772)
                .recorded(new BenchReport.RecordedEpochs("R-LSTM", 12, Stats.of(150, 160, 155)))
                .gemm(1024, Stats.of(40, 42, 41), 256, Stats.of(30, 31, 29), 0.5)
                .flops(new BenchReport.NamedFlops("R-LSTM", FlopCount.of(r)))
                .tsne(new BenchReport.TsneTiming(1187, 200, 1000, Stats.of(11, 10, 12)))
                .figure(new BenchReport.FigureTiming("confusion-matrix", Stats.of(0.1, 0.2, 0.1), Stats.of(0.3, 0.3, 0.3), Stats.of(0.05, 0.05, 0.05), null))
                .startup(new BenchReport.StartupTiming("java -jar loclens.jar predict sample10.fasta", 10, Stats.of(3, 3.2, 3.1), Stats.of(4, 4.1, 4.2)))
                .guiStartup(gui(true, Stats.of(2.0, 2.4), Stats.of(7.5, 8.1), List.of("run 3: killed after 120 s (probe saw window-shown)")));
    }

    /** A GUI start whose all-predictions time is the first prediction + 0.1 s. */
    private static BenchReport.GuiStartTiming gui(boolean headless, Stats window, Stats firstPrediction, List<String> notMeasured) {
        double[] after = new double[window.count()];
        for (int i = 0; i < after.length; i++) {
            after[i] = firstPrediction.samples()[i] - window.samples()[i];
        }
        return new BenchReport.GuiStartTiming("java -Dloclens.startupProbe=sample10.fasta -jar loclens.jar", 10,
                headless ? "headless (Monocle), no DISPLAY" : "X display :99", headless, window, firstPrediction, Stats.of(after),
                firstPrediction.map(s -> s + 0.1), notMeasured);
    }

    @Test
    void rendersEverySectionWithMedianAndRange() {
        String md = sample().toMarkdown();
        for (String heading : List.of("## Machine", "## 1. Prediction throughput", "### Streaming", "## 2. Training time per epoch",
                "## 3. Machine limit", "## 4. t-SNE and figures", "## 5. App start", "## 6. Targets")) {
            assertTrue(md.contains(heading), heading);
        }
        assertTrue(md.contains("2026-11-25 19:45 UTC"));
        assertTrue(md.contains("java -jar app/target/loclens.jar bench --quick"));
        assertTrue(md.contains("| CPU (`lscpu` model name) | AMD EPYC 7B13 |"));
        assertTrue(md.contains("| R-LSTM | 119.2 (114.6–121.6) | 50.0 (49.0–52.0) |"), md);
        assertTrue(md.contains("| R-LSTM | 2.00 (1.90–2.20) | 136 (129–150) | 140 | 26,900 |"), "training row + validation pass (477 / 119.2 = 4 s)");
        assertTrue(md.contains("| R-LSTM | 12 | 155 (150–160) |"), "recorded epoch seconds");
        assertTrue(md.contains("| R-LSTM | 64,800 | 264,000 | 0 | 328,800 |"), "flop breakdown");
        assertTrue(md.contains("Peak used below: the larger median, 41.0 GFLOP/s."));
        assertTrue(md.contains("| confusion-matrix | 0.100 (0.100–0.200) | 0.300 | 0.050 | failed |"), "single-valued stats print alone");
        assertTrue(md.contains("### GUI start"), md);
        assertTrue(md.contains("`java -Dloclens.startupProbe=sample10.fasta -jar loclens.jar`"), md);
        assertTrue(md.contains("| 2.20 (2.00–2.40) | 7.80 (7.50–8.10) | 5.60 (5.50–5.70) | 7.90 (7.60–8.20) |"),
                "window, first prediction, their difference run by run, all predictions");
        assertTrue(md.contains("**Headless**: there was no DISPLAY"), "a headless run says so");
        assertTrue(md.contains("1 of 3 runs not measured: run 3: killed after 120 s (probe saw window-shown)."), md);
        assertTrue(md.indexOf("### GUI start") > md.indexOf("| models loaded s |") && md.indexOf("### GUI start") < md.indexOf("## 6. Targets"),
                "next to the CLI start");
        assertTrue(md.contains("The heap is flat"), md);
        assertFalse(md.contains("Untrained network"));
    }

    @Test
    void targetsPassAndFailOnTheMeasuredValues() {
        List<BenchReport.Target> t = sample().targets();
        assertEquals("119.2 proteins/s", t.get(0).measured());
        assertEquals(Boolean.TRUE, t.get(0).pass());          // R-LSTM >= 100/s
        assertEquals(Boolean.FALSE, t.get(1).pass());         // A-LSTM 74/s
        assertTrue(t.get(2).measured().startsWith("500 s (extrapolated from 2,000"), t.get(2).measured());
        assertEquals(Boolean.FALSE, t.get(2).pass());         // 50 s x 10 > 240 s
        assertEquals(Boolean.TRUE, t.get(3).pass());          // 20000 / 119.2 = 168 s
        // achieved: 1e12 / 50 s = 20 GFLOP/s of 41 = 48.8%
        BenchReport.Target rPeak = t.stream().filter(x -> x.target().contains("GEMM peak (R-LSTM)")).findFirst().orElseThrow();
        assertTrue(rPeak.measured().startsWith("48.8%"), rPeak.measured());
        assertEquals(Boolean.TRUE, rPeak.pass());
        assertTrue(sample().toMarkdown().contains("| **FAIL** |"));

        BenchReport.Target window = t.stream().filter(x -> x.target().equals("first window ≤ 3 s")).findFirst().orElseThrow();
        assertEquals("2.20 s after JVM start, headless", window.measured());
        assertEquals(Boolean.TRUE, window.pass());
        BenchReport.Target first = t.stream().filter(x -> x.target().equals("first prediction ≤ 5 s after the window"))
                .findFirst().orElseThrow();
        assertEquals("5.60 s after the window (7.80 s after JVM start, 10-protein FASTA, headless)", first.measured());
        assertEquals(Boolean.FALSE, first.pass());         // 5.6 s > 5 s
    }

    @Test
    void guiTargetsCompareTheMediansWithTheLimitsInclusive() {
        List<BenchReport.Target> slowWindow = new BenchReport().guiStartup(gui(false, Stats.of(3.5, 3.1, 4.0), Stats.of(8.0, 7.1, 8.0),
                List.of())).targets();
        assertEquals(2, slowWindow.size(), "only the GUI rows: nothing else was measured");
        assertEquals("3.50 s after JVM start", slowWindow.get(0).measured(), "on a display the row does not say headless");
        assertEquals(Boolean.FALSE, slowWindow.get(0).pass());   // 3.5 s > 3 s
        assertEquals(Boolean.TRUE, slowWindow.get(1).pass());    // median of 4.5, 4.0, 4.0 s after the window
        List<BenchReport.Target> atTheLimits = new BenchReport().guiStartup(gui(false, Stats.of(3.0), Stats.of(8.0), List.of())).targets();
        assertEquals(Boolean.TRUE, atTheLimits.get(0).pass());   // exactly 3 s
        assertEquals(Boolean.TRUE, atTheLimits.get(1).pass());   // exactly 5 s after the window
        assertFalse(new BenchReport().guiStartup(gui(false, Stats.of(3.0), Stats.of(8.0), List.of())).toMarkdown().contains("Headless"));
    }

    @Test
    void saysWhatWasNotMeasuredAndLabelsUntrainedNetworks(@TempDir Path dir) throws Exception {
        BenchReport r = new BenchReport().untrained(true).skip("1", "no proteins").skip("3", "ND4J failed")
                .skip("gui", "no DISPLAY, and Monocle is not on the class path");
        String md = r.toMarkdown();
        assertTrue(md.contains("### GUI start\n\n_Not measured: no DISPLAY, and Monocle is not on the class path._"), md);
        assertTrue(r.targets().isEmpty(), "no GUI target rows without a GUI measurement");
        assertTrue(md.contains("Untrained network: speed only"));
        assertTrue(md.contains("_Not measured: no proteins._"));
        assertTrue(md.contains("_Not measured: ND4J failed._"));
        Path out = dir.resolve("docs/BENCHMARKS.md");
        r.write(out);
        assertEquals(md, Files.readString(out));
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
