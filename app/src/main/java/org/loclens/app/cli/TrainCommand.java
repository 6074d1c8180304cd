package org.loclens.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.io.EpochStats;
import org.loclens.model.io.ModelFile;
import org.loclens.model.network.Architecture;
import org.loclens.model.network.NetworkConfig;
import org.loclens.model.train.Trainer;
import org.loclens.model.train.TrainingListener;
import org.loclens.model.train.TrainingOptions;
import org.loclens.model.train.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code loclens train}: trains one network, checkpointing every epoch; Ctrl-C stops cleanly, --resume continues. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train an R-LSTM or A-LSTM. Progress on stderr; Ctrl-C stops after the current minibatch and keeps the last finished epoch.")
public final class TrainCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--data", defaultValue = "multiloc-train", description = "Training data: " + DataArgs.HELP + " (default: ${DEFAULT-VALUE}).")
    String data;

    @Option(names = "--out", required = true, description = "Model file to write (zip). Checkpoints go to OUT.checkpoint/.")
    Path out;

    @Option(names = "--arch", defaultValue = "rlstm", description = "rlstm or alstm (default: ${DEFAULT-VALUE}).")
    String arch;

    @Option(names = "--epochs", defaultValue = "40", description = "Maximum epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--resume", description = "Continue from OUT.checkpoint/ after its last finished epoch.")
    boolean resume;

    @Option(names = "--units", defaultValue = "100", description = "LSTM units per direction (default: ${DEFAULT-VALUE}).")
    int units;

    @Option(names = "--batch", defaultValue = "64", description = "Minibatch size (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--lr", defaultValue = "0.001", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
    double lr;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for weights, dropout and batch order (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-length", defaultValue = "1000", description = "Longer proteins lose their middle (default: ${DEFAULT-VALUE}).")
    int maxLength;

    @Option(names = "--patience", defaultValue = "8", description = "Early stop after this many epochs without better validation accuracy; 0 = off (default: ${DEFAULT-VALUE}).")
    int patience;

    @Option(names = "--lr-patience", defaultValue = "3", description = "Halve the learning rate after this many epochs without a lower validation loss (at most 4 times); 0 = constant rate (default: ${DEFAULT-VALUE}).")
    int lrPatience;

    @Option(names = "--validation", defaultValue = "" + TrainingOptions.DEFAULT_VALIDATION_FRACTION, description = "Fraction of the data held out for early stopping (default: ${DEFAULT-VALUE}).")
    double validation;

    @Option(names = "--class-weights", description = "Weight the loss by 1/sqrt(class size) to lift small classes.")
    boolean classWeights;

    @Option(names = "--encoder-from", paramLabel = "MODEL", description = "Start the convolutions and LSTMs from this "
            + "model file (e.g. a trained R-LSTM of the same width); the attention, dense and output layers start fresh.")
    Path encoderFrom;

    @Option(names = "--encoder-layers", paramLabel = "all|conv", defaultValue = "all", description = "With --encoder-from: "
            + "start the convolutions and both LSTMs (all) or only the convolutions (conv; the LSTMs start fresh) from "
            + "that model (default: ${DEFAULT-VALUE}).")
    String encoderLayers;

    @Option(names = "--time-budget", defaultValue = "0", description = "Stop before an epoch that would end after this many minutes; 0 = none.")
    double timeBudgetMinutes;

    @Option(names = "--epochs-this-run", defaultValue = "0", description = "Stop after this many epochs in this process "
            + "(exit code 75 while epochs remain; run again with --resume). Bounds native memory on long runs; 0 = no limit.")
    int epochsThisRun;

    static org.loclens.model.network.WarmStart.Part encoderPart(String layers) {
        return switch (layers) {
            case "all" -> org.loclens.model.network.WarmStart.Part.ENCODER;
            case "conv" -> org.loclens.model.network.WarmStart.Part.CONVOLUTIONS;
            default -> throw new UserError("--encoder-layers " + layers + ": expected all or conv");
        };
    }

    /** Exit code when --epochs-this-run stopped a run that has epochs left. */
    static final int MORE_EPOCHS = 75;

    @Override
    public Integer call() throws Exception {
        Architecture architecture = Architecture.parse(arch);
        NetworkConfig config = NetworkConfig.defaults(architecture).withLstmUnits(units).withLearningRate(lr)
                .withSeed(seed).withMaxLength(maxLength);
        Path checkpoints = Path.of(out.toString() + ".checkpoint");
        TrainingOptions options = TrainingOptions.defaults(config).withEpochs(epochs).withBatchSize(batch)
                .withPatience(patience).withLrPatience(lrPatience).withValidationFraction(validation).withClassWeighting(classWeights)
                .withTimeBudgetSeconds(Math.round(timeBudgetMinutes * 60)).withCheckpointDir(checkpoints)
                .withEncoderFrom(encoderFrom).withEncoderPart(encoderPart(encoderLayers));
        if (encoderFrom != null && !java.nio.file.Files.isRegularFile(encoderFrom)) {
            throw new UserError(encoderFrom + ": no such model file (--encoder-from)");
        }
        if (encoderFrom == null && !"all".equals(encoderLayers)) {
            throw new UserError("--encoder-layers " + encoderLayers + " needs --encoder-from MODEL");
        }
        if (!resume && java.nio.file.Files.exists(checkpoints.resolve(Trainer.STATE))) {
            throw new UserError(checkpoints + " holds a checkpoint from an earlier run: add --resume to continue it, or remove the folder");
        }
        int runLimit = epochs;
        if (epochsThisRun > 0) {
            int done = resume && java.nio.file.Files.exists(checkpoints.resolve(Trainer.STATE))
                    ? org.loclens.model.io.ModelFile.json().readValue(checkpoints.resolve(Trainer.STATE).toFile(),
                    org.loclens.model.train.TrainerState.class).epochsDone() : 0;
            runLimit = Math.min(epochs, done + epochsThisRun);
            options = options.withEpochs(runLimit);
        }
        List<ProteinRecord> records = DataArgs.labelled(data);
        System.err.println("loclens: training " + config + " on " + records.size() + " proteins from " + data);

        AtomicBoolean cancel = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancel.set(true);
            System.err.println("\nloclens: stopping after the current minibatch; resume with --resume");
            try {
                finished.await();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        ProgressBar bar = new ProgressBar(System.err);
        TrainingListener listener = new TrainingListener() {
            @Override
            public void batchDone(int epoch, int b, int batches, double loss, double eta) {
                bar.update(String.format("epoch %d/%d", epoch, epochs), b / (double) batches, eta, String.format("loss %.3f", loss));
            }

            @Override
            public void epochDone(EpochStats s, boolean best) {
                bar.done();
                String validation = Double.isNaN(s.validationAccuracy()) ? "no validation part"
                        : String.format("validation loss %.4f  accuracy %.4f", s.validationLoss(), s.validationAccuracy());
                System.err.printf("loclens: epoch %d  train loss %.4f  %s  %.0f s%s%n",
                        s.epoch(), s.trainLoss(), validation, s.seconds(), best ? "  (best)" : "");
            }

            @Override
            public void message(String text) {
                System.err.println("loclens: " + text);
            }
        };
        TrainingResult result;
        try {
            result = new Trainer(options, listener).train(records, resume, cancel::get);
            if (result.best() != null) {
                ModelFile.save(result.best(), out);
                var kept = result.best().manifest();
                System.err.println("loclens: wrote " + out + " (epoch " + kept.training().bestEpoch()
                        + (kept.training().hasValidationPart() ? ", validation accuracy " + kept.metrics().get("validationAccuracy")
                                : ", the last: no validation part") + ")");
            }
        } finally {
            finished.countDown();
        }
        if (!cancel.get()) {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        if (result.best() == null) {
            System.err.println("loclens: no epoch finished; nothing written");
            return 3;
        }
        if (result.cancelled()) {
            return 130;
        }
        boolean limitedByThisRun = runLimit < epochs && result.history().size() == runLimit
                && result.stopReason().startsWith("reached");
        return limitedByThisRun ? MORE_EPOCHS : 0;
    }
}
