package org.loclens.model.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.loclens.model.data.FastaReader;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.predict.Predictor;

/** Prediction speed through {@link Predictor} (length-bucketed batches), and heap use while streaming. */
public final class PredictionBenchmark {

    private static final double MIB = 1024.0 * 1024.0;

    private PredictionBenchmark() {
    }

    /**
     * Throughput of one predictor on a protein list.
     *
     * @param proteins          proteins predicted per run
     * @param residues          truncated residues the first member processed (what it computes on; padding excluded)
     * @param flops             forward-pass operations of one run, all members ({@link FlopCount}, truncated lengths)
     * @param flopsPerResidue   per-residue operations summed over the members
     * @param members           networks in the predictor (more than one: an ensemble)
     * @param seconds           wall seconds of each run of {@code Predictor.predict}
     * @param workers           parallel prediction threads (one ND4J thread each)
     */
    public record Throughput(String name, int proteins, long residues, double flops, double flopsPerResidue, int members,
                             Stats seconds, int workers) {

        public Stats proteinsPerSecond() {
            return seconds.map(s -> proteins / s);
        }

        public Stats residuesPerSecond() {
            return seconds.map(s -> residues / s);
        }

        /** Achieved GFLOP/s of each run. */
        public Stats gflops() {
            return seconds.map(s -> flops / s / 1e9);
        }

        public double meanTruncatedLength() {
            return proteins == 0 ? 0 : residues / (double) proteins;
        }
    }

    /**
     * Times {@code Predictor.predict} (probabilities only) {@code repeats} times after one warm-up batch.
     *
     * @param log receives one line per run
     */
    public static Throughput throughput(String name, List<TrainedModel> members, List<ProteinRecord> proteins, int repeats,
                                        int workers, Consumer<String> log) {
        try (Predictor predictor = new Predictor(members, workers)) {
            return throughput(name, predictor, proteins, repeats, log);
        }
    }

    private static Throughput throughput(String name, Predictor predictor, List<ProteinRecord> proteins, int repeats,
                                         Consumer<String> log) {
        List<TrainedModel> members = predictor.members();
        double flops = 0;
        double perResidue = 0;
        long firstResidues = -1;
        for (TrainedModel m : members) {
            FlopCount f = FlopCount.of(m.manifest().config());
            long residues = truncatedResidues(proteins, m.manifest().config().maxLength());
            flops += f.total(residues, proteins.size());
            perResidue += f.perResidue();
            if (firstResidues < 0) {
                firstResidues = residues;
            }
        }
        predictor.predict(proteins.subList(0, Math.min(64, proteins.size())), Predictor.Options.PROBABILITIES); // warm-up
        double[] seconds = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            List<?> out = predictor.predict(proteins, Predictor.Options.PROBABILITIES);
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            if (out.size() != proteins.size()) {
                throw new IllegalStateException(name + ": predicted " + out.size() + " of " + proteins.size() + " proteins");
            }
            log.accept(String.format(java.util.Locale.ROOT, "%s: run %d/%d, %d proteins in %.1f s (%.1f/s)", name, r + 1,
                    repeats, proteins.size(), seconds[r], proteins.size() / seconds[r]));
        }
        return new Throughput(name, proteins.size(), firstResidues, flops, perResidue, members.size(), new Stats(seconds),
                predictor.workers());
    }

    /** Residues the network sees: each protein cut to {@code maxLength} (the middle goes, §2.6). */
    public static long truncatedResidues(List<ProteinRecord> proteins, int maxLength) {
        long n = 0;
        for (ProteinRecord p : proteins) {
            n += Math.min(p.length(), maxLength);
        }
        return n;
    }

    /**
     * One streaming run: a generated FASTA through {@link FastaReader} and {@code Predictor.predictStream}.
     * Heap used (total − free, no forced GC) and resident memory are sampled after every batch.
     *
     * @param heapSamples        samples taken
     * @param meanHeapMib        mean heap used over the samples
     * @param maxHeapMib         largest heap used
     * @param firstQuarterMaxHeapMib largest heap used while the first quarter of the proteins streamed
     * @param lastQuarterMaxHeapMib  largest heap used during the last quarter (flat memory: about the same)
     * @param maxRssMib          largest resident set ({@code /proc/self/status} VmRSS; includes ND4J's native memory), -1 if unknown
     * @param firstQuarterMaxRssMib largest resident set while the first quarter streamed (-1 if unknown)
     * @param lastQuarterMaxRssMib  largest resident set during the last quarter
     * @param liveHeapQuarterMib heap used right after a full GC when a quarter of the proteins had streamed
     * @param liveHeapEndMib     heap used right after a full GC at the end (flat memory: about the same)
     * @param heapLimitMib       the JVM's maximum heap
     */
    public record StreamResult(String name, long proteins, double seconds, int heapSamples, double meanHeapMib,
                               double maxHeapMib, double firstQuarterMaxHeapMib, double lastQuarterMaxHeapMib,
                               double maxRssMib, double firstQuarterMaxRssMib, double lastQuarterMaxRssMib,
                               double liveHeapQuarterMib, double liveHeapEndMib, long heapLimitMib) {

        public double proteinsPerSecond() {
            return proteins / seconds;
        }
    }

    public static StreamResult stream(String name, List<TrainedModel> members, int workers, int proteins, int[] lengthPool,
                                      long seed, Consumer<String> log) {
        try (Predictor predictor = new Predictor(members, workers)) {
            return stream(name, predictor, proteins, lengthPool, seed, log);
        }
    }

    private static StreamResult stream(String name, Predictor predictor, int proteins, int[] lengthPool, long seed,
                                       Consumer<String> log) {
        Runtime rt = Runtime.getRuntime();
        double[] sumHeap = new double[1];
        double[] maxHeap = new double[3]; // all, first quarter, last quarter
        double[] maxRss = {-1, -1, -1}; // all, first quarter, last quarter
        double[] liveQuarter = {Double.NaN};
        // what earlier work left for the collector (finished predictors' workspaces) is not this run's memory
        System.gc();
        AtomicInteger samples = new AtomicInteger();
        AtomicLong predicted = new AtomicLong();
        long[] lastLog = {System.nanoTime()};
        long t0 = System.nanoTime();
        long total;
        try (FastaReader reader = FastaReader.open("generated FASTA (" + proteins + " proteins)",
                new SyntheticFasta(proteins, lengthPool, seed), problem -> log.accept("generated FASTA: " + problem))) {
            total = predictor.predictStream(reader, Predictor.Options.PROBABILITIES, p -> predicted.incrementAndGet(),
                    (done, unknown) -> {
                        double heap = (rt.totalMemory() - rt.freeMemory()) / MIB;
                        samples.incrementAndGet();
                        sumHeap[0] += heap;
                        recordPeak(maxHeap, heap, done, proteins);
                        if (Double.isNaN(liveQuarter[0]) && done >= proteins / 4) {
                            liveQuarter[0] = liveHeapMib(rt); // the live set: what stays, not what awaits collection
                        }
                        recordPeak(maxRss, rssMib(), done, proteins);
                        long now = System.nanoTime();
                        if (now - lastLog[0] > 30_000_000_000L) {
                            lastLog[0] = now;
                            double s = (now - t0) / 1e9;
                            log.accept(String.format(java.util.Locale.ROOT, "%s: streamed %d/%d proteins in %.0f s, heap %.0f MiB",
                                    name, done, proteins, s, heap));
                        }
                    }, () -> false);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double liveEnd = liveHeapMib(rt);
        if (total != proteins || predicted.get() != proteins) {
            throw new IllegalStateException(name + ": streamed " + total + " of " + proteins + " proteins");
        }
        int n = samples.get();
        return new StreamResult(name, total, seconds, n, n == 0 ? Double.NaN : sumHeap[0] / n, maxHeap[0], maxHeap[1], maxHeap[2],
                maxRss[0], maxRss[1], maxRss[2], liveQuarter[0], liveEnd, rt.maxMemory() / (1024 * 1024));
    }

    /** Peaks {all, first quarter, last quarter} of a sampled value. */
    private static void recordPeak(double[] peaks, double value, long done, int proteins) {
        peaks[0] = Math.max(peaks[0], value);
        if (done <= proteins / 4) {
            peaks[1] = Math.max(peaks[1], value);
        }
        if (done > proteins - proteins / 4) {
            peaks[2] = Math.max(peaks[2], value);
        }
    }

    private static double liveHeapMib(Runtime rt) {
        System.gc();
        return (rt.totalMemory() - rt.freeMemory()) / MIB;
    }

    /** VmRSS of this process in MiB, or -1. */
    static double rssMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0; // kB
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }
}
