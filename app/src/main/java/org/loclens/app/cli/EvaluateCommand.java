package org.loclens.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.loclens.model.train.WeightAveraging;
import java.util.concurrent.Callable;
import org.loclens.model.analysis.AttentionProfiles;
import org.loclens.model.analysis.Evaluation;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.io.ModelFile;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.predict.Prediction;
import org.loclens.model.predict.Predictor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code loclens evaluate}: accuracy, per-class precision/recall/MCC and the confusion matrix on labelled data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a model (or an ensemble) on labelled proteins; text on stdout, JSON with --json.")
public final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "PATH", description = "Model file; repeat for an ensemble. Default: the bundled model.")
    List<Path> models;

    @Option(names = "--data", defaultValue = "multiloc-test", description = "Data: " + DataArgs.HELP + " (default: ${DEFAULT-VALUE}).")
    String data;

    /** One line about how a member was trained, from its manifest. */
    static String describeTraining(TrainedModel m) {
        var t = m.manifest().training();
        var c = m.manifest().config();
        if (t == null) {
            return "- " + m.displayName() + ": no training record";
        }
        double secondsPerEpoch = t.history().stream().mapToDouble(org.loclens.model.io.EpochStats::seconds).sorted()
                .skip(t.history().size() / 2).findFirst().orElse(Double.NaN);
        String kept = WeightAveraging.selection(m.manifest());
        // a run without a validation part (ADR 0016) trained on all its proteins; its epochs were fixed in advance
        String judged = t.hasValidationPart()
                ? String.format(java.util.Locale.ROOT, "validation accuracy %.3f on %d proteins",
                        m.manifest().metrics().getOrDefault("validationAccuracy", Double.NaN), t.validationProteins())
                : String.format(java.util.Locale.ROOT, "no validation part: trained on all %d proteins", t.trainProteins());
        return String.format(java.util.Locale.ROOT, "- %s: %d LSTM units, max length %d, batch %d, Adam %s, %d epochs run, "
                        + "%s (%s), %.1f min of training, median %.0f s/epoch",
                m.displayName(), c.lstmUnits(), c.maxLength(), t.batchSize(), rateSchedule(t.history(), c.learningRate()),
                t.epochs(), kept, judged, t.seconds() / 60, secondsPerEpoch)
                + (t.encoderFrom() == null ? "" : "; " + encoderStart(t.encoderFrom())
                + " (that model's own training time not included)");
    }

    /** "convolutions and LSTMs started from rlstm.zip (sha256 3692af718fc2…)", or "convolutions started from …". */
    static String encoderStart(String encoderFrom) {
        boolean convolutionsOnly = encoderFrom.endsWith(org.loclens.model.train.Trainer.CONVOLUTIONS_ONLY);
        String source = convolutionsOnly
                ? encoderFrom.substring(0, encoderFrom.length() - org.loclens.model.train.Trainer.CONVOLUTIONS_ONLY.length())
                : encoderFrom;
        var part = convolutionsOnly ? org.loclens.model.network.WarmStart.Part.CONVOLUTIONS
                : org.loclens.model.network.WarmStart.Part.ENCODER;
        return part.description() + " started from " + shortHash(source);
    }

    /** Residues at each end whose attention {@link #attentionLine} adds up (ADR 0015's check). */
    static final int END_RESIDUES = 5;

    /** "attention on the first and last 5 residues: 0.181 of each protein's on average (uniform: 0.023)". */
    static String attentionLine(double ends, List<ProteinRecord> records, int maxLength) {
        // uniform attention over each protein's residues seen, averaged the same way, is the yardstick
        double uniform = records.stream().mapToDouble(r -> Math.min(1.0, 2.0 * END_RESIDUES
                / Math.min(r.length(), maxLength))).average().orElse(Double.NaN);
        return String.format(java.util.Locale.ROOT, "A-LSTM attention on the first and last %d residues: %.3f of each "
                + "protein's on average (uniform attention: %.3f)%n", END_RESIDUES, ends, uniform);
    }

    /** "rlstm.zip (sha256 3692af718fc2…)": the full hash is in the manifest; twelve digits tell files apart in a table. */
    static String shortHash(String encoderFrom) {
        return encoderFrom.replaceAll("\\(sha256 ([0-9a-f]{12})[0-9a-f]+\\)", "(sha256 $1…)");
    }

    /**
     * "1e-03, 5.0e-04 from epoch 28, 2.5e-04 from epoch 42" from the rates recorded per epoch; just the rate if it never
     * changed. Epochs recorded with rate 0 predate the record and ran at {@code configuredRate}.
     */
    static String rateSchedule(List<org.loclens.model.io.EpochStats> history, double configuredRate) {
        StringBuilder out = new StringBuilder();
        double previous = Double.NaN;
        for (var e : history) {
            double rate = e.learningRateOr(configuredRate);
            if (rate != previous) {
                out.append(out.length() == 0 ? String.format(java.util.Locale.ROOT, "%.0e", rate)
                        : String.format(java.util.Locale.ROOT, ", %.1e from epoch %d", rate, e.epoch()));
                previous = rate;
            }
        }
        return out.length() == 0 ? String.format(java.util.Locale.ROOT, "%.0e", configuredRate) : out.toString();
    }

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the evaluation as JSON here.")
    Path json;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also write Markdown tables (for the model card) here.")
    Path markdown;

    @Override
    public Integer call() throws Exception {
        List<TrainedModel> loaded = ModelArgs.load(models);
        List<ProteinRecord> records = DataArgs.labelled(data);
        ProgressBar bar = new ProgressBar(System.err);
        long start = System.nanoTime();
        // an A-LSTM's attention is cheap to keep (it is computed anyway) and says whether the attention means something
        var alstm = loaded.stream().filter(m -> m.manifest().config().architecture()
                == org.loclens.model.network.Architecture.ALSTM).findFirst();
        Predictor.Options options = new Predictor.Options(alstm.isPresent(), false);
        List<Prediction> predictions = new Predictor(loaded, Predictor.defaultWorkers()).predict(records, options, (d, t) -> {
            double s = (System.nanoTime() - start) / 1e9;
            bar.update("evaluate", d / (double) t, s / d * (t - d), d + "/" + t);
        }, () -> false);
        bar.done();
        Evaluation e = Evaluation.of(ModelArgs.describe(loaded), records, predictions);
        System.out.print(e.toText());
        double ends = AttentionProfiles.meanEndMass(predictions, END_RESIDUES);
        String attentionLine = "";
        if (!Double.isNaN(ends)) {
            attentionLine = attentionLine(ends, records, alstm.orElseThrow().manifest().config().maxLength());
            System.out.print(attentionLine);
        }
        if (json != null) {
            var map = new java.util.LinkedHashMap<String, Object>(e.toMap());
            if (!Double.isNaN(ends)) {
                map.put("attentionEndMass", ends);
            }
            ModelFile.writeJsonAtomically(map, json);
        }
        if (markdown != null) {
            StringBuilder md = new StringBuilder("#### " + e.model() + " on " + data + "\n\n");
            for (TrainedModel m : loaded) {
                md.append(describeTraining(m)).append('\n');
            }
            md.append('\n').append(e.toMarkdown());
            if (!attentionLine.isEmpty()) {
                md.append('\n').append(attentionLine.strip()).append('\n');
            }
            org.loclens.model.io.AtomicFiles.writeString(markdown, md.toString());
        }
        System.err.printf("loclens: evaluated %d proteins in %.1f s%n", records.size(), (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
