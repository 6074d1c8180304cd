package org.loclens.model.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.loclens.model.data.DataSplit;
import org.loclens.model.data.Location;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.encoding.EncodedBatch;
import org.loclens.model.encoding.SequenceEncoder;
import org.loclens.model.io.EpochStats;
import org.loclens.model.io.ModelFile;
import org.loclens.model.io.ModelManifest;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.Version;
import org.loclens.model.network.NetworkFactory;
import org.loclens.model.network.Nd4jThreads;
import org.loclens.model.network.WarmStart;
import org.loclens.model.predict.Prediction;
import org.loclens.model.predict.Predictor;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains one network on labelled proteins with Adam and cross-entropy, keeping the weights of the epoch
 * with the best validation accuracy (early stopping). Minibatches are buckets of similar length (the
 * padded length sets DL4J's cost), visited in a seeded random order each epoch, so runs are repeatable.
 *
 * <p>With a checkpoint folder, every finished epoch writes {@code last.zip} (weights and Adam state),
 * {@code best.zip} and {@code state.json}, each atomically; {@link #train} with {@code resume} continues
 * after the last finished epoch. Cancelling is checked between minibatches; the unfinished epoch is
 * dropped and rerun on resume.
 */
public final class Trainer {

    public static final String LAST = "last.zip";
    public static final String BEST = "best.zip";
    public static final String STATE = "state.json";
    /** Seed of the validation hold-out inside the training data. */
    public static final long VALIDATION_SEED = 7L;

    private final TrainingOptions options;
    private final TrainingListener listener;

    public Trainer(TrainingOptions options, TrainingListener listener) {
        this.options = options;
        this.listener = listener == null ? TrainingListener.NONE : listener;
        Nd4jThreads.useOneThread();
    }

    public TrainingResult train(List<ProteinRecord> data, boolean resume, BooleanSupplier cancelled) throws IOException {
        if (data.isEmpty()) {
            throw new IllegalArgumentException("no training proteins");
        }
        for (ProteinRecord r : data) {
            if (r.location().isEmpty()) {
                throw new IllegalArgumentException("protein " + r.id() + " has no location label");
            }
        }
        String dataHash = hash(data);
        List<ProteinRecord> train = data;
        List<ProteinRecord> validation = List.of();
        if (options.validationFraction() > 0) {
            Set<String> held = DataSplit.stratifiedHoldOut(data, options.validationFraction(), VALIDATION_SEED);
            train = DataSplit.select(data, held, false);
            validation = DataSplit.select(data, held, true);
        }
        double[] classWeights = options.classWeighting() ? inverseSqrtFrequency(train) : null;

        ComputationGraph net;
        TrainerState state;
        Path dir = options.checkpointDir();
        if (resume && dir != null && Files.exists(dir.resolve(STATE)) && Files.exists(dir.resolve(LAST))) {
            state = ModelFile.json().readValue(dir.resolve(STATE).toFile(), TrainerState.class);
            if (!state.dataSha256().equals(dataHash)) {
                throw new IllegalArgumentException(dir + ": checkpoint was made from other training data; remove it or train without --resume");
            }
            // a resumed run may change its learning rate (e.g. a constant-rate phase for weight averaging); nothing else
            if (!state.network().withLearningRate(options.network().learningRate()).equals(options.network())
                    || state.batchSize() != options.batchSize() || state.classWeighting() != options.classWeighting()) {
                throw new IllegalArgumentException(dir + ": checkpoint was made with other settings (" + state.network()
                        + ", batch " + state.batchSize() + "); remove it or train with the same settings");
            }
            net = ModelFile.load(dir.resolve(LAST)).network();
            listener.message("resuming after epoch " + state.epochsDone() + " from " + dir);
            if (state.network().learningRate() != options.network().learningRate()) {
                state = withRatesRecorded(state);
                listener.message("learning rate changed from " + state.network().learningRate() + " to "
                        + options.network().learningRate() + " for the epochs after " + state.epochsDone());
            }
            String asked = options.encoderFrom() == null ? null : describe(options.encoderFrom(), options.encoderPart());
            if (asked != null && !asked.equals(state.encoderFrom())) {
                throw new IllegalArgumentException(dir + ": checkpoint was started from "
                        + (state.encoderFrom() == null ? "random weights" : state.encoderFrom()) + ", not from "
                        + asked + "; resume without the other start, or remove the folder");
            }
        } else {
            net = NetworkFactory.build(options.network(), classWeights);
            String started = options.encoderFrom() == null ? null : startEncoder(net);
            state = new TrainerState(0, 0, -1, 0, options.network(), options.batchSize(), options.classWeighting(),
                    dataHash, List.of(), started);
        }

        String encoderFrom = state.encoderFrom();
        SequenceEncoder encoder = new SequenceEncoder(options.network().maxLength());
        int batches = (train.size() + options.batchSize() - 1) / options.batchSize();
        listener.started(state.epochsDone() + 1, options.maxEpochs(), batches, train.size(), validation.size());
        List<EpochStats> history = new ArrayList<>(state.history());
        TrainedModel best = state.bestEpoch() > 0 && dir != null && Files.exists(dir.resolve(BEST))
                ? ModelFile.load(dir.resolve(BEST)) : null;
        double bestAccuracy = state.bestValidationAccuracy();
        int bestEpoch = state.bestEpoch();
        double seconds = state.seconds();
        double baseRate = options.network().learningRate();
        double rate = LearningRatePlateau.rateAfter(history, baseRate, options.lrPatience());
        if (rate != baseRate) {
            listener.message("learning rate " + rate + " (validation loss plateaued earlier in this run)");
        }
        LearningRatePlateau.apply(net, rate); // a resumed network carries the rate it was saved with
        String stop = "reached " + options.maxEpochs() + " epochs";
        boolean wasCancelled = false;

        for (int epoch = state.epochsDone() + 1; epoch <= options.maxEpochs(); epoch++) {
            double lastEpochSeconds = history.isEmpty() ? 0 : history.get(history.size() - 1).seconds();
            if (options.timeBudgetSeconds() > 0 && seconds + lastEpochSeconds > options.timeBudgetSeconds()) {
                stop = "time budget of " + options.timeBudgetSeconds() + " s reached";
                break;
            }
            if (options.patience() > 0 && bestEpoch > 0 && epoch - bestEpoch > options.patience()) {
                stop = "no better validation accuracy for " + options.patience() + " epochs (early stop)";
                break;
            }
            long t0 = System.nanoTime();
            List<List<ProteinRecord>> plan = epochBatches(train, options.batchSize(), options.network().seed() * 1000 + epoch);
            double lossSum = 0;
            int lossCount = 0;
            for (int b = 0; b < plan.size(); b++) {
                if (cancelled.getAsBoolean()) {
                    wasCancelled = true;
                    break;
                }
                List<ProteinRecord> batch = plan.get(b);
                EncodedBatch enc = encoder.encode(batch.stream().map(p -> encoder.truncate(p.sequence())).toList());
                INDArray labels = oneHot(batch);
                net.fit(new MultiDataSet(new INDArray[] {enc.features()}, new INDArray[] {labels},
                        new INDArray[] {enc.mask()}, null));
                double loss = net.score();
                closeAll(enc.features(), enc.mask(), labels); // native memory is freed explicitly (see Nd4jThreads)
                if (Double.isFinite(loss)) {
                    lossSum += loss;
                    lossCount++;
                }
                double elapsed = (System.nanoTime() - t0) / 1e9;
                double perBatch = elapsed / (b + 1);
                double eta = perBatch * (plan.size() - b - 1) + (options.maxEpochs() - epoch) * perBatch * plan.size() * 1.15;
                listener.batchDone(epoch, b + 1, plan.size(), loss, eta);
            }
            if (wasCancelled) {
                stop = "cancelled during epoch " + epoch + " (that epoch is dropped; resume reruns it)";
                break;
            }
            double[] val = validation.isEmpty() ? new double[] {Double.NaN, Double.NaN} : lossAndAccuracy(net, validation);
            double epochSeconds = (System.nanoTime() - t0) / 1e9;
            seconds += epochSeconds;
            EpochStats stats = new EpochStats(epoch, lossCount == 0 ? Double.NaN : lossSum / lossCount, Double.NaN,
                    val[0], val[1], epochSeconds, rate);
            history.add(stats);
            double nextRate = LearningRatePlateau.rateAfter(history, baseRate, options.lrPatience());
            if (nextRate != rate) {
                LearningRatePlateau.apply(net, nextRate);
                listener.message("validation loss has not improved for " + options.lrPatience() + " epochs: learning rate "
                        + rate + " -> " + nextRate);
                rate = nextRate;
            }
            boolean isBest = validation.isEmpty() || val[1] > bestAccuracy; // without validation: keep the latest
            ModelManifest manifest = manifest(dataHash, epoch, isBest ? epoch : bestEpoch, train.size(), validation.size(),
                    seconds, history, validation.isEmpty() ? Map.of() // no validation part: nothing to record
                            : Map.of("validationAccuracy", val[1], "validationLoss", val[0]), encoderFrom);
            TrainedModel current = new TrainedModel(net, manifest);
            if (isBest) {
                bestAccuracy = val[1];
                bestEpoch = epoch;
                best = new TrainedModel(net.clone(), manifest);
            }
            if (dir != null) {
                ModelFile.save(current, dir.resolve(LAST));
                if (isBest) {
                    ModelFile.save(best, dir.resolve(BEST));
                }
                ModelFile.writeJsonAtomically(new TrainerState(epoch, bestEpoch, bestAccuracy, seconds, options.network(),
                        options.batchSize(), options.classWeighting(), dataHash, history, encoderFrom), dir.resolve(STATE));
            }
            listener.epochDone(stats, isBest);
        }
        listener.message("stopped: " + stop + (bestEpoch > 0 ? "; keeping epoch " + bestEpoch : ""));
        if (best != null) {
            // the kept model's manifest tells the whole run, not just its own epoch
            ModelManifest m = manifest(dataHash, history.size(), bestEpoch, train.size(), validation.size(), seconds, history,
                    best.manifest().metrics(), encoderFrom);
            best = new TrainedModel(best.network(), m);
        }
        return new TrainingResult(best, history, wasCancelled, stop);
    }

    /**
     * Epochs recorded with rate 0 ran at the configured rate (files from before the rate was recorded); once the
     * configured rate changes, that must be written out or the history would claim the new rate for them.
     */
    static TrainerState withRatesRecorded(TrainerState state) {
        double old = state.network().learningRate();
        List<EpochStats> history = state.history().stream().map(e -> e.withLearningRate(e.learningRateOr(old))).toList();
        return new TrainerState(state.epochsDone(), state.bestEpoch(), state.bestValidationAccuracy(), state.seconds(),
                state.network(), state.batchSize(), state.classWeighting(), state.dataSha256(), history, state.encoderFrom());
    }

    private ModelManifest manifest(String dataHash, int epochs, int bestEpoch, int trainN, int valN, double seconds,
                                   List<EpochStats> history, Map<String, Double> metrics, String encoderFrom) {
        var summary = new ModelManifest.TrainingSummary(epochs, bestEpoch, options.batchSize(), trainN, valN, seconds,
                options.classWeighting() ? "inverse-sqrt-frequency" : "none", List.copyOf(history), encoderFrom);
        return new ModelManifest(ModelManifest.FORMAT_VERSION, Version.current(), options.network(), ModelManifest.ENCODING,
                Location.labels(), summary, dataHash, Map.copyOf(metrics), Instant.now().toString());
    }

    /** Mean cross-entropy and accuracy of the network on labelled proteins (inference mode). */
    private double[] lossAndAccuracy(ComputationGraph net, List<ProteinRecord> proteins) {
        return lossAndAccuracy(new TrainedModel(net, manifest("", 0, 0, 0, 0, 0, List.of(), Map.of(), null)), proteins);
    }

    static double[] lossAndAccuracy(TrainedModel model, List<ProteinRecord> proteins) {
        List<Prediction> predictions = new Predictor(List.of(model)).predict(proteins, Predictor.Options.PROBABILITIES);
        double loss = 0;
        int correct = 0;
        for (int i = 0; i < proteins.size(); i++) {
            int truth = proteins.get(i).location().orElseThrow().ordinal();
            Prediction p = predictions.get(i);
            loss -= Math.log(Math.max(1e-12, p.probabilities()[truth]));
            if (p.location().ordinal() == truth) {
                correct++;
            }
        }
        return new double[] {loss / proteins.size(), correct / (double) proteins.size()};
    }

    /** Length buckets: sort by length with a little seeded jitter, cut into batches, shuffle batch order. */
    public static List<List<ProteinRecord>> epochBatches(List<ProteinRecord> train, int batchSize, long seed) {
        Random random = new Random(seed);
        List<ProteinRecord> shuffled = new ArrayList<>(train);
        Collections.shuffle(shuffled, random);
        Map<ProteinRecord, Double> keys = new java.util.IdentityHashMap<>();
        for (int i = 0; i < shuffled.size(); i++) {
            // ±15% jitter: batches mix neighbours of similar length differently every epoch
            keys.put(shuffled.get(i), Math.min(shuffled.get(i).length(), 1000) * (0.85 + 0.3 * random.nextDouble()));
        }
        shuffled.sort(Comparator.comparingDouble(keys::get));
        List<List<ProteinRecord>> batches = new ArrayList<>();
        for (int i = 0; i < shuffled.size(); i += batchSize) {
            batches.add(List.copyOf(shuffled.subList(i, Math.min(shuffled.size(), i + batchSize))));
        }
        Collections.shuffle(batches, random);
        return batches;
    }

    static void closeAll(INDArray... arrays) {
        for (INDArray a : arrays) {
            if (a != null && a.closeable()) {
                a.close();
            }
        }
    }

    static INDArray oneHot(List<ProteinRecord> batch) {
        float[] y = new float[batch.size() * Location.COUNT];
        for (int i = 0; i < batch.size(); i++) {
            y[i * Location.COUNT + batch.get(i).location().orElseThrow().ordinal()] = 1f;
        }
        return Nd4j.create(y, new long[] {batch.size(), Location.COUNT}, 'c');
    }

    /** w_c proportional to 1/sqrt(n_c), scaled so that the mean weight over proteins is 1. */
    static double[] inverseSqrtFrequency(List<ProteinRecord> train) {
        int[] counts = new int[Location.COUNT];
        train.forEach(r -> counts[r.location().orElseThrow().ordinal()]++);
        double[] w = new double[Location.COUNT];
        double weighted = 0;
        for (int c = 0; c < w.length; c++) {
            w[c] = counts[c] == 0 ? 0 : 1 / Math.sqrt(counts[c]);
            weighted += w[c] * counts[c];
        }
        for (int c = 0; c < w.length; c++) {
            w[c] *= train.size() / weighted;
        }
        return w;
    }

    /** Ends a recorded {@code encoderFrom} whose run took only the convolutions from that file. */
    public static final String CONVOLUTIONS_ONLY = ", convolutions only";

    /** Copies the encoder of {@code options.encoderFrom()} into a fresh network; returns how the run names that file. */
    private String startEncoder(ComputationGraph net) throws IOException {
        Path file = options.encoderFrom();
        TrainedModel source = ModelFile.load(file);
        if (!source.manifest().encoding().equals(ModelManifest.ENCODING)) {
            throw new IllegalArgumentException(file + " reads residues encoded as " + source.manifest().encoding()
                    + "; this run uses " + ModelManifest.ENCODING);
        }
        List<String> copied;
        try {
            copied = WarmStart.copyEncoder(source.network(), net, options.network(), options.encoderPart());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        String name = describe(file, options.encoderPart());
        listener.message("started " + String.join(", ", copied) + " from " + name);
        return name;
    }

    /**
     * How a run names the model that started its encoder: file name and SHA-256 of its bytes, then
     * {@link #CONVOLUTIONS_ONLY} when the LSTMs started fresh (so a resume with the other part is refused too).
     */
    static String describe(Path model, WarmStart.Part part) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(model));
            return model.getFileName() + " (sha256 " + HexFormat.of().formatHex(digest) + ")"
                    + (part == WarmStart.Part.CONVOLUTIONS ? CONVOLUTIONS_ONLY : "");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 over id, label and sequence of every protein, in order. */
    public static String hash(List<ProteinRecord> data) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (ProteinRecord r : data) {
                md.update((r.id() + "\t" + r.location().map(Location::label).orElse("") + "\t" + r.sequence() + "\n")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
