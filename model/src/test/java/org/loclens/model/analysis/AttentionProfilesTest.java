package org.loclens.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loclens.model.predict.Prediction;

class AttentionProfilesTest {

    private static Prediction withAttention(double[] attention) {
        return new Prediction("p", attention == null ? 50 : attention.length, new double[]{1}, null, attention, null);
    }

    private static double[] uniform(int n) {
        double[] a = new double[n];
        Arrays.fill(a, 1.0 / n);
        return a;
    }

    @Test
    void uniformAttentionPutsTwoResiduesInNOnTheEnds() {
        assertEquals(10 / 400.0, AttentionProfiles.meanEndMass(List.of(withAttention(uniform(400))), 5), 1e-12);
    }

    @Test
    void attentionCollapsedOnTheFirstResiduesIsAllOnTheEnds() {
        double[] collapsed = new double[300];
        collapsed[0] = 0.45;
        collapsed[1] = 0.4;
        collapsed[4] = 0.1;
        collapsed[150] = 0.05;
        double[] cTerminal = new double[200];
        cTerminal[199] = 1;
        double mean = AttentionProfiles.meanEndMass(List.of(withAttention(collapsed), withAttention(cTerminal)), 5);
        assertEquals((0.95 + 1.0) / 2, mean, 1e-12);
    }

    @Test
    void theCutMiddleShortProteinsAndRlstmPredictionsAreHandled() {
        double[] cut = uniform(2000);
        Arrays.fill(cut, 500, 1500, Double.NaN); // residues the model did not see
        double[] shortOne = uniform(6);          // shorter than both ends together: every residue once
        double mean = AttentionProfiles.meanEndMass(List.of(withAttention(cut), withAttention(shortOne), withAttention(null)), 5);
        assertEquals((10 / 2000.0 + 1.0) / 2, mean, 1e-12);
        assertTrue(Double.isNaN(AttentionProfiles.meanEndMass(List.of(withAttention(null)), 5)), "an R-LSTM has no attention");
    }
}
