package org.loclens.model.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
 * of the batch (padding never changes a prediction). Not thread-safe: use it from one worker thread.
 */
public final class Predictor {

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

    public Predictor(List<TrainedModel> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a predictor needs at least one model");
        }
        this.members = List.copyOf(members);
        Nd4jThreads.useOneThread();
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
        int done = 0;
        int start = 0;
        while (start < order.length) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            int end = batchEnd(proteins, order, start);
            List<ProteinRecord> batch = new ArrayList<>(end - start);
            for (int k = start; k < end; k++) {
                batch.add(proteins.get(order[k]));
            }
            List<Prediction> predicted = predictBatch(batch, options);
            for (int k = start; k < end; k++) {
                out[order[k]] = predicted.get(k - start);
            }
            done += end - start;
            progress.update(done, proteins.size());
            start = end;
        }
        return Arrays.stream(out).filter(p -> p != null).toList();
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

    /** Predicts one batch (any order, any lengths). */
    public List<Prediction> predictBatch(List<ProteinRecord> batch, Options options) {
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
        int members = this.members.size();
        List<Prediction> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] mean = new double[classes];
            double[] spread = members > 1 ? new double[classes] : null;
            double total = 0;
            for (int c = 0; c < classes; c++) {
                mean[c] = sum[i][c] / members;
                total += mean[c];
            }
            for (int c = 0; c < classes; c++) {
                if (spread != null) {
                    spread[c] = Math.sqrt(Math.max(0, sumSq[i][c] / members - mean[c] * mean[c]));
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
