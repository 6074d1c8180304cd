package org.loclens.viz;

import java.util.List;
import java.util.Random;

/**
 * Small, realistic inputs for every figure, generated from fixed seeds so reference images stay
 * valid: class sizes and per-class accuracies like a MultiLoc test fold, attention peaks where the
 * sorting signals are, filters with planted motifs.
 */
public final class Fixtures {

    /** The 11 MultiLoc locations in model order. */
    public static final List<String> CLASSES = List.of("ER", "Golgi", "chloroplast", "cytoplasmic",
            "extracellular", "lysosomal", "mitochondrial", "nuclear", "peroxisomal", "plasma_membrane", "vacuolar");

    /** Proteins per class in one test fold (about a fifth of MultiLoc's 5,959). */
    public static final int[] CLASS_SIZES = {40, 30, 90, 282, 169, 21, 102, 167, 31, 248, 13};

    private static final double[] RECALL = {0.62, 0.40, 0.86, 0.80, 0.93, 0.43, 0.76, 0.82, 0.45, 0.92, 0.31};

    private Fixtures() {
    }

    /** A confusion matrix whose errors go mostly to the big classes, as in the paper's Table 2. */
    public static int[][] confusion() {
        Random random = new Random(7);
        int n = CLASSES.size();
        int[][] counts = new int[n][n];
        double[] pull = {1, 0.6, 0.8, 5, 3, 0.4, 1.5, 4, 0.4, 3, 0.3};
        for (int t = 0; t < n; t++) {
            int correct = (int) Math.round(CLASS_SIZES[t] * RECALL[t]);
            counts[t][t] = correct;
            for (int k = correct; k < CLASS_SIZES[t]; k++) {
                counts[t][pick(random, pull, t)]++;
            }
        }
        return counts;
    }

    private static int pick(Random random, double[] weights, int exclude) {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += i == exclude ? 0 : weights[i];
        }
        double u = random.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            if (i == exclude) {
                continue;
            }
            u -= weights[i];
            if (u <= 0) {
                return i;
            }
        }
        return exclude == 0 ? 1 : 0;
    }

    /**
     * Mean attention [class][1000] with the peaks of the paper's Figure 5: N-terminal signals for
     * the secretory pathway, mitochondria and chloroplasts, a C-terminal PTS1 peak for peroxisomes,
     * diffuse attention for cytoplasmic and nuclear proteins. Short proteins are padded in the
     * middle, so attention fades towards the centre. Each row sums to 1.
     */
    public static double[][] meanAttention() {
        int length = 1000;
        Random random = new Random(11);
        double[][] rows = new double[CLASSES.size()][length];
        for (int c = 0; c < rows.length; c++) {
            for (int i = 0; i < length; i++) {
                int fromEnd = Math.min(i, length - 1 - i);
                double coverage = 0.25 + 0.75 * Math.exp(-fromEnd / 260.0);
                double v = 1 + 0.25 * random.nextGaussian();
                int n = i + 1;
                int cTerm = length - i;
                v += switch (CLASSES.get(c)) {
                    case "ER" -> bump(n, 14, 8, 30) + bump(cTerm, 2, 2, 25);
                    case "Golgi" -> bump(n, 25, 12, 8);
                    case "chloroplast" -> bump(n, 28, 20, 18);
                    case "cytoplasmic" -> bump(n, 10, 30, 2);
                    case "extracellular" -> bump(n, 12, 7, 40);
                    case "lysosomal" -> bump(n, 13, 8, 25) + bump(n, 140, 40, 2);
                    case "mitochondrial" -> bump(n, 18, 12, 26);
                    case "nuclear" -> bump(n, 160, 50, 2.5) + bump(n, 340, 40, 2) + bump(cTerm, 220, 60, 2);
                    case "peroxisomal" -> bump(cTerm, 2, 2, 60) + bump(n, 12, 6, 5);
                    case "plasma_membrane" -> bump(n, 14, 9, 12) + bump(n, 90, 60, 3);
                    case "vacuolar" -> bump(n, 15, 9, 22);
                    default -> 0;
                };
                rows[c][i] = Math.max(0, v) * coverage;
            }
            double sum = 0;
            for (double v : rows[c]) {
                sum += v;
            }
            for (int i = 0; i < length; i++) {
                rows[c][i] /= sum;
            }
        }
        return rows;
    }

    private static double bump(int position, double centre, double width, double height) {
        double z = (position - centre) / width;
        return height * Math.exp(-0.5 * z * z);
    }

    /** Mean annotated signal peptide (SP), mitochondrial (mTP) and chloroplast (cTP) transit peptide lengths. */
    public static List<org.loclens.viz.figures.SignalOverlay> signalOverlays() {
        double nan = Double.NaN;
        return List.of(
                new org.loclens.viz.figures.SignalOverlay("SP",
                        new double[] {24, nan, nan, nan, 23, 25, nan, nan, nan, 26, 27}),
                new org.loclens.viz.figures.SignalOverlay("mTP",
                        new double[] {nan, nan, nan, nan, nan, nan, 35, nan, nan, nan, nan}),
                new org.loclens.viz.figures.SignalOverlay("cTP",
                        new double[] {nan, nan, 52, nan, nan, nan, nan, nan, nan, nan, nan}));
    }

    /** Length of {@link #sequence()}: longer than the 1,000 residues the model reads. */
    public static final int SEQUENCE_LENGTH = 1200;

    /**
     * A 1,200-residue secreted protein: serum albumin's signal peptide (1–18) and propeptide
     * (19–24), then residues drawn with UniProt background frequencies.
     */
    public static String sequence() {
        String head = "MKWVTFISLLFLFSSAYSRGVFRR";
        String pool = "AAAAAAAACCDDDDDEEEEEEFFFFGGGGGGGHHIIIIIKKKKKKLLLLLLLLLLMMNNNNPPPPPQQQQRRRRRSSSSSSSTTTTTVVVVVVVWYYY";
        Random random = new Random(3);
        StringBuilder sb = new StringBuilder(head);
        while (sb.length() < SEQUENCE_LENGTH) {
            sb.append(pool.charAt(random.nextInt(pool.length())));
        }
        return sb.toString();
    }

    /**
     * Attention per residue of {@link #sequence()}: a peak on the signal peptide's hydrophobic
     * core, a little on hydrophobic residues elsewhere, NaN on residues 501–700 which the model
     * cut out (it reads the first and last 500). Sums to 1 over the residues it saw.
     */
    public static double[] attention() {
        String seq = sequence();
        Random random = new Random(5);
        double[] a = new double[seq.length()];
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            int n = i + 1;
            if (n > 500 && n <= seq.length() - 500) {
                a[i] = Double.NaN;
                continue;
            }
            double v = 0.2 + 0.1 * random.nextDouble();
            v += "LIVFMW".indexOf(seq.charAt(i)) >= 0 ? 0.25 : 0;
            v += bump(n, 11, 5, 6) + bump(n, 24, 2, 1.5);
            a[i] = v;
            sum += v;
        }
        for (int i = 0; i < a.length; i++) {
            a[i] /= sum;
        }
        return a;
    }

    /** The annotated regions of {@link #sequence()}. */
    public static List<org.loclens.viz.figures.Region> regions() {
        return List.of(new org.loclens.viz.figures.Region(1, 18, "SP"),
                new org.loclens.viz.figures.Region(19, 24, "propeptide"));
    }

    /** Filter widths of the paper's convolution layer, 10 filters each. */
    public static final int[] FILTER_WIDTHS = {1, 3, 5, 9, 15, 21};

    private static final String[] MOTIFS = {"LIVFAM", "KR", "DE", "ST", "LIV", "P", "C", "FWY", "NQ", "G"};

    /**
     * 60 filters (widths 1, 3, 5, 9, 15, 21 × 10) of small noise with a planted motif each:
     * hydrophobic stretches, basic and acidic patches, proline, aromatics.
     */
    public static List<org.loclens.viz.figures.FilterLogo> filterLogos() {
        Random random = new Random(17);
        List<org.loclens.viz.figures.FilterLogo> logos = new java.util.ArrayList<>();
        // Given in an interleaved order: the gallery must sort them by width itself.
        for (int k = 0; k < 10; k++) {
            for (int width : FILTER_WIDTHS) {
                logos.add(org.loclens.viz.figures.FilterLogo.of(k + 1, filter(random, width, MOTIFS[(k + width) % MOTIFS.length])));
            }
        }
        return logos;
    }

    /** A 15-wide filter that fires on a hydrophobic stretch, like a signal peptide's h-region. */
    public static double[][] hydrophobicFilter() {
        return filter(new Random(23), 15, "LIVFAM");
    }

    private static double[][] filter(Random random, int width, String motif) {
        double[][] w = new double[width][20];
        String alphabet = "ACDEFGHIKLMNPQRSTVWY";
        int start = width <= 3 ? 0 : random.nextInt(Math.max(1, width / 3));
        int end = width <= 3 ? width : Math.min(width, start + Math.max(2, (int) (width * 0.7)));
        for (int p = 0; p < width; p++) {
            for (int a = 0; a < 20; a++) {
                w[p][a] = 0.08 * random.nextGaussian();
            }
            if (p >= start && p < end) {
                for (char c : motif.toCharArray()) {
                    w[p][alphabet.indexOf(c)] += 0.3 + 0.5 * random.nextDouble();
                }
            }
        }
        return w;
    }

    /**
     * A t-SNE-like embedding of all proteins of the fold: one blob per class, the secretory
     * pathway classes close together, cytoplasmic and nuclear overlapping.
     */
    public static Embedding embedding() {
        Random random = new Random(29);
        double[][] centres = {
            {-6, 8}, {-9, 4}, {14, -2}, {2, -6}, {-14, 0}, {-10, 9}, {11, -10}, {6, -2}, {8, 8}, {-3, -12}, {-12, 12},
        };
        double[] spread = {2.5, 2.8, 3, 4.5, 3, 2.2, 3, 4, 2.5, 3.5, 2};
        int n = 0;
        for (int size : CLASS_SIZES) {
            n += size;
        }
        double[][] xy = new double[n][2];
        int[] classes = new int[n];
        String[] ids = new String[n];
        int i = 0;
        for (int c = 0; c < CLASS_SIZES.length; c++) {
            for (int k = 0; k < CLASS_SIZES[c]; k++, i++) {
                // A tenth of each class strays towards the centre, like mispredicted proteins.
                double pull = random.nextDouble() < 0.1 ? 0.4 : 1;
                xy[i][0] = centres[c][0] * pull + spread[c] * random.nextGaussian();
                xy[i][1] = centres[c][1] * pull + spread[c] * random.nextGaussian();
                classes[i] = c;
                ids[i] = String.format("Q%05d", 1000 + i);
            }
        }
        return new Embedding(xy, classes, ids);
    }

    /** The points, classes and ids of {@link #embedding()}. */
    public record Embedding(double[][] xy, int[] classIndex, String[] ids) {
    }

    /** Training history of 120 epochs: training keeps improving, validation levels off; epoch 40 has no validation. */
    public static double[][] trainingHistory() {
        int epochs = 120;
        Random random = new Random(31);
        double[][] h = new double[4][epochs];
        for (int e = 0; e < epochs; e++) {
            double t = e / 20.0;
            h[0][e] = 0.30 + 1.6 * Math.exp(-t) + 0.02 * random.nextGaussian();
            h[1][e] = 0.66 + 1.2 * Math.exp(-t * 1.3) + 0.0012 * e + 0.03 * random.nextGaussian();
            h[2][e] = 0.94 - 0.6 * Math.exp(-t) + 0.008 * random.nextGaussian();
            h[3][e] = 0.80 - 0.45 * Math.exp(-t * 1.3) - 0.0002 * e + 0.012 * random.nextGaussian();
        }
        h[1][39] = Double.NaN;
        h[3][39] = Double.NaN;
        return h;
    }

    /** Ensemble prediction of a nuclear protein that is sometimes taken for cytoplasmic. */
    public static double[][] prediction() {
        double[] p = {0.004, 0.006, 0.01, 0.19, 0.012, 0.003, 0.02, 0.71, 0.015, 0.02, 0.01};
        double[] sd = {0.002, 0.004, 0.006, 0.07, 0.008, 0.002, 0.01, 0.08, 0.01, 0.012, 0.006};
        return new double[][] {p, sd};
    }
}
