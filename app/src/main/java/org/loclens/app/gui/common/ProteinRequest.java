package org.loclens.app.gui.common;

import org.loclens.model.data.ProteinRecord;
import org.loclens.model.predict.Prediction;

/**
 * "Show this protein": from a Predict row, a confusion-matrix cell or a t-SNE point to the Protein view.
 *
 * @param prediction the prediction already known for it, or null (the Protein view predicts it)
 * @param reveal     switch to the Protein view (double-click) rather than only updating it (selection)
 */
public record ProteinRequest(ProteinRecord protein, Prediction prediction, boolean reveal) {
}
