package org.loclens.model.analysis;

import java.util.List;
import org.loclens.model.data.Location;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.data.SignalAnnotation;
import org.loclens.model.predict.Prediction;

/**
 * Mean A-LSTM attention per true class over aligned positions (paper Figure 5): each protein's attention
 * is laid on {@value #WIDTH} slots with its first half from the left (N-terminus) and its second half
 * from the right (C-terminus), so shorter proteins are padded in the middle and both termini align.
 * Residues the model did not see (the cut middle of long proteins) are skipped.
 *
 * @param meanAttention      [class][WIDTH] mean attention of the proteins covering each slot
 * @param proteinsPerClass   proteins contributing per class
 * @param meanSignalLength   [class] mean annotated N-terminal signal length (SP, cTP, mTP), NaN if none
 */
public record AttentionProfiles(double[][] meanAttention, int[] proteinsPerClass, double[] meanSignalLength) {

    public static final int WIDTH = 1000;

    public static AttentionProfiles of(List<ProteinRecord> proteins, List<Prediction> predictions) {
        int k = Location.COUNT;
        double[][] sum = new double[k][WIDTH];
        int[][] cover = new int[k][WIDTH];
        int[] count = new int[k];
        double[] signalSum = new double[k];
        int[] signalCount = new int[k];
        for (int i = 0; i < proteins.size(); i++) {
            ProteinRecord r = proteins.get(i);
            double[] a = predictions.get(i).attention();
            if (a == null || r.location().isEmpty()) {
                continue;
            }
            int c = r.location().get().ordinal();
            count[c]++;
            for (int slot = 0; slot < WIDTH; slot++) {
                int residue = residueAt(slot, a.length);
                if (residue >= 0 && !Double.isNaN(a[residue])) {
                    sum[c][slot] += a[residue];
                    cover[c][slot]++;
                }
            }
            r.signal().filter(s -> s.type() != SignalAnnotation.Type.SA).ifPresent(s -> {
                signalSum[c] += s.length();
                signalCount[c]++;
            });
        }
        double[][] mean = new double[k][WIDTH];
        double[] signal = new double[k];
        for (int c = 0; c < k; c++) {
            for (int slot = 0; slot < WIDTH; slot++) {
                mean[c][slot] = cover[c][slot] == 0 ? Double.NaN : sum[c][slot] / cover[c][slot];
            }
            signal[c] = signalCount[c] == 0 ? Double.NaN : signalSum[c] / signalCount[c];
        }
        return new AttentionProfiles(mean, count, signal);
    }

    /**
     * Mean over proteins of the attention mass on the first and the last {@code residues} residues: how much of its
     * attention an A-LSTM spends on the two ends. A network that reads a whole-protein summary kept at one end puts
     * nearly all of it there (ADR 0014); uniform attention over {@code n} residues gives {@code 2 * residues / n}.
     * Proteins without attention (an R-LSTM's) are skipped; NaN if none has any.
     */
    public static double meanEndMass(List<Prediction> predictions, int residues) {
        double sum = 0;
        int count = 0;
        for (Prediction p : predictions) {
            double[] a = p.attention();
            if (a == null) {
                continue;
            }
            double mass = 0;
            for (int i = 0; i < a.length; i++) {
                // a protein shorter than 2 * residues counts each residue once
                if ((i < residues || i >= a.length - residues) && !Double.isNaN(a[i])) {
                    mass += a[i];
                }
            }
            sum += mass;
            count++;
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /** The residue shown at a slot, or -1 for the padded middle. */
    public static int residueAt(int slot, int length) {
        int half = WIDTH / 2;
        if (slot < half) {
            int residue = slot;
            return residue < (length + 1) / 2 ? residue : -1;
        }
        int fromEnd = WIDTH - slot; // 1 = last residue
        int residue = length - fromEnd;
        return residue >= (length + 1) / 2 ? residue : -1;
    }
}
