package org.loclens.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.loclens.app.figures.Figures;
import org.loclens.model.Version;
import org.loclens.model.analysis.AttentionProfiles;
import org.loclens.model.analysis.ConfusionMatrix;
import org.loclens.model.analysis.Embedding;
import org.loclens.model.analysis.FilterLogos;
import org.loclens.model.bench.BenchReport;
import org.loclens.model.bench.FlopCount;
import org.loclens.model.bench.GemmBenchmark;
import org.loclens.model.bench.MachineInfo;
import org.loclens.model.bench.NativeOps;
import org.loclens.model.bench.PredictionBenchmark;
import org.loclens.model.bench.Stats;
import org.loclens.model.bench.TrainingBenchmark;
import org.loclens.model.data.FastaReader;
import org.loclens.model.data.Location;
import org.loclens.model.data.MultiLoc;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.io.BundledModels;
import org.loclens.model.io.EpochStats;
import org.loclens.model.io.ModelFile;
import org.loclens.model.io.ModelManifest;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.network.Architecture;
import org.loclens.model.network.NetworkConfig;
import org.loclens.model.network.NetworkFactory;
import org.loclens.model.predict.Prediction;
import org.loclens.model.predict.Predictor;
import org.loclens.model.train.TrainingOptions;
import org.loclens.viz.Figure;
import org.loclens.viz.FigureExporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loclens bench}: measures prediction and training speed, the single-thread GEMM limit, t-SNE and
 * figure times and CLI start on this machine, and writes a Markdown report (atomically) whose every number
 * comes from this run. The measuring lives in {@code org.loclens.model.bench}; this command picks the models,
 * builds the figures and starts the CLI subprocess.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure speed on this machine and write a Markdown report: prediction throughput and heap while "
                + "streaming, training seconds per epoch, the single-thread GEMM peak and the share of it the networks reach, "
                + "t-SNE and figure render times, and CLI start to first prediction.",
                "Run it on an otherwise idle machine: a full run takes about half an hour on 2 cores, --quick about 5 minutes."})
public final class BenchCommand implements Callable<Integer> {

    static final int QUICK_PROTEINS = 600;
    static final int STREAM_PROTEINS = BenchReport.TARGET_STREAM_PROTEINS;
    static final int QUICK_STREAM_PROTEINS = 2_000;
    static final int DEFAULT_MINIBATCHES = 6;
    static final int QUICK_MINIBATCHES = 2;
    static final int QUICK_TSNE_PROTEINS = 300;
    static final int TSNE_ITERATIONS = 1000;
    static final int DPI = FigureExporter.PRINT_DPI;
    static final int STARTUP_PROTEINS = 10;

    @Option(names = "--model", paramLabel = "PATH", description = "Model file to time; repeat for several (their ensemble is "
            + "timed too). Default: the bundled R-LSTM and A-LSTM, or untrained default-size networks if none is bundled.")
    List<Path> models;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "docs/BENCHMARKS.md",
            description = "Markdown report to write, atomically (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--repeats", defaultValue = "3", description = "Runs per figure; the report gives median, min and max "
            + "(default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--quick", description = "Smaller inputs: " + QUICK_PROTEINS + " proteins for throughput, "
            + QUICK_STREAM_PROTEINS + " streamed, " + QUICK_MINIBATCHES + " training minibatches, t-SNE of "
            + QUICK_TSNE_PROTEINS + " proteins.")
    boolean quick;

    @Option(names = "--minibatches", paramLabel = "K", description = "Training minibatches timed per network (default: "
            + DEFAULT_MINIBATCHES + ", --quick: " + QUICK_MINIBATCHES + ").")
    Integer minibatches;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Consumer<String> log = s -> System.err.println("bench: " + s);

    /** A model to time, with how it is named in the report. */
    record Timed(String name, TrainedModel model, String description, boolean trained) {
    }

    /** The models of a run: single networks, and the default predictor (what {@code loclens predict} uses). */
    record Models(List<Timed> singles, List<TrainedModel> predictor, boolean untrained, List<Path> files) {
        String predictorName() {
            return ModelArgs.describe(predictor);
        }
    }

    @Override
    public Integer call() throws IOException {
        if (repeats < 1 || repeats > 50) {
            throw new UserError("--repeats must be between 1 and 50, got " + repeats);
        }
        int k = minibatches != null ? minibatches : quick ? QUICK_MINIBATCHES : DEFAULT_MINIBATCHES;
        if (k < 1) {
            throw new UserError("--minibatches must be at least 1, got " + k);
        }
        long start = System.nanoTime();
        BenchReport report = new BenchReport().date(Instant.now()).command(commandLine()).repeats(repeats).quick(quick)
                .figureDpi(DPI);
        log.accept("measuring; every step runs " + repeats + " time(s). Keep the machine otherwise idle.");
        report.machine(MachineInfo.detect());
        Models m = resolveModels();
        report.untrained(m.untrained());
        m.singles().forEach(t -> report.model(t.name() + ": " + t.description()));
        if (m.predictor().size() > 1) {
            report.model("default predictor: " + m.predictorName() + " (probabilities averaged)");
        }
        Path tmp = Files.createTempDirectory("loclens-bench-");
        try {
            section("GEMM peak", report, () -> gemm(report, m), "3");
            section("prediction throughput", report, () -> throughput(report, m), "1");
            section("streaming", report, () -> stream(report, m), "stream");
            section("training", report, () -> training(report, m, k), "2");
            section("t-SNE and figures", report, () -> analysis(report, m, tmp), "tsne", "figures");
            section("CLI start", report, () -> startup(report, m, tmp), "5");
        } finally {
            deleteTree(tmp);
        }
        report.wallSeconds((System.nanoTime() - start) / 1e9);
        report.write(out);
        System.out.printf(Locale.ROOT, "benchmark report written to %s (%.0f s)%n", out, (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** Runs one section; a failure is reported as "not measured" instead of ending the run. */
    private void section(String what, BenchReport report, IoRunnable body, String... keys) {
        log.accept("--- " + what);
        try {
            body.run();
        } catch (IOException | RuntimeException e) {
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.accept(what + " failed: " + reason);
            for (String key : keys) {
                report.skip(key, "failed (" + reason + ")");
            }
            report.note(what + " failed: " + reason);
        }
    }

    @FunctionalInterface
    interface IoRunnable {
        void run() throws IOException;
    }

    // ---- models -------------------------------------------------------------------------------------

    private Models resolveModels() {
        if (models != null && !models.isEmpty()) {
            List<Timed> singles = new ArrayList<>();
            List<TrainedModel> loaded = new ArrayList<>();
            for (Path p : models) {
                TrainedModel t = ModelFile.load(p);
                loaded.add(t);
                String name = t.displayName();
                if (singles.stream().anyMatch(s -> s.name().equals(t.displayName()))) {
                    name += " (" + p.getFileName() + ")";
                }
                singles.add(new Timed(name, t, "--model " + p + trainedText(t), true));
            }
            return new Models(singles, loaded, false, models);
        }
        List<Timed> singles = new ArrayList<>();
        boolean anyUntrained = false;
        boolean bundled = BundledModels.available();
        for (Architecture a : Architecture.values()) {
            TrainedModel t = bundled ? BundledModels.load(a).orElse(null) : null;
            if (t != null) {
                singles.add(new Timed(a.displayName(), t, "bundled" + trainedText(t), true));
            } else {
                singles.add(new Timed(a.displayName(), untrained(a), "untrained network of the default size: speed only", false));
                anyUntrained = true;
            }
        }
        if (!bundled) {
            log.accept("no bundled model in this build: timing untrained default-size networks (speed only)");
        }
        List<TrainedModel> predictor;
        if (!anyUntrained) {
            predictor = BundledModels.loadDefault();
        } else {
            predictor = singles.stream().map(Timed::model).toList();
        }
        return new Models(singles, predictor, anyUntrained, List.of());
    }

    private static String trainedText(TrainedModel t) {
        ModelManifest.TrainingSummary s = t.manifest().training();
        return s == null ? "" : String.format(Locale.ROOT, " (trained %d epochs, kept epoch %d; %s)", s.epochs(), s.bestEpoch(),
                t.manifest().config());
    }

    static TrainedModel untrained(Architecture a) {
        NetworkConfig c = NetworkConfig.defaults(a);
        TrainingOptions o = TrainingOptions.defaults(c);
        ModelManifest m = new ModelManifest(ModelManifest.FORMAT_VERSION, Version.current(), c, ModelManifest.ENCODING,
                Location.labels(), new ModelManifest.TrainingSummary(0, 0, o.batchSize(), 0, 0, 0, "none", List.of()), "",
                Map.of(), Instant.now().toString());
        return new TrainedModel(NetworkFactory.build(c, null), m);
    }

    // ---- sections -----------------------------------------------------------------------------------

    private void gemm(BenchReport report, Models m) {
        double perSample = quick ? 0.25 : 0.5;
        Stats large = GemmBenchmark.gflops(1024, repeats, perSample);
        log.accept(String.format(Locale.ROOT, "GEMM 1024: %.1f GFLOP/s", large.median()));
        Stats small = GemmBenchmark.gflops(256, repeats, perSample);
        log.accept(String.format(Locale.ROOT, "GEMM 256: %.1f GFLOP/s", small.median()));
        report.gemm(1024, large, 256, small, perSample);
        for (Timed t : m.singles()) {
            report.flops(new BenchReport.NamedFlops(t.name(), FlopCount.of(t.model().manifest().config())));
        }
    }

    private void throughput(BenchReport report, Models m) {
        List<ProteinRecord> all = MultiLoc.all();
        List<ProteinRecord> proteins = quick ? all.subList(0, Math.min(QUICK_PROTEINS, all.size())) : all;
        report.throughputData(quick ? String.format(Locale.ROOT, "MultiLoc (bundled), first %,d of %,d proteins (--quick)",
                proteins.size(), all.size()) : String.format(Locale.ROOT, "MultiLoc (bundled), all %,d proteins", all.size()));
        for (Timed t : m.singles()) {
            report.throughput(PredictionBenchmark.throughput(t.name(), List.of(t.model()), proteins, repeats, log));
        }
        if (m.predictor().size() > 1) {
            report.throughput(PredictionBenchmark.throughput(m.predictorName(), m.predictor(), proteins, repeats, log));
        }
        // native operations of one batch of 64 proteins of median length (untimed: the profiler slows everything)
        List<ProteinRecord> sorted = new ArrayList<>(proteins);
        sorted.sort(Comparator.comparingInt(ProteinRecord::length));
        int from = Math.max(0, sorted.size() / 2 - 32);
        List<ProteinRecord> batch = sorted.subList(from, Math.min(sorted.size(), from + 64));
        int longest = batch.stream().mapToInt(p -> Math.min(p.length(), 1000)).max().orElse(0);
        for (Timed t : m.singles()) {
            Predictor p = Predictor.of(t.model());
            NativeOps.count(() -> p.predictBatch(batch, Predictor.Options.PROBABILITIES)).ifPresent(n -> report.nativeOps(
                    new BenchReport.OpCount(String.format(Locale.ROOT, "%s, prediction of one batch of %d proteins (T = %d)",
                            t.name(), batch.size(), longest), n)));
        }
    }

    private void stream(BenchReport report, Models m) {
        int n = quick ? QUICK_STREAM_PROTEINS : STREAM_PROTEINS;
        int[] lengths = MultiLoc.all().stream().mapToInt(ProteinRecord::length).toArray();
        log.accept(String.format(Locale.ROOT, "streaming %,d generated proteins through %s", n, m.predictorName()));
        PredictionBenchmark.StreamResult r = PredictionBenchmark.stream(m.predictorName(), m.predictor(), n, lengths, 42L, log);
        log.accept(String.format(Locale.ROOT, "streamed %,d proteins in %.1f s, heap max %.0f MiB", r.proteins(), r.seconds(), r.maxHeapMib()));
        report.stream(r);
    }

    private void training(BenchReport report, Models m, int k) {
        List<ProteinRecord> labelled = MultiLoc.training();
        report.trainingDataProteins(labelled.size());
        for (Architecture a : Architecture.values()) {
            NetworkConfig c = NetworkConfig.defaults(a);
            TrainingOptions o = TrainingOptions.defaults(c);
            report.training(TrainingBenchmark.measure(a.displayName(), c, labelled, o.batchSize(), o.validationFraction(), k,
                    repeats, true, log));
        }
        for (Timed t : m.singles()) {
            if (!t.trained()) {
                continue;
            }
            List<EpochStats> history = t.model().manifest().training() == null ? List.of() : t.model().manifest().training().history();
            TrainingBenchmark.recordedEpochSeconds(t.model().manifest()).ifPresentOrElse(
                    s -> report.recorded(new BenchReport.RecordedEpochs(t.name(), history.size(), s)),
                    () -> report.recorded(new BenchReport.RecordedEpochs(t.name(), history.size(), null)));
        }
    }

    /** Held-out predictions with hidden states and attention, the timed t-SNE, and the timed figures. */
    private void analysis(BenchReport report, Models m, Path tmp) throws IOException {
        List<ProteinRecord> test = MultiLoc.test();
        if (quick) {
            test = test.subList(0, Math.min(QUICK_TSNE_PROTEINS, test.size()));
        }
        timeAnalysis(report, m, test, Files.createDirectories(tmp.resolve("figures")));
    }

    /** Times t-SNE and the figures on labelled proteins, writing figure files into {@code dir}. */
    void timeAnalysis(BenchReport report, Models m, List<ProteinRecord> proteins, Path dir) {
        log.accept(String.format(Locale.ROOT, "predicting %,d held-out proteins (hidden states, attention) for t-SNE and figures",
                proteins.size()));
        List<Prediction> predictions = new Predictor(m.predictor()).predict(proteins, Predictor.Options.ALL);
        TrainedModel attentionModel = m.predictor().stream()
                .filter(t -> t.manifest().config().architecture() == Architecture.ALSTM).findFirst()
                .orElseGet(() -> m.singles().stream().map(Timed::model)
                        .filter(t -> t.manifest().config().architecture() == Architecture.ALSTM).findFirst().orElse(null));
        List<Prediction> attention;
        if (attentionModel == null) {
            attention = List.of();
        } else if (m.predictor().contains(attentionModel)) {
            attention = predictions; // the A-LSTM member filled in the attention
        } else {
            attention = Predictor.of(attentionModel).predict(proteins, new Predictor.Options(true, false));
        }

        List<float[]> hidden = predictions.stream().map(Prediction::hidden).toList();
        double[][][] xy = new double[1][][];
        Stats tsne = Stats.seconds(repeats, () -> xy[0] = Embedding.tsne(hidden, 30, TSNE_ITERATIONS));
        log.accept(String.format(Locale.ROOT, "t-SNE of %d x %d: %.1f s", hidden.size(), hidden.get(0).length, tsne.median()));
        report.tsne(new BenchReport.TsneTiming(hidden.size(), hidden.get(0).length, TSNE_ITERATIONS, tsne));

        // the figures of FiguresCommand, from the same results
        ConfusionMatrix cm = ConfusionMatrix.of(proteins.stream().map(r -> r.location().orElseThrow()).toList(),
                predictions.stream().map(Prediction::location).toList());
        TrainedModel first = m.predictor().get(0);
        TrainedModel logoSource = attentionModel != null && first.manifest().config().architecture() != Architecture.RLSTM
                ? attentionModel : first;
        int chosen = chooseProtein(proteins, attention.isEmpty() ? predictions : attention);
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put("confusion-matrix", Figures.confusion(cm));
        if (!attention.isEmpty()) {
            figures.put("attention-heatmap", Figures.heatmap(AttentionProfiles.of(proteins, attention)));
            if (chosen >= 0) {
                figures.put("attention-track", Figures.track(proteins.get(chosen), attention.get(chosen)));
            }
        } else {
            report.note("no A-LSTM among the models: attention heatmap and track not timed");
        }
        figures.put("filter-logos", Figures.logos(FilterLogos.of(logoSource.network(), logoSource.manifest().config())));
        figures.put("tsne", Figures.tsne(xy[0], proteins, chosen >= 0 ? Set.of(chosen) : Set.of()));
        figures.put("training-curves", Figures.curves(first.manifest().training() == null ? List.of()
                : first.manifest().training().history()));
        figures.put("prediction-bars", Figures.bars(predictions.get(Math.max(chosen, 0))));

        for (Map.Entry<String, Figure> e : figures.entrySet()) {
            String name = e.getKey();
            Figure f = e.getValue();
            Stats raster = timed(report, name + " raster", () -> FigureExporter.toImage(f, DPI / 72.0));
            Stats png = timed(report, name + " PNG", () -> FigureExporter.writePng(f, dir.resolve(name + ".png"), DPI));
            Stats svg = timed(report, name + " SVG", () -> FigureExporter.writeSvg(f, dir.resolve(name + ".svg")));
            Stats pdf = timed(report, name + " PDF", () -> FigureExporter.writePdf(f, dir.resolve(name + ".pdf")));
            log.accept(String.format(Locale.ROOT, "figure %-18s raster %s s, PNG %s s, SVG %s s, PDF %s s", name, med(raster),
                    med(png), med(svg), med(pdf)));
            report.figure(new BenchReport.FigureTiming(name, raster, png, svg, pdf));
        }
    }

    private Stats timed(BenchReport report, String what, IoRunnable task) {
        try {
            return Stats.seconds(repeats, () -> {
                try {
                    task.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (RuntimeException e) {
            report.note(what + " failed: " + e.getMessage());
            return null;
        }
    }

    private static String med(Stats s) {
        return s == null ? "failed" : String.format(Locale.ROOT, "%.3f", s.median());
    }

    /** As FiguresCommand: the first protein with an annotated N-terminal signal, shorter than 400, predicted right. */
    static int chooseProtein(List<ProteinRecord> proteins, List<Prediction> source) {
        for (int i = 0; i < proteins.size(); i++) {
            ProteinRecord p = proteins.get(i);
            if (p.signal().isPresent() && p.length() < 400 && p.location().isPresent()
                    && source.get(i).location() == p.location().get()) {
                return i;
            }
        }
        return proteins.isEmpty() ? -1 : 0;
    }

    /** {@code loclens predict} on a 10-protein FASTA in a fresh JVM with the same java and class path. */
    private void startup(BenchReport report, Models m, Path tmp) throws IOException {
        Path fasta = tmp.resolve("sample" + STARTUP_PROTEINS + ".fasta");
        List<ProteinRecord> sample = FastaReader.readAll("sample", MultiLoc.open(MultiLoc.SAMPLE_RESOURCE), p -> { });
        if (sample.size() < STARTUP_PROTEINS) {
            sample = new ArrayList<>(sample);
            sample.addAll(MultiLoc.test().subList(0, STARTUP_PROTEINS - sample.size()));
        }
        StringBuilder s = new StringBuilder();
        for (ProteinRecord r : sample.subList(0, STARTUP_PROTEINS)) {
            s.append('>').append(r.id()).append('\n').append(r.sequence()).append('\n');
        }
        Files.writeString(fasta, s.toString(), StandardCharsets.US_ASCII);

        List<String> modelArgs = new ArrayList<>();
        if (!m.files().isEmpty()) {
            m.files().forEach(p -> {
                modelArgs.add("--model");
                modelArgs.add(p.toAbsolutePath().toString());
            });
        } else if (m.untrained()) {
            // the subprocess cannot see our networks: save them (weights do not change the speed)
            for (int i = 0; i < m.predictor().size(); i++) {
                Path file = tmp.resolve("model" + i + ".zip");
                ModelFile.save(m.predictor().get(i), file);
                modelArgs.add("--model");
                modelArgs.add(file.toString());
            }
        }
        List<String> cmd = javaCommand();
        cmd.add("predict");
        cmd.add(fasta.toString());
        cmd.addAll(modelArgs);
        String shown = String.join(" ", cmd);
        log.accept("CLI start: " + shown);

        double[] loaded = new double[repeats];
        double[] exit = new double[repeats];
        boolean allLoaded = true;
        for (int r = 0; r < repeats; r++) {
            double[] t = runOnce(cmd);
            loaded[r] = t[0];
            exit[r] = t[1];
            allLoaded &= !Double.isNaN(t[0]);
            log.accept(String.format(Locale.ROOT, "CLI start run %d/%d: models loaded %.2f s, exit %.2f s", r + 1, repeats, t[0], t[1]));
        }
        report.startup(new BenchReport.StartupTiming(shown, STARTUP_PROTEINS, allLoaded ? Stats.of(loaded) : null, Stats.of(exit)));
    }

    /** Seconds to the "predicting with" line on stderr (NaN if it never came) and to a successful exit. */
    static double[] runOnce(List<String> cmd) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        double loaded = Double.NaN;
        List<String> tail = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                if (Double.isNaN(loaded) && line.contains("predicting with")) {
                    loaded = (System.nanoTime() - t0) / 1e9;
                }
                tail.add(line);
                if (tail.size() > 5) {
                    tail.remove(0);
                }
            }
        }
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("predict did not finish within 10 minutes");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
        double done = (System.nanoTime() - t0) / 1e9;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("predict exited with " + p.exitValue() + ": " + String.join(" / ", tail));
        }
        return new double[] {loaded, done};
    }

    /** The java and class path of this JVM: {@code java -jar loclens.jar} when started that way. */
    static List<String> javaCommand() {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String cp = System.getProperty("java.class.path", "");
        if (!cp.contains(java.io.File.pathSeparator) && cp.endsWith(".jar")) {
            cmd.add("-jar");
            cmd.add(cp);
        } else {
            cmd.add("-cp");
            cmd.add(cp);
            cmd.add("org.loclens.app.Main");
        }
        return cmd;
    }

    /** This process's command line as typed, or a reconstruction. */
    private String commandLine() {
        return ProcessHandle.current().info().commandLine().orElseGet(() -> {
            List<String> args = spec == null ? List.of() : spec.commandLine().getParseResult().originalArgs();
            return "java -jar loclens.jar bench " + String.join(" ", args);
        });
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            });
        } catch (IOException e) {
            // same
        }
    }
}
