package org.loclens.model.encoding;

import org.biojava.nbio.core.alignment.matrices.AAindexFactory;
import org.biojava.nbio.core.alignment.matrices.SubstitutionMatrixHelper;
import org.biojava.nbio.core.alignment.template.SubstitutionMatrix;
import org.biojava.nbio.core.sequence.compound.AminoAcidCompound;
import org.biojava.nbio.core.sequence.compound.AminoAcidCompoundSet;

/**
 * The 60 features of one residue (Sønderby et al. 2015, §2.4): a 1-of-20 code, the residue's BLOSUM80 row
 * and its HSDM row, each row over the 20 amino acids in {@link #AMINO_ACIDS} order.
 *
 * <p>Scaling: each matrix is divided by its largest absolute entry over the 20 standard amino acids
 * (BLOSUM80: 16, W/W; HSDM: 19.05, C/C), so every feature lies in [-1, 1] like the one-hot block.
 *
 * <p>Letters that are not one of the 20 get a defined code: B = mean of D and N, Z = mean of E and Q,
 * J = mean of I and L (one-hot split in halves), U (selenocysteine) = C, O (pyrrolysine) = K, and X or any
 * other letter = the mean of all 20 rows (one-hot 1/20 each). Case is folded by the reader.
 *
 * <p>Matrices come from BioJava's own tables: BLOSUM80 ({@code SubstitutionMatrixHelper.getBlosum80()},
 * Henikoff &amp; Henikoff 1992) and HSDM (AAindex entry PRLA000102, Prlić et al. 2000).
 */
public final class ResidueFeatures {

    /** Order of the one-hot code and of the matrix columns. */
    public static final String AMINO_ACIDS = "ACDEFGHIKLMNPQRSTVWY";
    public static final int FEATURES = 60;
    public static final String HSDM_AAINDEX_ID = "PRLA000102";

    /** Row per letter 'A'..'Z' (index c - 'A'); every letter has a row. */
    private static final float[][] TABLE = buildTable();

    private ResidueFeatures() {
    }

    /** The 60 features of a letter (upper case A-Z); shared, do not modify. */
    public static float[] of(char residue) {
        int i = residue - 'A';
        return i >= 0 && i < 26 ? TABLE[i] : TABLE['X' - 'A'];
    }

    private static float[][] buildTable() {
        double[][] blosum = scaledRows(SubstitutionMatrixHelper.getBlosum80());
        double[][] hsdm = scaledRows(AAindexFactory.getAAIndexProvider().getMatrix(HSDM_AAINDEX_ID));
        double[][] standard = new double[20][];
        for (int a = 0; a < 20; a++) {
            double[] row = new double[FEATURES];
            row[a] = 1;
            System.arraycopy(blosum[a], 0, row, 20, 20);
            System.arraycopy(hsdm[a], 0, row, 40, 20);
            standard[a] = row;
        }
        float[][] table = new float[26][];
        double[] any = mean(standard, AMINO_ACIDS);
        for (char c = 'A'; c <= 'Z'; c++) {
            int k = AMINO_ACIDS.indexOf(c);
            double[] row = switch (c) {
                case 'B' -> mean(standard, "DN");
                case 'Z' -> mean(standard, "EQ");
                case 'J' -> mean(standard, "IL");
                case 'U' -> standard[AMINO_ACIDS.indexOf('C')];
                case 'O' -> standard[AMINO_ACIDS.indexOf('K')];
                default -> k >= 0 ? standard[k] : any;
            };
            float[] f = new float[FEATURES];
            for (int j = 0; j < FEATURES; j++) {
                f[j] = (float) row[j];
            }
            table[c - 'A'] = f;
        }
        return table;
    }

    private static double[] mean(double[][] standard, String letters) {
        double[] m = new double[FEATURES];
        for (char c : letters.toCharArray()) {
            double[] row = standard[AMINO_ACIDS.indexOf(c)];
            for (int j = 0; j < FEATURES; j++) {
                m[j] += row[j] / letters.length();
            }
        }
        return m;
    }

    /** The 20x20 block in AMINO_ACIDS order, divided by its largest absolute value. */
    static double[][] scaledRows(SubstitutionMatrix<AminoAcidCompound> matrix) {
        AminoAcidCompoundSet set = AminoAcidCompoundSet.getAminoAcidCompoundSet();
        double[][] m = new double[20][20];
        double max = 0;
        for (int a = 0; a < 20; a++) {
            AminoAcidCompound from = set.getCompoundForString(String.valueOf(AMINO_ACIDS.charAt(a)));
            for (int b = 0; b < 20; b++) {
                AminoAcidCompound to = set.getCompoundForString(String.valueOf(AMINO_ACIDS.charAt(b)));
                m[a][b] = matrix.getValue(from, to);
                max = Math.max(max, Math.abs(m[a][b]));
            }
        }
        for (double[] row : m) {
            for (int b = 0; b < 20; b++) {
                row[b] /= max;
            }
        }
        return m;
    }
}
