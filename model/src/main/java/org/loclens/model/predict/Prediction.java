package org.loclens.model.predict;

import org.loclens.model.data.Location;

/**
 * The prediction for one protein.
 *
 * @param id            protein id
 * @param length        residues in the original sequence
 * @param probabilities one per {@link Location}, in enum order, summing to 1 (ensemble mean)
 * @param spread        per-class standard deviation between ensemble members, or null for one network
 * @param attention     A-LSTM attention per residue of the original sequence (NaN where the model did not
 *                      see the residue because the middle was cut), or null when not requested / no A-LSTM
 * @param hidden        the hidden representation of the first member (R-LSTM last states or A-LSTM
 *                      context), or null when not requested
 */
public record Prediction(String id, int length, double[] probabilities, double[] spread, double[] attention, float[] hidden) {

    public Location location() {
        return Location.values()[argmax(probabilities)];
    }

    public double confidence() {
        return probabilities[argmax(probabilities)];
    }

    /** Largest disagreement between members on the predicted class (0 for one network). */
    public double predictedClassSpread() {
        return spread == null ? 0 : spread[argmax(probabilities)];
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }
}
