package org.loclens.model.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.loclens.model.data.DataSplit;
import org.loclens.model.data.Location;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.encoding.EncodedBatch;
import org.loclens.model.encoding.SequenceEncoder;
import org.loclens.model.io.EpochStats;
import org.loclens.model.io.ModelManifest;
import org.loclens.model.network.NetworkConfig;
import org.loclens.model.network.NetworkFactory;
import org.loclens.model.network.Nd4jThreads;
import org.loclens.model.train.Trainer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Training speed: times a few real minibatches of an epoch, built as the {@link Trainer} builds them (the
 * validation hold-out, then length buckets in a seeded order), each step as the Trainer runs it (encode,
 * {@code fit}, {@code score}, free), and extrapolates to an epoch.
 *
 * <p>Minibatch cost grows with the padded length, so the timed minibatches are spread over the epoch's
 * range of padded sizes (evenly spaced quantiles of {@code n x T}); their mean times the number of
 * minibatches estimates an epoch's gradient steps. The validation pass at the end of each epoch is not
 * included.
 */
public final class TrainingBenchmark {

    private TrainingBenchmark() {
    }

    /**
     * @param name                 shown in the report
     * @param config               network trained
     * @param minibatches          minibatches timed per run
     * @param batchSize            proteins per minibatch
     * @param trainProteins        proteins left for gradient steps after the validation hold-out
     * @param validationProteins   proteins held out
     * @param batchesPerEpoch      minibatches in one epoch
     * @param paddedResidues       padded residues ({@code n x T}) of each timed minibatch
     * @param secondsPerMinibatch  mean seconds per timed minibatch, one sample per run
     * @param batching             where the batches came from
     * @param nativeOps            native ND4J operations of one timed minibatch (a separate, untimed run), if counted
     */
    public record Timing(String name, NetworkConfig config, int minibatches, int batchSize, int trainProteins,
                         int validationProteins, int batchesPerEpoch, long[] paddedResidues, Stats secondsPerMinibatch,
                         String batching, OptionalLong nativeOps) {

        /** Extrapolated seconds of an epoch's gradient steps, one sample per run. */
        public Stats epochSeconds() {
            return secondsPerMinibatch.map(s -> s * batchesPerEpoch);
        }
    }

    /** An epoch's minibatches and where the batching came from. */
    public record Plan(List<List<ProteinRecord>> batches, String source) {
    }

    /**
     * Times {@code minibatches} minibatches of epoch 1 on a freshly initialised network, {@code repeats} times,
     * after one untimed warm-up step. Speed does not depend on the weights.
     */
    public static Timing measure(String name, NetworkConfig config, List<ProteinRecord> labelled, int batchSize,
                                 double validationFraction, int minibatches, int repeats, boolean countOps,
                                 Consumer<String> log) {
        Nd4jThreads.useOneThread();
        List<ProteinRecord> train = labelled;
        int validation = 0;
        if (validationFraction > 0) {
            Set<String> held = DataSplit.stratifiedHoldOut(labelled, validationFraction, Trainer.VALIDATION_SEED);
            train = DataSplit.select(labelled, held, false);
            validation = labelled.size() - train.size();
        }
        Plan plan = epochBatches(train, batchSize, config.seed() * 1000 + 1); // the Trainer's seed for epoch 1
        List<List<ProteinRecord>> chosen = spread(plan.batches(), minibatches, config.maxLength());
        long[] padded = chosen.stream().mapToLong(b -> paddedResidues(b, config.maxLength())).toArray();

        ComputationGraph net = NetworkFactory.build(config, null);
        SequenceEncoder encoder = new SequenceEncoder(config.maxLength());
        step(net, encoder, chosen.stream().min(Comparator.comparingLong(b -> paddedResidues(b, config.maxLength()))).orElseThrow());
        double[] samples = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            for (List<ProteinRecord> batch : chosen) {
                step(net, encoder, batch);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            samples[r] = seconds / chosen.size();
            log.accept(String.format(Locale.ROOT, "%s training: run %d/%d, %d minibatches in %.1f s (%.2f s each)", name, r + 1,
                    repeats, chosen.size(), seconds, samples[r]));
        }
        OptionalLong ops = OptionalLong.empty();
        if (countOps) {
            List<ProteinRecord> median = chosen.get(chosen.size() / 2);
            ops = NativeOps.count(() -> step(net, encoder, median));
        }
        return new Timing(name, config, chosen.size(), batchSize, train.size(), validation, plan.batches().size(), padded,
                new Stats(samples), plan.source(), ops);
    }

    /** One training step as the Trainer runs it. */
    static void step(ComputationGraph net, SequenceEncoder encoder, List<ProteinRecord> batch) {
        EncodedBatch enc = encoder.encode(batch.stream().map(p -> encoder.truncate(p.sequence())).toList());
        INDArray labels = oneHot(batch); // [n, 11]
        net.fit(new MultiDataSet(new INDArray[] {enc.features()}, new INDArray[] {labels}, new INDArray[] {enc.mask()}, null));
        net.score();
        for (INDArray a : new INDArray[] {enc.features(), enc.mask(), labels}) {
            if (a.closeable()) {
                a.close();
            }
        }
    }

    static INDArray oneHot(List<ProteinRecord> batch) {
        float[] y = new float[batch.size() * Location.COUNT];
        for (int i = 0; i < batch.size(); i++) {
            y[i * Location.COUNT + batch.get(i).location().map(Enum::ordinal).orElse(0)] = 1f;
        }
        return Nd4j.create(y, new long[] {batch.size(), Location.COUNT}, 'c');
    }

    /** {@code k} minibatches at evenly spaced quantiles of padded size (all of them if k >= the epoch). */
    static List<List<ProteinRecord>> spread(List<List<ProteinRecord>> batches, int k, int maxLength) {
        List<List<ProteinRecord>> sorted = new ArrayList<>(batches);
        sorted.sort(Comparator.comparingLong(b -> paddedResidues(b, maxLength)));
        if (k >= sorted.size()) {
            return sorted;
        }
        List<List<ProteinRecord>> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            out.add(sorted.get((int) Math.floor((i + 0.5) * sorted.size() / k)));
        }
        return out;
    }

    /** {@code n x T}: proteins times the longest truncated length in the batch (what DL4J computes). */
    public static long paddedResidues(List<ProteinRecord> batch, int maxLength) {
        int t = 1;
        for (ProteinRecord p : batch) {
            t = Math.max(t, Math.min(p.length(), maxLength));
        }
        return (long) batch.size() * t;
    }

    /** The epoch's minibatches exactly as the Trainer makes them. */
    public static Plan epochBatches(List<ProteinRecord> train, int batchSize, long seed) {
        return new Plan(Trainer.epochBatches(train, batchSize, seed), "Trainer.epochBatches");
    }

    /** Per-epoch seconds recorded while the model was trained (manifest history), if it has any. */
    public static Optional<Stats> recordedEpochSeconds(ModelManifest manifest) {
        if (manifest == null || manifest.training() == null || manifest.training().history() == null) {
            return Optional.empty();
        }
        double[] s = manifest.training().history().stream().mapToDouble(EpochStats::seconds)
                .filter(x -> Double.isFinite(x) && x > 0).toArray();
        return s.length == 0 ? Optional.empty() : Optional.of(Stats.of(s));
    }
}
