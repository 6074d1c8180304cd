package org.loclens.model.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The results of one {@code loclens bench} run and their Markdown rendering ({@code docs/BENCHMARKS.md}).
 * Sections left unset are reported as not measured, with the reason given to {@link #skip}.
 */
public final class BenchReport {

    /** Target: one model predicts at least this many proteins per second. */
    public static final double TARGET_PROTEINS_PER_SECOND = 100;
    /** Target: 20,000 proteins in under 4 minutes. */
    public static final int TARGET_STREAM_PROTEINS = 20_000;
    public static final double TARGET_STREAM_SECONDS = 240;
    /** Target: the networks reach at least this fraction of the single-thread GEMM peak. */
    public static final double TARGET_PEAK_FRACTION = 0.25;
    /** Target: the workbench window is up this many seconds after start. */
    public static final double TARGET_FIRST_WINDOW_SECONDS = 3;
    /** Target: the first prediction of a dropped file is in the table this many seconds after the window. */
    public static final double TARGET_FIRST_PREDICTION_SECONDS = 5;

    /** Per-epoch seconds recorded in a model's manifest while it was trained. */
    public record RecordedEpochs(String model, int epochs, Stats seconds) {
    }

    /** Operations per residue of one network configuration. */
    public record NamedFlops(String name, FlopCount flops) {
    }

    /** Native ND4J operations launched by one piece of work. */
    public record OpCount(String what, long operations) {
    }

    /** t-SNE of held-out hidden states. */
    public record TsneTiming(int points, int dimensions, int iterations, Stats seconds) {
    }

    /** Render and write times of one figure; any may be null when that step failed. */
    public record FigureTiming(String name, Stats raster, Stats png, Stats svg, Stats pdf) {
    }

    /**
     * A command in a fresh JVM: seconds from process start to the models being loaded and to exit.
     *
     * @param modelsLoaded null when the marker line never appeared
     */
    public record StartupTiming(String command, int proteins, Stats modelsLoaded, Stats exit) {
    }

    /**
     * The workbench in a fresh JVM with its startup probe: seconds from JVM start, over the runs that finished.
     *
     * @param display where the window was drawn, e.g. "X display :99" or "headless (Monocle)"
     * @param windowShown to the window shown and its first frame laid out
     * @param firstPrediction to the first row of the dropped FASTA in the Predict table
     * @param afterWindow first prediction minus window shown, run by run: the wait a user sees
     * @param allPredictions to every protein of the FASTA predicted
     * @param notMeasured one reason per run that did not finish (killed, failed), e.g. "run 2: killed after 120 s"
     */
    public record GuiStartTiming(String command, int proteins, String display, boolean headless, Stats windowShown,
                                 Stats firstPrediction, Stats afterWindow, Stats allPredictions, List<String> notMeasured) {
        public GuiStartTiming {
            notMeasured = List.copyOf(notMeasured);
        }
    }

    private Instant date = Instant.now();
    private String command = "loclens bench";
    private MachineInfo machine;
    private final List<String> models = new ArrayList<>();
    private boolean untrained;
    private int repeats = 3;
    private boolean quick;
    private double wallSeconds = Double.NaN;
    private String throughputData = "";
    private final List<PredictionBenchmark.Throughput> throughput = new ArrayList<>();
    private PredictionBenchmark.StreamResult stream;
    private final List<TrainingBenchmark.Timing> training = new ArrayList<>();
    private final List<RecordedEpochs> recorded = new ArrayList<>();
    private int trainingDataProteins;
    private Stats gemmLarge;
    private Stats gemmSmall;
    private int gemmLargeN = 1024;
    private int gemmSmallN = 256;
    private double gemmSecondsPerSample = Double.NaN;
    private final List<NamedFlops> flops = new ArrayList<>();
    private final List<OpCount> nativeOps = new ArrayList<>();
    private TsneTiming tsne;
    private final List<FigureTiming> figures = new ArrayList<>();
    private double figureDpi = 300;
    private StartupTiming startup;
    private GuiStartTiming guiStartup;
    private final Map<String, String> skipped = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    public BenchReport date(Instant d) {
        date = d;
        return this;
    }

    public BenchReport command(String c) {
        command = c;
        return this;
    }

    public BenchReport machine(MachineInfo m) {
        machine = m;
        return this;
    }

    /** One line per model timed (name, source, trained or not). */
    public BenchReport model(String description) {
        models.add(description);
        return this;
    }

    public BenchReport untrained(boolean u) {
        untrained = u;
        return this;
    }

    public BenchReport repeats(int r) {
        repeats = r;
        return this;
    }

    public BenchReport quick(boolean q) {
        quick = q;
        return this;
    }

    public BenchReport wallSeconds(double s) {
        wallSeconds = s;
        return this;
    }

    /** What section 1 predicted, e.g. "MultiLoc (bundled), all 5959 proteins". */
    public BenchReport throughputData(String d) {
        throughputData = d;
        return this;
    }

    public BenchReport throughput(PredictionBenchmark.Throughput t) {
        throughput.add(t);
        return this;
    }

    public BenchReport stream(PredictionBenchmark.StreamResult s) {
        stream = s;
        return this;
    }

    public BenchReport training(TrainingBenchmark.Timing t) {
        training.add(t);
        return this;
    }

    public BenchReport trainingDataProteins(int n) {
        trainingDataProteins = n;
        return this;
    }

    public BenchReport recorded(RecordedEpochs r) {
        recorded.add(r);
        return this;
    }

    public BenchReport gemm(int largeN, Stats large, int smallN, Stats small, double secondsPerSample) {
        gemmSecondsPerSample = secondsPerSample;
        gemmLargeN = largeN;
        gemmLarge = large;
        gemmSmallN = smallN;
        gemmSmall = small;
        return this;
    }

    public BenchReport flops(NamedFlops f) {
        flops.add(f);
        return this;
    }

    public BenchReport nativeOps(OpCount c) {
        nativeOps.add(c);
        return this;
    }

    public BenchReport tsne(TsneTiming t) {
        tsne = t;
        return this;
    }

    public BenchReport figure(FigureTiming f) {
        figures.add(f);
        return this;
    }

    public BenchReport figureDpi(double dpi) {
        figureDpi = dpi;
        return this;
    }

    public BenchReport startup(StartupTiming s) {
        startup = s;
        return this;
    }

    public BenchReport guiStartup(GuiStartTiming g) {
        guiStartup = g;
        return this;
    }

    /** Marks a section ("1" ... "6", or a subsection name) as not measured, with the reason. */
    public BenchReport skip(String section, String reason) {
        skipped.merge(section, reason, (a, b) -> a + "; " + b);
        return this;
    }

    public BenchReport note(String n) {
        notes.add(n);
        return this;
    }

    /** The single-thread GEMM peak: the larger of the two medians, GFLOP/s (NaN if not measured). */
    public double peakGflops() {
        double p = Double.NaN;
        for (Stats s : new Stats[] {gemmLarge, gemmSmall}) {
            if (s != null && (Double.isNaN(p) || s.median() > p)) {
                p = s.median();
            }
        }
        return p;
    }

    /** One row of the targets table. */
    public record Target(String target, String measured, Boolean pass) {
    }

    public List<Target> targets() {
        List<Target> out = new ArrayList<>();
        for (PredictionBenchmark.Throughput t : throughput) {
            if (t.members() == 1) {
                double pps = t.proteinsPerSecond().median();
                out.add(new Target(String.format(Locale.ROOT, "≥ %.0f proteins/s, one model (%s)", TARGET_PROTEINS_PER_SECOND, t.name()),
                        f(pps, 1) + " proteins/s", pps >= TARGET_PROTEINS_PER_SECOND));
            }
        }
        String minutes = String.format(Locale.ROOT, "%,d proteins < %.0f min", TARGET_STREAM_PROTEINS, TARGET_STREAM_SECONDS / 60);
        if (stream != null) {
            double s = stream.seconds() * TARGET_STREAM_PROTEINS / stream.proteins();
            String how = stream.proteins() == TARGET_STREAM_PROTEINS ? "streamed"
                    : String.format(Locale.ROOT, "extrapolated from %,d streamed", stream.proteins());
            out.add(new Target(minutes + " (" + stream.name() + ", predictStream)", f(s, 0) + " s (" + how + ")", s < TARGET_STREAM_SECONDS));
        }
        for (PredictionBenchmark.Throughput t : throughput) {
            if (t.members() == 1) {
                double s = TARGET_STREAM_PROTEINS / t.proteinsPerSecond().median();
                out.add(new Target(minutes + " (" + t.name() + ")", f(s, 0) + " s (from section 1 throughput)", s < TARGET_STREAM_SECONDS));
            }
        }
        double peak = peakGflops();
        for (PredictionBenchmark.Throughput t : throughput) {
            double frac = t.gflops().median() / (peak * t.workers());
            out.add(new Target(String.format(Locale.ROOT, "achieved ≥ %.0f%% of GEMM peak (%s)", 100 * TARGET_PEAK_FRACTION, t.name()),
                    Double.isNaN(frac) ? "peak not measured" : f(100 * frac, 1) + "% (" + f(t.gflops().median(), 2) + " of " + f(peak * t.workers(), 1)
                            + " GFLOP/s" + (t.workers() > 1 ? ", " + t.workers() + " × single-thread peak" : "") + ")",
                    Double.isNaN(frac) ? null : frac >= TARGET_PEAK_FRACTION));
        }
        if (guiStartup != null) {
            String how = guiStartup.headless() ? ", headless" : "";
            double window = guiStartup.windowShown().median();
            out.add(new Target(String.format(Locale.ROOT, "first window ≤ %.0f s", TARGET_FIRST_WINDOW_SECONDS),
                    f(window, 2) + " s after JVM start" + how, window <= TARGET_FIRST_WINDOW_SECONDS));
            double wait = guiStartup.afterWindow().median();
            out.add(new Target(String.format(Locale.ROOT, "first prediction ≤ %.0f s after the window", TARGET_FIRST_PREDICTION_SECONDS),
                    f(wait, 2) + " s after the window (" + f(guiStartup.firstPrediction().median(), 2) + " s after JVM start, "
                            + guiStartup.proteins() + "-protein FASTA" + how + ")", wait <= TARGET_FIRST_PREDICTION_SECONDS));
        }
        return out;
    }

    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# LocLens benchmarks\n\n");
        md.append("Measured by `loclens bench` on ").append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
                .format(date.atOffset(ZoneOffset.UTC)));
        if (Double.isFinite(wallSeconds)) {
            md.append(" (the whole run took ").append(f(wallSeconds, 0)).append(" s)");
        }
        md.append(". Every number below was measured in this run, except the fixed targets and the per-epoch seconds "
                + "quoted from the model manifests (recorded when those models were trained). Timed figures are the median of ")
                .append(repeats).append(repeats == 1 ? " run" : " runs").append(" with (min–max)")
                .append(quick ? "; **quick mode**: smaller inputs, see each section" : "").append(".\n\n");
        md.append("Command:\n\n```sh\n").append(command).append("\n```\n\n");
        if (untrained) {
            md.append("> **Untrained network: speed only.** No trained model was available for at least one network (see the "
                    + "Model lines), so a network of the default size with random weights was timed. Speed does not depend on "
                    + "the weights; accuracy is not measured here.\n\n");
        }
        machine(md);
        section1(md);
        section2(md);
        section3(md);
        section4(md);
        section5(md);
        section6(md);
        if (!notes.isEmpty()) {
            md.append("## Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    private void machine(StringBuilder md) {
        md.append("## Machine\n\n| | |\n|---|---|\n");
        if (machine != null) {
            row(md, "CPU (`lscpu` model name)", machine.cpuModel());
            row(md, "Logical CPUs (`nproc`)", String.valueOf(machine.cpus()));
            row(md, "Memory (`/proc/meminfo` MemTotal)", machine.memoryText());
            row(md, "OS", machine.os());
            row(md, "JVM", machine.jvm());
            row(md, "JVM max heap", machine.maxHeapMib() + " MiB");
            row(md, "ND4J backend", machine.nd4jBackend());
            row(md, "ND4J native build", machine.nativeBuild());
            row(md, "ND4J threads", machine.nd4jThreads());
        } else {
            row(md, "Machine", "not detected");
        }
        for (String m : models) {
            row(md, "Model", m);
        }
        md.append('\n');
    }

    private void section1(StringBuilder md) {
        md.append("## 1. Prediction throughput\n\n");
        if (throughput.isEmpty()) {
            notMeasured(md, "1");
        } else {
            PredictionBenchmark.Throughput first = throughput.get(0);
            md.append(throughputData).append(": ").append(String.format(Locale.ROOT, "%,d", first.proteins()))
                    .append(" proteins, mean truncated length ").append(f(first.meanTruncatedLength(), 0))
                    .append(" residues. `Predictor.predict` with probabilities only (length-bucketed batches), after one "
                            + "warm-up batch. Residues/s counts truncated residues, not padding.\n\n");
            md.append("| Predictor | proteins/s | seconds per pass | residues/s |\n|---|---|---|---|\n");
            for (PredictionBenchmark.Throughput t : throughput) {
                md.append("| ").append(t.name()).append(" | ").append(stat(t.proteinsPerSecond(), 1)).append(" | ")
                        .append(stat(t.seconds(), 1)).append(" | ").append(stat(t.residuesPerSecond(), 0)).append(" |\n");
            }
            md.append('\n');
        }
        md.append("### Streaming: heap while predicting a large file\n\n");
        if (stream == null) {
            notMeasured(md, "stream");
            return;
        }
        md.append(String.format(Locale.ROOT, "A generated FASTA of %,d proteins (lengths drawn from MultiLoc, uniform random "
                + "residues), read by `FastaReader` from an `InputStream` and streamed through `Predictor.predictStream` with "
                + "%s; predictions are counted and dropped. Heap used = `totalMemory − freeMemory`, sampled after every batch "
                + "(%d samples, no forced GC); RSS includes ND4J's native memory. One run.%n%n",
                stream.proteins(), stream.name(), stream.heapSamples()));
        md.append("| proteins | seconds | proteins/s | heap mean MiB | heap max MiB | heap max, first / last quarter MiB | RSS max MiB | RSS max, first / last quarter MiB | heap limit MiB |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s / %s | %s | %s / %s | %d |%n%n", stream.proteins(),
                f(stream.seconds(), 1), f(stream.proteinsPerSecond(), 1), f(stream.meanHeapMib(), 0), f(stream.maxHeapMib(), 0),
                f(stream.firstQuarterMaxHeapMib(), 0), f(stream.lastQuarterMaxHeapMib(), 0),
                stream.maxRssMib() < 0 ? "n/a" : f(stream.maxRssMib(), 0),
                stream.firstQuarterMaxRssMib() < 0 ? "n/a" : f(stream.firstQuarterMaxRssMib(), 0),
                stream.lastQuarterMaxRssMib() < 0 ? "n/a" : f(stream.lastQuarterMaxRssMib(), 0), stream.heapLimitMib()));
        // peaks without a GC depend on when the collector ran; the live set after a full GC is what must not grow
        double first = stream.liveHeapQuarterMib();
        double last = stream.liveHeapEndMib();
        boolean flat = last <= Math.max(first * 1.25, first + 64);
        md.append(String.format(Locale.ROOT, "Live heap after a full GC: %s MiB when a quarter had streamed, %s MiB at the end. ",
                f(first, 0), f(last, 0)));
        md.append(flat ? "The heap is flat: the live heap at the end is within 25% (or 64 MiB) of the live heap at a quarter.\n\n"
                : "**The heap grows**: the live heap at the end exceeds that at a quarter by more than 25% and 64 MiB.\n\n");
    }

    private void section2(StringBuilder md) {
        md.append("## 2. Training time per epoch\n\n");
        if (training.isEmpty()) {
            notMeasured(md, "2");
        } else {
            TrainingBenchmark.Timing t0 = training.get(0);
            md.append(String.format(Locale.ROOT, "Default network configuration, batch %d, fresh weights. The MultiLoc training "
                            + "split%s minus the %d-protein validation hold-out leaves %,d proteins = %d minibatches per epoch. "
                            + "Timed: %d minibatches of epoch 1, batched as the Trainer batches them (%s), picked at evenly spaced "
                            + "quantiles of padded size (n × T = %s); each step is encode + `fit` + `score` + free, as in the "
                            + "Trainer, after one untimed warm-up step. s/epoch = mean s/minibatch × %d (gradient steps only); "
                            + "the last column adds the validation pass at the model's section-1 speed.%n%n",
                    t0.batchSize(), trainingDataProteins > 0 ? String.format(Locale.ROOT, " (%,d proteins)", trainingDataProteins) : "",
                    t0.validationProteins(), t0.trainProteins(), t0.batchesPerEpoch(), t0.minibatches(), t0.batching(),
                    String.join(", ", Arrays.stream(t0.paddedResidues()).mapToObj(v -> String.format(Locale.ROOT, "%,d", v)).toList()),
                    t0.batchesPerEpoch()));
            md.append("| Network | s/minibatch | s/epoch, extrapolated | s/epoch incl. validation ≈ | native ops/minibatch |\n|---|---|---|---|---|\n");
            for (TrainingBenchmark.Timing t : training) {
                Optional<PredictionBenchmark.Throughput> single = throughput.stream()
                        .filter(p -> p.members() == 1 && p.name().equals(t.name())).findFirst();
                String withValidation = single.map(p -> f(t.epochSeconds().median() + t.validationProteins()
                        / p.proteinsPerSecond().median(), 0)).orElse("n/a");
                md.append("| ").append(t.name()).append(" | ").append(stat(t.secondsPerMinibatch(), 2)).append(" | ")
                        .append(stat(t.epochSeconds(), 0)).append(" | ").append(withValidation).append(" | ")
                        .append(t.nativeOps().isPresent() ? String.format(Locale.ROOT, "%,d", t.nativeOps().getAsLong()) : "not counted")
                        .append(" |\n");
            }
            md.append('\n');
        }
        md.append("Recorded while the models were trained (manifest `training.history`, seconds per epoch including the "
                + "validation pass; not measured in this run):\n\n");
        if (recorded.isEmpty()) {
            md.append("_No timed model has a training history" + (untrained ? " (untrained networks)" : "") + "._\n\n");
        } else {
            md.append("| Model | epochs | s/epoch recorded, median (min–max) |\n|---|---|---|\n");
            for (RecordedEpochs r : recorded) {
                md.append("| ").append(r.model()).append(" | ").append(r.epochs()).append(" | ")
                        .append(r.seconds() == null ? "no history" : stat(r.seconds(), 0)).append(" |\n");
            }
            md.append('\n');
        }
    }

    private void section3(StringBuilder md) {
        md.append("## 3. Machine limit\n\n");
        if (gemmLarge == null && gemmSmall == null) {
            notMeasured(md, "3");
        } else {
            md.append("Single-thread float GEMM through ND4J (`Nd4j.gemm`, C = A·B, 2n³ operations), after a warm-up; each sample "
                    + "runs ≥ ").append(f(gemmSecondsPerSample, 2)).append(" s of products.\n\n| n × n | GFLOP/s |\n|---|---|\n");
            if (gemmLarge != null) {
                md.append("| ").append(gemmLargeN).append(" | ").append(stat(gemmLarge, 1)).append(" |\n");
            }
            if (gemmSmall != null) {
                md.append("| ").append(gemmSmallN).append(" | ").append(stat(gemmSmall, 1)).append(" |\n");
            }
            md.append("\nPeak used below: the larger median, ").append(f(peakGflops(), 1)).append(" GFLOP/s.\n\n");
        }
        if (!flops.isEmpty()) {
            md.append("Floating-point operations of prediction, counted from the network configuration (multiply-add = 2): "
                    + "convolutions Σ_w 2·w·60·filters; each of the 2 LSTM directions 2·4H·(nIn+H) + 10·4H; A-LSTM attention "
                    + "2·2H·A + 2·A; dense + output once per protein.\n\n");
            md.append("| Network | convolutions | LSTMs | attention | per residue | per protein |\n|---|---|---|---|---|---|\n");
            for (NamedFlops n : flops) {
                FlopCount c = n.flops();
                md.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f |%n", n.name(), c.convolution(),
                        c.lstm(), c.attention(), c.perResidue(), c.perProtein()));
            }
            md.append('\n');
        }
        if (!throughput.isEmpty()) {
            md.append("Achieved = operations of a pass (per-residue count × truncated residues + per-protein count × proteins) "
                    + "÷ its seconds. With several workers the peak is the single-thread peak × workers (one core each).\n\n| Predictor | FLOPs per residue | residues/s | achieved GFLOP/s | % of peak |\n|---|---|---|---|---|\n");
            double peak = peakGflops();
            for (PredictionBenchmark.Throughput t : throughput) {
                md.append(String.format(Locale.ROOT, "| %s | %,.0f | %s | %s | %s |%n", t.name(), t.flopsPerResidue(),
                        f(t.residuesPerSecond().median(), 0), stat(t.gflops(), 2),
                        Double.isNaN(peak) ? "n/a" : f(100 * t.gflops().median() / (peak * t.workers()), 1) + "%"));
            }
            md.append('\n');
        }
        if (!nativeOps.isEmpty()) {
            md.append("Native ND4J operations (OpProfiler, separate untimed runs):\n\n");
            for (OpCount c : nativeOps) {
                md.append(String.format(Locale.ROOT, "- %s: %,d%n", c.what(), c.operations()));
            }
            md.append('\n');
        }
    }

    private void section4(StringBuilder md) {
        md.append("## 4. t-SNE and figures\n\n");
        if (tsne == null) {
            notMeasured(md, "tsne");
        } else {
            md.append(String.format(Locale.ROOT, "t-SNE (`Embedding.tsne`, Smile, perplexity 30, %d iterations) of %,d held-out "
                            + "hidden states × %d dimensions: **%s s**. Smile is not limited to one thread.%n%n",
                    tsne.iterations(), tsne.points(), tsne.dimensions(), stat(tsne.seconds(), 2)));
        }
        if (figures.isEmpty()) {
            notMeasured(md, "figures");
            return;
        }
        md.append(String.format(Locale.ROOT, "The figures of `loclens figures`, built from the same held-out analysis. Raster = "
                + "`FigureExporter.toImage(figure, %.0f/72)`; PNG, SVG and PDF = writing the file to a temporary folder.%n%n", figureDpi));
        md.append("| Figure | raster s | PNG s | SVG s | PDF s |\n|---|---|---|---|---|\n");
        for (FigureTiming t : figures) {
            md.append("| ").append(t.name()).append(" | ").append(statOrNa(t.raster(), 3)).append(" | ").append(statOrNa(t.png(), 3))
                    .append(" | ").append(statOrNa(t.svg(), 3)).append(" | ").append(statOrNa(t.pdf(), 3)).append(" |\n");
        }
        md.append('\n');
    }

    private void section5(StringBuilder md) {
        md.append("## 5. App start\n\n");
        if (startup == null) {
            notMeasured(md, "5");
        } else {
            md.append(String.format(Locale.ROOT, "CLI start to first prediction: `%s` (a %d-protein FASTA) in a fresh JVM with the "
                    + "same java and class path. Seconds from process start to the \"predicting with\" line on stderr (models "
                    + "loaded) and to exit (all predictions written).%n%n", startup.command(), startup.proteins()));
            md.append("| models loaded s | first predictions (exit) s |\n|---|---|\n");
            md.append("| ").append(statOrNa(startup.modelsLoaded(), 2)).append(" | ").append(stat(startup.exit(), 2)).append(" |\n\n");
        }
        guiStart(md);
    }

    private void guiStart(StringBuilder md) {
        md.append("### GUI start\n\n");
        if (guiStartup == null) {
            notMeasured(md, "gui");
            return;
        }
        GuiStartTiming g = guiStartup;
        md.append(String.format(Locale.ROOT, "The workbench in a fresh JVM with the same java and class path: `%s`. The probe "
                + "(`-Dloclens.startupProbe`) prints milliseconds since JVM start (`RuntimeMXBean` uptime) when the window is "
                + "shown and its first frame laid out, hands the %d-protein FASTA to the Predict view the way a drop does as soon "
                + "as the window is up (so the wait for the models on the model thread is included), prints when the first row "
                + "is in the table and when all are, and quits. Its settings come from a folder of this run, not the user's, and "
                + "name the models of the CLI start. Window drawn on: %s.%n%n", g.command(), g.proteins(),
                g.display()));
        if (g.headless()) {
            md.append("**Headless**: there was no DISPLAY, so JavaFX drew into memory with Monocle's headless platform and "
                    + "software rendering, as the tests do; a real display can add window-manager and GPU start-up time.\n\n");
        }
        md.append("| window shown s | first prediction s | first prediction after the window s | all predictions s |\n|---|---|---|---|\n");
        md.append("| ").append(stat(g.windowShown(), 2)).append(" | ").append(stat(g.firstPrediction(), 2)).append(" | ")
                .append(stat(g.afterWindow(), 2)).append(" | ").append(stat(g.allPredictions(), 2)).append(" |\n\n");
        if (!g.notMeasured().isEmpty()) {
            md.append(String.format(Locale.ROOT, "%d of %d runs not measured: %s.%n%n", g.notMeasured().size(),
                    g.notMeasured().size() + g.windowShown().count(), String.join("; ", g.notMeasured())));
        }
    }

    private void section6(StringBuilder md) {
        md.append("## 6. Targets\n\n");
        List<Target> targets = targets();
        if (targets.isEmpty()) {
            md.append("_Nothing to compare: sections 1 and 3 were not measured._\n\n");
            return;
        }
        md.append("| Target | Measured | Result |\n|---|---|---|\n");
        for (Target t : targets) {
            md.append("| ").append(t.target()).append(" | ").append(t.measured()).append(" | ")
                    .append(t.pass() == null ? "n/a" : t.pass() ? "pass" : "**FAIL**").append(" |\n");
        }
        md.append('\n');
    }

    private void notMeasured(StringBuilder md, String key) {
        md.append("_Not measured").append(skipped.containsKey(key) ? ": " + skipped.get(key) : "").append("._\n\n");
    }

    private static void row(StringBuilder md, String k, String v) {
        md.append("| ").append(k).append(" | ").append(v.replace("|", "\\|")).append(" |\n");
    }

    /** "12.3 (11.9–12.8)"; a single sample, or samples equal at this precision, print alone. */
    public static String stat(Stats s, int decimals) {
        String min = f(s.min(), decimals);
        String max = f(s.max(), decimals);
        if (s.count() == 1 || min.equals(max)) {
            return f(s.median(), decimals);
        }
        return f(s.median(), decimals) + " (" + min + "–" + max + ")";
    }

    private static String statOrNa(Stats s, int decimals) {
        return s == null ? "failed" : stat(s, decimals);
    }

    static String f(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    /** Writes the Markdown next to the target and moves it over the target, so readers never see half a report. */
    public void write(Path target) throws IOException {
        org.loclens.model.io.AtomicFiles.writeString(target, toMarkdown());
    }
}
