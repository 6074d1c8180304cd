package org.loclens.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.ObjDoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.loclens.app.figures.Figures;
import org.loclens.app.gui.common.AppSettings;
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
import org.loclens.model.train.WeightAveraging;
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
 * figure times and CLI and workbench start on this machine, and writes a Markdown report (atomically) whose every
 * number comes from this run. The measuring lives in {@code org.loclens.model.bench}; this command picks the models,
 * builds the figures and starts the CLI and workbench subprocesses.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure speed on this machine and write a Markdown report: prediction throughput and heap while "
                + "streaming, training seconds per epoch, the single-thread GEMM peak and the share of it the networks reach, "
                + "t-SNE and figure render times, CLI start to first prediction, and workbench start to first window and first "
                + "prediction (under a display, or headless when Monocle is on the class path).",
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
    static final Duration CLI_TIMEOUT = Duration.ofMinutes(10);
    static final Duration GUI_TIMEOUT = Duration.ofSeconds(120);
    /** Read by the workbench ({@code gui.StartupProbe}): time the start, predict this FASTA, quit. */
    static final String STARTUP_PROBE_PROPERTY = "loclens.startupProbe";
    /** The JavaFX flags of the headless tests (app/pom.xml), without TestFX's own: Monocle's headless platform, software rendering. */
    static final List<String> HEADLESS_FLAGS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");
    private static final Pattern PROBE_EVENT = Pattern.compile("loclens-probe: (window-shown|first-prediction|all-predictions) (\\d+)");
    private static final String PROBE_FAILED = "loclens-probe: failed ";

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
            section("GUI start", report, () -> guiStartup(report, m, tmp), "gui");
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
        if (s == null) {
            return "";
        }
        return String.format(Locale.ROOT, " (trained %d epochs, %s; %s)", s.epochs(), WeightAveraging.selection(t.manifest()),
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
        int workers = Predictor.defaultWorkers();
        for (Timed t : m.singles()) {
            report.throughput(PredictionBenchmark.throughput(t.name() + ", 1 worker", List.of(t.model()), proteins, repeats, 1, log));
            if (workers > 1) {
                report.throughput(PredictionBenchmark.throughput(t.name() + ", " + workers + " workers", List.of(t.model()), proteins,
                        repeats, workers, log));
            }
        }
        if (m.predictor().size() > 1) {
            report.throughput(PredictionBenchmark.throughput(m.predictorName() + ", " + workers + " worker(s)", m.predictor(),
                    proteins, repeats, workers, log));
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
        PredictionBenchmark.StreamResult r = PredictionBenchmark.stream(m.predictorName() + ", "
                + Predictor.defaultWorkers() + " worker(s)", m.predictor(), Predictor.defaultWorkers(), n, lengths, 42L, log);
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
        Path fasta = startupFasta(tmp);
        List<String> cmd = javaCommand();
        cmd.add("predict");
        cmd.add(fasta.toString());
        for (Path model : subprocessModels(m, tmp)) {
            cmd.add("--model");
            cmd.add(model.toString());
        }
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
        double[] loaded = {Double.NaN};
        Exited run = runSubprocess(cmd, CLI_TIMEOUT, (line, seconds) -> {
            if (Double.isNaN(loaded[0]) && line.contains("predicting with")) {
                loaded[0] = seconds;
            }
        });
        if (run.killed()) {
            throw new IllegalStateException("predict did not finish within 10 minutes");
        }
        if (run.exitCode() != 0) {
            throw new IllegalStateException("predict exited with " + run.exitCode() + ": " + run.tail());
        }
        return new double[] {loaded[0], run.seconds()};
    }

    /** The 10-protein FASTA of the start timings, written into {@code tmp} by the first section that needs it. */
    static Path startupFasta(Path tmp) throws IOException {
        Path fasta = tmp.resolve("sample" + STARTUP_PROTEINS + ".fasta");
        if (Files.exists(fasta)) {
            return fasta;
        }
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
        return fasta;
    }

    /** The model files a subprocess should load; empty for the bundled default. */
    private static List<Path> subprocessModels(Models m, Path tmp) throws IOException {
        if (!m.files().isEmpty()) {
            return m.files().stream().map(Path::toAbsolutePath).toList();
        }
        if (!m.untrained()) {
            return List.of();
        }
        // the subprocess cannot see our networks: save them once (weights do not change the speed)
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < m.predictor().size(); i++) {
            Path file = tmp.resolve("model" + i + ".zip");
            if (!Files.exists(file)) {
                ModelFile.save(m.predictor().get(i), file);
            }
            files.add(file);
        }
        return files;
    }

    /** The workbench in a fresh JVM, {@code repeats} times, with its startup probe on the CLI start's FASTA. */
    private void guiStartup(BenchReport report, Models m, Path tmp) throws IOException {
        String display = System.getenv("DISPLAY");
        boolean headless = display == null || display.isBlank();
        if (headless && BenchCommand.class.getClassLoader().getResource("com/sun/glass/ui/monocle/HeadlessPlatformFactory.class") == null) {
            String reason = "no DISPLAY, and Monocle (org.testfx:openjfx-monocle) is not on the class path: run under "
                    + "`xvfb-run -a`, or add the Monocle jar with -cp";
            log.accept("GUI start not measured: " + reason);
            report.skip("gui", reason);
            return;
        }
        // settings of our own: the user's might name other models, and must not change
        Path config = tmp.resolve("gui-config");
        Path data = tmp.resolve("gui-data");
        AppSettings settings = new AppSettings(config, data);
        settings.setActiveModels(subprocessModels(m, tmp));
        Optional<IOException> notSaved = settings.save();
        if (notSaved.isPresent()) {
            throw notSaved.get();
        }
        List<String> options = new ArrayList<>(List.of("-D" + STARTUP_PROBE_PROPERTY + "=" + startupFasta(tmp),
                "-Dloclens.config.dir=" + config, "-Dloclens.data.dir=" + data));
        if (headless) {
            options.addAll(HEADLESS_FLAGS);
        }
        List<String> cmd = javaCommand();
        cmd.addAll(1, options); // JVM options go before -jar or -cp
        String shown = String.join(" ", cmd);
        log.accept("GUI start: " + shown + (headless ? " (headless: no DISPLAY)" : ""));

        List<Double> window = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        List<Double> afterWindow = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        List<String> notMeasured = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            try {
                GuiStart g = runGuiOnce(cmd, GUI_TIMEOUT);
                window.add(g.windowShown());
                first.add(g.firstPrediction());
                afterWindow.add(g.firstPrediction() - g.windowShown());
                all.add(g.allPredictions());
                log.accept(String.format(Locale.ROOT, "GUI start run %d/%d: window %.2f s, first prediction %.2f s, all %.2f s",
                        r + 1, repeats, g.windowShown(), g.firstPrediction(), g.allPredictions()));
            } catch (IllegalStateException e) {
                notMeasured.add("run " + (r + 1) + ": " + e.getMessage());
                log.accept("GUI start run " + (r + 1) + "/" + repeats + " not measured: " + e.getMessage());
            }
        }
        if (window.isEmpty()) {
            report.skip("gui", String.join("; ", notMeasured));
            return;
        }
        report.guiStartup(new BenchReport.GuiStartTiming(shown, STARTUP_PROTEINS,
                headless ? "headless (Monocle), no DISPLAY" : "X display " + display, headless, Stats.of(window), Stats.of(first),
                Stats.of(afterWindow), Stats.of(all), notMeasured));
    }

    /** Seconds from JVM start to the probe's three events. */
    record GuiStart(double windowShown, double firstPrediction, double allPredictions) {
    }

    /** Starts the workbench once with the probe; throws, with the reason, when it did not report all three events in time. */
    static GuiStart runGuiOnce(List<String> cmd, Duration timeout) throws IOException {
        Map<String, Double> seconds = new LinkedHashMap<>();
        String[] failure = {null};
        Exited run = runSubprocess(cmd, timeout, (line, t) -> {
            Matcher event = PROBE_EVENT.matcher(line);
            if (event.matches()) {
                seconds.putIfAbsent(event.group(1), Long.parseLong(event.group(2)) / 1e3);
            } else if (line.startsWith(PROBE_FAILED)) {
                failure[0] = line.substring(PROBE_FAILED.length());
            }
        });
        String seen = seconds.isEmpty() ? "no probe line" : "probe saw " + String.join(", ", seconds.keySet());
        if (run.killed()) {
            throw new IllegalStateException("killed after " + timeout.toSeconds() + " s (" + seen + ")");
        }
        if (failure[0] != null) {
            throw new IllegalStateException("probe failed: " + failure[0]);
        }
        if (run.exitCode() != 0 || seconds.size() < 3) {
            throw new IllegalStateException("exited with " + run.exitCode() + ", " + seen + ": " + run.tail());
        }
        return new GuiStart(seconds.get("window-shown"), seconds.get("first-prediction"), seconds.get("all-predictions"));
    }

    /** How a subprocess ended: seconds from start to exit, killed at the timeout or not, and its last stderr lines. */
    record Exited(double seconds, boolean killed, int exitCode, String tail) {
    }

    /**
     * Runs {@code cmd} with stdout discarded, handing each stderr line and the seconds since start to {@code onLine};
     * kills it after {@code timeout}.
     */
    static Exited runSubprocess(List<String> cmd, Duration timeout, ObjDoubleConsumer<String> onLine) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        AtomicBoolean killed = new AtomicBoolean();
        // reading stderr below ends only when the process closes it: a hung process must be killed from outside
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (p.isAlive()) {
                killed.set(true);
                p.descendants().forEach(ProcessHandle::destroyForcibly); // a child could hold stderr open
                p.destroyForcibly();
            }
        });
        List<String> tail = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                onLine.accept(line, (System.nanoTime() - t0) / 1e9);
                tail.add(line);
                if (tail.size() > 5) {
                    tail.remove(0);
                }
            }
        }
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
        return new Exited((System.nanoTime() - t0) / 1e9, killed.get(), p.exitValue(), String.join(" / ", tail));
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
