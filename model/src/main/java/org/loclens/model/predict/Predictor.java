package org.loclens.model.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.loclens.model.data.FastaReader;
import org.loclens.model.data.Location;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.encoding.EncodedBatch;
import org.loclens.model.encoding.SequenceEncoder;
import org.loclens.model.encoding.TruncatedSequence;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.network.Architecture;
import org.loclens.model.network.Nd4jThreads;
import org.nd4j.linalg.api.ndarray.INDArray;

import static org.loclens.model.network.NetworkFactory.ATTENTION;
import static org.loclens.model.network.NetworkFactory.HIDDEN;
import static org.loclens.model.network.NetworkFactory.OUTPUT;

/**
 * Predicts locations with one network or an ensemble whose members' probabilities are averaged.
 *
 * <p>Proteins are sorted by length and batched so that each batch pads to nearly the same length: DL4J's
 * LSTM computes every padded step, so the padded length sets the cost. Masks make the result independent
 * of the batch (padding never changes a prediction).
 *
 * <p>With {@code workers > 1} batches run in parallel on that many threads, each with its own copy of the
 * networks and one ND4J thread: DL4J's LSTM is a long chain of small native ops, so one core per worker scales
 * where more OpenMP threads per op do not (ADR 0004). The worker threads live as long as the predictor (ND4J
 * keeps per-thread workspaces; fresh threads per call would allocate them again). Not thread-safe: call it from
 * one thread at a time.
 */
public final class Predictor implements AutoCloseable {

    /** What to compute besides the probabilities. */
    public record Options(boolean attention, boolean hidden) {
        public static final Options PROBABILITIES = new Options(false, false);
        public static final Options ALL = new Options(true, true);
    }

    /** Residues per batch (n x padded length): large enough to amortise per-step overhead, small in memory. */
    static final int RESIDUES_PER_BATCH = 64 * 1000;
    static final int MAX_BATCH = 128;
    /** Records read ahead from a stream and sorted by length; bounds memory for any file size. */
    static final int STREAM_CHUNK = 1024;

    private final List<TrainedModel> members;
    private final int workers;
    /** On a worker thread: that worker's copies of the members (worker 0 uses the originals). */
    private final ThreadLocal<List<TrainedModel>> workerMembers = new ThreadLocal<>();
    private ExecutorService pool;
    /** Set by close(): from then on each call ends the threads it started (a stream may outlive its model). */
    private boolean closed;

    /** A single-threaded predictor. */
    public Predictor(List<TrainedModel> members) {
        this(members, 1);
    }

    public Predictor(List<TrainedModel> members, int workers) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a predictor needs at least one model");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        this.members = List.copyOf(members);
        this.workers = workers;
        Nd4jThreads.useOneThread();
    }

    /** One worker per core, at most two: measured on the 2-core reference machine (docs/BENCHMARKS.md). */
    public static int defaultWorkers() {
        return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    public int workers() {
        return workers;
    }

    public static Predictor of(TrainedModel... models) {
        return new Predictor(Arrays.asList(models));
    }

    public List<TrainedModel> members() {
        return members;
    }

    public boolean hasAttention() {
        return members.stream().anyMatch(m -> m.manifest().config().architecture() == Architecture.ALSTM);
    }

    /** Predictions in input order. */
    public List<Prediction> predict(List<ProteinRecord> proteins, Options options) {
        return predict(proteins, options, (done, total) -> { }, () -> false);
    }

    /** Predictions in input order; progress is called after each batch; stops early (returning what is done) when cancelled. */
    public List<Prediction> predict(List<ProteinRecord> proteins, Options options, Progress progress, BooleanSupplier cancelled) {
        Prediction[] out = new Prediction[proteins.size()];
        Integer[] order = new Integer[proteins.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> proteins.get(i).length()));
        List<List<Integer>> batches = new ArrayList<>();
        for (int start = 0; start < order.length; ) {
            int end = batchEnd(proteins, order, start);
            batches.add(Arrays.asList(order).subList(start, end));
            start = end;
        }
        int done = 0;
        if (workers == 1) {
            for (List<Integer> indices : batches) {
                if (cancelled.getAsBoolean()) {
                    break;
                }
                done += store(indices, predictBatch(records(proteins, indices), options), out);
                progress.update(done, proteins.size());
            }
        } else {
            try {
                List<Future<List<Prediction>>> futures = submit(proteins, batches, options, cancelled);
                for (int b = 0; b < batches.size(); b++) {
                    List<Prediction> predicted = await(futures.get(b));
                    if (predicted == null) {
                        continue; // cancelled before it started
                    }
                    done += store(batches.get(b), predicted, out);
                    progress.update(done, proteins.size());
                }
            } finally {
                endThreadsIfClosed();
            }
        }
        return Arrays.stream(out).filter(p -> p != null).toList();
    }

    /** Queues every batch on the worker threads; under the lock so that close() cannot come in between. */
    private synchronized List<Future<List<Prediction>>> submit(List<ProteinRecord> proteins, List<List<Integer>> batches,
                                                               Options options, BooleanSupplier cancelled) {
        ExecutorService threads = pool();
        List<Future<List<Prediction>>> futures = new ArrayList<>(batches.size());
        for (List<Integer> indices : batches) {
            List<ProteinRecord> batch = records(proteins, indices);
            futures.add(threads.submit(() -> cancelled.getAsBoolean() ? null
                    : predictBatch(batch, options, workerMembers.get())));
        }
        return futures;
    }

    private static List<ProteinRecord> records(List<ProteinRecord> proteins, List<Integer> indices) {
        List<ProteinRecord> batch = new ArrayList<>(indices.size());
        for (int i : indices) {
            batch.add(proteins.get(i));
        }
        return batch;
    }

    private static int store(List<Integer> indices, List<Prediction> predicted, Prediction[] out) {
        for (int k = 0; k < indices.size(); k++) {
            out[indices.get(k)] = predicted.get(k);
        }
        return indices.size();
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while predicting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The worker threads, started on first use, each bound to its own copy of the networks. Each thread holds
     * its copies itself, so a pool that is closed while batches are queued still runs them.
     */
    private synchronized ExecutorService pool() {
        if (pool == null) {
            List<List<TrainedModel>> copies = new ArrayList<>(workers);
            copies.add(members);
            for (int w = 1; w < workers; w++) {
                copies.add(members.stream().map(m -> new TrainedModel(m.network().clone(), m.manifest())).toList());
            }
            AtomicInteger next = new AtomicInteger();
            pool = Executors.newFixedThreadPool(workers, task -> {
                int index = next.getAndIncrement() % workers;
                List<TrainedModel> mine = copies.get(index);
                Thread t = new Thread(() -> {
                    workerMembers.set(mine);
                    task.run();
                }, "loclens-predict-" + index);
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    /**
     * Lets the worker threads end once their queued batches are done; a call already predicting finishes its
     * work. The predictor stays usable: a later call starts new threads and ends them when it returns.
     */
    @Override
    public synchronized void close() {
        closed = true;
        endThreads();
    }

    private synchronized void endThreadsIfClosed() {
        if (closed) {
            endThreads();
        }
    }

    private synchronized void endThreads() {
        if (pool != null) {
            pool.shutdown();
            pool = null;
        }
    }

    /**
     * Streams a FASTA file of any size: reads a chunk, predicts it batched by length, hands predictions on
     * in file order. Returns the number of proteins predicted.
     */
    public long predictStream(FastaReader reader, Options options, Consumer<Prediction> sink, Progress progress,
                              BooleanSupplier cancelled) {
        long total = 0;
        List<ProteinRecord> chunk = new ArrayList<>(STREAM_CHUNK);
        boolean more = true;
        while (more && !cancelled.getAsBoolean()) {
            chunk.clear();
            ProteinRecord r = null;
            while (chunk.size() < STREAM_CHUNK && (r = reader.next()) != null) {
                chunk.add(r);
            }
            more = r != null;
            long before = total;
            List<Prediction> predicted = predict(chunk, options, (d, t) -> progress.update(before + d, -1), cancelled);
            predicted.forEach(sink);
            total += predicted.size();
        }
        return total;
    }

    private static int batchEnd(List<ProteinRecord> proteins, Integer[] order, int start) {
        int end = start;
        while (end < order.length && end - start < MAX_BATCH) {
            int paddedLength = Math.min(proteins.get(order[end]).length(), 1000);
            if ((end - start + 1) * (long) paddedLength > RESIDUES_PER_BATCH && end > start) {
                break;
            }
            end++;
        }
        return end;
    }

    /** Predicts one batch (any order, any lengths) on the calling thread. */
    public List<Prediction> predictBatch(List<ProteinRecord> batch, Options options) {
        return predictBatch(batch, options, members);
    }

    private static List<Prediction> predictBatch(List<ProteinRecord> batch, Options options, List<TrainedModel> members) {
        int n = batch.size();
        int classes = Location.COUNT;
        double[][] sum = new double[n][classes];
        double[][] sumSq = new double[n][classes];
        double[][] attention = new double[n][];
        float[][] hidden = new float[n][];
        for (int m = 0; m < members.size(); m++) {
            TrainedModel member = members.get(m);
            boolean isAlstm = member.manifest().config().architecture() == Architecture.ALSTM;
            SequenceEncoder encoder = new SequenceEncoder(member.manifest().config().maxLength());
            List<TruncatedSequence> seqs = batch.stream().map(p -> encoder.truncate(p.sequence())).toList();
            EncodedBatch enc = encoder.encode(seqs);
            boolean wantAttention = options.attention() && isAlstm && attention[0] == null;
            boolean wantHidden = options.hidden() && m == 0;
            List<String> names = new ArrayList<>(List.of(OUTPUT));
            if (wantHidden) {
                names.add(HIDDEN);
            }
            // DL4J M2.1 fails (null workspace manager) when an A-LSTM's hidden vertex is asked for without its
            // attention vertex, so attention is fetched whenever hidden states of an A-LSTM are
            boolean fetchAttention = wantAttention || (wantHidden && isAlstm);
            if (fetchAttention) {
                names.add(ATTENTION);
            }
            INDArray[] outs = output(member.network(), names, enc);
            closeAll(enc.features(), enc.mask());
            float[][] p = outs[0].toFloatMatrix(); // [n, 11]
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < classes; c++) {
                    sum[i][c] += p[i][c];
                    sumSq[i][c] += (double) p[i][c] * p[i][c];
                }
            }
            int k = 1;
            if (wantHidden) {
                float[][] h = outs[k++].toFloatMatrix(); // [n, 2H]
                for (int i = 0; i < n; i++) {
                    hidden[i] = h[i];
                }
            }
            if (wantAttention) {
                INDArray a = outs[k].reshape(n, outs[k].size(2)); // [n, T]
                for (int i = 0; i < n; i++) {
                    TruncatedSequence s = seqs.get(i);
                    double[] perPosition = new double[s.length()];
                    for (int t = 0; t < s.length(); t++) {
                        perPosition[t] = a.getDouble(i, t);
                    }
                    attention[i] = s.toResidues(perPosition);
                }
            }
            closeAll(outs);
        }
        int count = members.size();
        List<Prediction> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] mean = new double[classes];
            double[] spread = count > 1 ? new double[classes] : null;
            double total = 0;
            for (int c = 0; c < classes; c++) {
                mean[c] = sum[i][c] / count;
                total += mean[c];
            }
            for (int c = 0; c < classes; c++) {
                if (spread != null) {
                    spread[c] = Math.sqrt(Math.max(0, sumSq[i][c] / count - mean[c] * mean[c]));
                }
                mean[c] /= total; // float rounding: make the written probabilities sum to 1
            }
            ProteinRecord r = batch.get(i);
            out.add(new Prediction(r.id(), r.length(), mean, spread, attention[i], hidden[i]));
        }
        return out;
    }

    private static INDArray[] output(ComputationGraph net, List<String> names, EncodedBatch enc) {
        synchronized (net) {
            return net.output(names, false, new INDArray[] {enc.features()}, new INDArray[] {enc.mask()});
        }
    }

    private static void closeAll(INDArray... arrays) {
        for (INDArray a : arrays) {
            if (a != null && a.closeable()) {
                a.close();
            }
        }
    }

    /** Progress callback: proteins done and total (-1 when streaming and unknown). */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }
}
