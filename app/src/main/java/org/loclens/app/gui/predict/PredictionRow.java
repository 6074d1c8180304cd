package org.loclens.app.gui.predict;

import org.loclens.model.data.Location;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.predict.Prediction;

/**
 * One row of the Predict table: the protein (kept for the Protein view), its prediction and the file it
 * came from. Flags mark predictions to look at twice.
 */
public record PredictionRow(ProteinRecord protein, Prediction prediction, String source) {

    /** Below this top probability a prediction is flagged as uncertain. */
    public static final double LOW_CONFIDENCE = 0.5;
    /** Above this standard deviation between ensemble members on the predicted class, flagged as disputed. */
    public static final double DISAGREEMENT = 0.15;

    public String id() {
        return protein.id();
    }

    public int length() {
        return protein.length();
    }

    public Location location() {
        return prediction.location();
    }

    public double confidence() {
        return prediction.confidence();
    }

    public boolean lowConfidence() {
        return prediction.confidence() < LOW_CONFIDENCE;
    }

    public boolean disagreement() {
        return prediction.predictedClassSpread() > DISAGREEMENT;
    }

    public boolean flagged() {
        return lowConfidence() || disagreement();
    }
}
