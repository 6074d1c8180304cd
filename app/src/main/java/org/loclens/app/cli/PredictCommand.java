package org.loclens.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.loclens.app.io.PredictionWriter;
import org.loclens.model.data.BadInputException;
import org.loclens.model.data.FastaReader;
import org.loclens.model.data.InputProblem;
import org.loclens.model.io.AtomicFiles;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.predict.Predictor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code loclens predict}: streams FASTA files through the model and writes one row per protein. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict the location of every protein in FASTA files (plain or gzipped; '-' reads stdin).")
public final class PredictCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "FASTA files, or - for standard input.")
    List<String> files;

    @Option(names = "--model", paramLabel = "PATH", description = "Model file; repeat for an ensemble. Default: the bundled model.")
    List<Path> models;

    @Option(names = "--format", defaultValue = "tsv", description = "tsv, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here (atomically) instead of standard output.")
    Path out;

    @Option(names = "--workers", paramLabel = "N", description = "Parallel prediction threads, one core each "
            + "(default: one per core, at most 2).")
    Integer workers;

    @Override
    public Integer call() throws IOException {
        PredictionWriter.Format fmt = PredictionWriter.Format.parse(format);
        if (workers != null && (workers < 1 || workers > 64)) {
            throw new UserError("--workers must be between 1 and 64, got " + workers);
        }
        List<TrainedModel> loaded = ModelArgs.load(models);
        try (Predictor predictor = new Predictor(loaded, workers == null ? Predictor.defaultWorkers() : workers)) {
            return run(predictor, loaded, fmt);
        }
    }

    private int run(Predictor predictor, List<TrainedModel> loaded, PredictionWriter.Format fmt) throws IOException {
        System.err.println("loclens: predicting with " + ModelArgs.describe(loaded)
                + (predictor.workers() > 1 ? " on " + predictor.workers() + " workers" : ""));

        long start = System.nanoTime();
        long[] counts; // {predicted, failed files}
        if (out != null) {
            long[][] result = new long[1][];
            // atomic: an interrupted run never leaves a half-written --out file
            AtomicFiles.write(out, os -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
                result[0] = predictAll(predictor, w, fmt, start);
                w.flush();
            });
            counts = result[0];
        } else {
            Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            counts = predictAll(predictor, w, fmt, start);
            w.flush();
        }
        long predicted = counts[0];
        long failedFiles = counts[1];
        double s = (System.nanoTime() - start) / 1e9;
        System.err.printf("loclens: %d proteins predicted in %.1f s (%.1f/s)%s%n", predicted, s, predicted / s,
                failedFiles > 0 ? "; " + failedFiles + " file(s) could not be used" : "");
        return failedFiles > 0 ? 2 : 0;
    }

    /** Streams every file through the predictor into the writer; returns {proteins predicted, files not used}. */
    private long[] predictAll(Predictor predictor, Writer writer, PredictionWriter.Format fmt, long start) throws IOException {
        long failedFiles = 0;
        long predicted = 0;
        ProgressBar bar = new ProgressBar(System.err);
        PredictionWriter w = new PredictionWriter(writer, fmt);
        for (String file : files) {
            List<InputProblem> problems = new ArrayList<>();
            long before = predicted;
            try (FastaReader reader = FastaReader.open(file, p -> {
                problems.add(p);
                System.err.println("loclens: " + p);
            })) {
                long done = predictor.predictStream(reader, Predictor.Options.PROBABILITIES, p -> {
                    try {
                        w.write(p);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }, (d, t) -> {
                    double s = (System.nanoTime() - start) / 1e9;
                    bar.update(file, Double.NaN, Double.NaN, String.format("%d proteins, %.1f/s", before + d, (before + d) / s));
                }, () -> false);
                predicted += done;
                if (done == 0) {
                    throw new BadInputException(reader.source(), noRecordsReason(problems));
                }
            } catch (BadInputException e) {
                failedFiles++;
                System.err.println("loclens: " + e.getMessage());
            }
        }
        w.close(); // closes the JSON array; the caller owns the stream
        bar.done();
        return new long[] {predicted, failedFiles};
    }

    static String noRecordsReason(List<InputProblem> problems) {
        if (problems.isEmpty()) {
            return "no protein records found";
        }
        boolean allNucleotide = problems.stream().allMatch(p -> p.reason().contains("nucleotide"));
        if (allNucleotide) {
            return "looks like a nucleotide FASTA (DNA/RNA); LocLens needs protein sequences";
        }
        return "no usable protein records (" + problems.size() + " skipped; first: " + problems.get(0).reason() + ")";
    }
}
