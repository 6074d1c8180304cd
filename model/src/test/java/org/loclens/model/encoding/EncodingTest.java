package org.loclens.model.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingTest {

    @Test
    void standardResidueIsOneHotPlusScaledMatrixRows() {
        float[] a = ResidueFeatures.of('A');
        assertEquals(1f, a[0]);
        for (int i = 1; i < 20; i++) {
            assertEquals(0f, a[i]);
        }
        // BLOSUM80 A/A = 7, max |value| 16 (W/W)
        assertEquals(7f / 16f, a[20], 1e-6);
        // HSDM A/A = 5.50, max 19.05 (C/C), from BioJava's AAindex PRLA000102
        assertEquals(5.50f / 19.05f, a[40], 1e-4);
        float[] c = ResidueFeatures.of('C');
        assertEquals(1f, c[40 + 1], 1e-6, "C/C is the HSDM maximum");
        float[] w = ResidueFeatures.of('W');
        assertEquals(1f, w[20 + 18], 1e-6, "W/W is the BLOSUM80 maximum");
        assertEquals(-11.46f / 19.05f, w[40 + ResidueFeatures.AMINO_ACIDS.indexOf('P')], 1e-4);
    }

    @ParameterizedTest
    @CsvSource({"B,DN", "Z,EQ", "J,IL"})
    void ambiguityCodesAreTheMeanOfTheirResidues(char code, String pair) {
        float[] f = ResidueFeatures.of(code);
        float[] x = ResidueFeatures.of(pair.charAt(0));
        float[] y = ResidueFeatures.of(pair.charAt(1));
        for (int i = 0; i < ResidueFeatures.FEATURES; i++) {
            assertEquals((x[i] + y[i]) / 2, f[i], 1e-6);
        }
    }

    @Test
    void unknownResiduesAreTheMeanOfAllTwenty() {
        float[] x = ResidueFeatures.of('X');
        for (int i = 0; i < 20; i++) {
            assertEquals(0.05f, x[i], 1e-6);
        }
        assertArrayEquals(x, ResidueFeatures.of('*'));
        assertArrayEquals(ResidueFeatures.of('C'), ResidueFeatures.of('U'), "selenocysteine reads as cysteine");
        assertArrayEquals(ResidueFeatures.of('K'), ResidueFeatures.of('O'), "pyrrolysine reads as lysine");
    }

    @Test
    void longSequencesLoseTheirMiddleAndMapBackToResidues() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            s.append("ACDEFGHIKLMNPQRSTVWY".charAt(i % 20));
        }
        TruncatedSequence t = TruncatedSequence.of(s.toString(), 1000);
        assertEquals(1000, t.length());
        assertTrue(t.isCut());
        assertEquals(s.substring(0, 500) + s.substring(1000), t.residues());
        assertEquals(499, t.residueIndex()[499]);
        assertEquals(1000, t.residueIndex()[500], "model position 500 is residue 1001");
        assertEquals(1499, t.residueIndex()[999]);
        double[] perPosition = new double[1000];
        java.util.Arrays.fill(perPosition, 1.0);
        double[] perResidue = t.toResidues(perPosition);
        assertEquals(1500, perResidue.length);
        assertTrue(Double.isNaN(perResidue[700]), "unseen middle residues are NaN");
        assertEquals(1.0, perResidue[1499]);
    }

    @Test
    void shortSequencesAreKeptWhole() {
        TruncatedSequence t = TruncatedSequence.of("MKV", 1000);
        assertEquals("MKV", t.residues());
        assertArrayEquals(new int[] {0, 1, 2}, t.residueIndex());
    }

    @Test
    void batchesArePaddedAndMasked() {
        SequenceEncoder enc = new SequenceEncoder(1000);
        EncodedBatch b = enc.encode(List.of(enc.truncate("MK"), enc.truncate("MKVL")));
        assertArrayEquals(new long[] {2, 60, 4}, b.features().shape());
        assertArrayEquals(new float[] {1, 1, 0, 0}, b.mask().getRow(0).toFloatVector());
        assertEquals(0f, b.features().getFloat(0, 20, 3), "padding is zero");
        assertEquals(ResidueFeatures.of('V')[25], b.features().getFloat(1, 25, 2), 1e-6);
    }
}
