package org.loclens.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.loclens.app.figures.Figures;
import org.loclens.model.analysis.HeldOutAnalysis;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.io.BundledModels;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.network.Architecture;
import org.loclens.model.predict.Prediction;
import org.loclens.model.predict.Predictor;
import org.loclens.viz.ExportFormat;
import org.loclens.viz.Figure;
import org.loclens.viz.FigureExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code loclens figures}: the paper's seven views from the models and labelled data, headless, to files. */
@Command(name = "figures", mixinStandardHelpOptions = true,
        description = "Render the confusion matrix, attention heatmap and track, filter logos, t-SNE, training curves and "
                + "prediction bars to PNG, SVG and PDF.")
public final class FiguresCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "Folder to write into (created if missing).")
    Path out;

    @Option(names = "--format", defaultValue = "png,svg,pdf", description = "Comma-separated formats (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--dpi", defaultValue = "300", description = "PNG resolution, 72-600 (default: ${DEFAULT-VALUE}).")
    int dpi;

    @Option(names = "--model", paramLabel = "PATH", description = "Model file; repeat for an ensemble. Default: the bundled models.")
    List<Path> models;

    @Option(names = "--data", defaultValue = "multiloc-test", description = "Labelled data: " + DataArgs.HELP + " (default: ${DEFAULT-VALUE}).")
    String data;

    @Option(names = "--protein", description = "Id of the protein for the attention track and prediction bars (default: the "
            + "first annotated protein the A-LSTM predicts correctly).")
    String protein;

    @Override
    public Integer call() throws Exception {
        if (dpi < 72 || dpi > 600) {
            throw new UserError("--dpi must be between 72 and 600, got " + dpi);
        }
        Set<ExportFormat> formats = ExportFormat.parseList(format);
        List<TrainedModel> loaded = ModelArgs.load(models);
        TrainedModel attentionModel = loaded.stream()
                .filter(m -> m.manifest().config().architecture() == Architecture.ALSTM).findFirst()
                .orElseGet(() -> models == null || models.isEmpty() ? BundledModels.load(Architecture.ALSTM).orElse(null) : null);
        List<ProteinRecord> records = DataArgs.labelled(data);
        Files.createDirectories(out);
        ProgressBar bar = new ProgressBar(System.err);
        long start = System.nanoTime();
        HeldOutAnalysis analysis = HeldOutAnalysis.compute(new Predictor(loaded, Predictor.defaultWorkers()), attentionModel, records,
                (step, f) -> bar.update(step, f, Double.NaN, ""), () -> false);
        bar.done();

        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put("confusion-matrix", Figures.confusion(analysis.confusion()));
        if (analysis.profiles() != null) {
            figures.put("attention-heatmap", Figures.heatmap(analysis.profiles()));
        } else {
            System.err.println("loclens: no A-LSTM among the models: attention heatmap and track skipped");
        }
        int chosen = chooseProtein(analysis);
        if (chosen >= 0 && !analysis.attention().isEmpty()) {
            figures.put("attention-track", Figures.track(records.get(chosen), analysis.attention().get(chosen)));
        }
        figures.put("filter-logos", Figures.logos(analysis.filters()));
        figures.put("tsne", Figures.tsne(analysis.tsne(), records, chosen >= 0 ? Set.of(chosen) : Set.of()));
        figures.put("training-curves", Figures.curves(analysis.history()));
        figures.put("prediction-bars", Figures.bars(analysis.predictions().get(Math.max(chosen, 0))));

        for (Map.Entry<String, Figure> e : figures.entrySet()) {
            long t0 = System.nanoTime();
            List<Path> written = FigureExporter.writeAll(e.getValue(), out, e.getKey(), formats, dpi);
            System.err.printf("loclens: %-18s %s (%.2f s)%n", e.getKey(), written.stream().map(p -> p.getFileName().toString()).toList(),
                    (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf("%d figures written to %s (accuracy of %s on %d proteins: %.4f) in %.1f s%n", figures.size(), out,
                analysis.modelName(), records.size(), analysis.confusion().accuracy(), (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** The protein named with --protein, else the first with an annotated N-terminal signal that the A-LSTM gets right. */
    private int chooseProtein(HeldOutAnalysis a) {
        List<ProteinRecord> r = a.proteins();
        if (protein != null) {
            for (int i = 0; i < r.size(); i++) {
                if (r.get(i).id().equals(protein)) {
                    return i;
                }
            }
            throw new UserError("--protein " + protein + ": no such id in " + data);
        }
        List<Prediction> source = a.attention().isEmpty() ? a.predictions() : a.attention();
        for (int i = 0; i < r.size(); i++) {
            ProteinRecord p = r.get(i);
            if (p.signal().isPresent() && p.length() < 400 && source.get(i).location() == p.location().orElseThrow()) {
                return i;
            }
        }
        return r.isEmpty() ? -1 : 0;
    }
}
