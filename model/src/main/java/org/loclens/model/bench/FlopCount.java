package org.loclens.model.bench;

import org.loclens.model.data.Location;
import org.loclens.model.encoding.ResidueFeatures;
import org.loclens.model.network.Architecture;
import org.loclens.model.network.NetworkConfig;

/**
 * Floating-point operations of one forward pass (prediction), counted from the network's configuration.
 * A multiply-add is 2 operations.
 *
 * <ul>
 * <li>Convolutions (§2.2): {@code Σ_w 2·w·60·filters} per residue (60 input features per residue).</li>
 * <li>Each LSTM direction: {@code 2·4H·(nIn + H)} for the gate products of input and recurrent weights, plus
 *     {@code ~10·4H} elementwise (bias, sigmoids, tanh, cell and output updates); {@code nIn} = the
 *     concatenated convolution channels. Both the R-LSTM and the A-LSTM run 2 directions.</li>
 * <li>A-LSTM attention (eq. 11-12): {@code 2·2H·A + 2·A} per residue ({@code W_a} on the 2H state, then
 *     {@code v_a} on the A-unit tanh). The softmax over positions and the context sum of eq. 13 (~4H+5 per
 *     residue) are not counted.</li>
 * <li>Per protein (not per residue): the dense layer and the softmax output, {@code 2·2H·D + 2·D·11}.</li>
 * </ul>
 *
 * @param convolution per residue
 * @param lstm        per residue, both directions
 * @param attention   per residue (0 for the R-LSTM)
 * @param perProtein  dense and output layers, once per protein
 */
public record FlopCount(double convolution, double lstm, double attention, double perProtein) {

    /** Elementwise operations per gate unit and step, a rough figure (adds, activations, cell update). */
    public static final int LSTM_ELEMENTWISE_PER_GATE_UNIT = 10;
    public static final int LSTM_DIRECTIONS = 2;

    public static FlopCount of(NetworkConfig c) {
        double conv = 0;
        for (int w : c.convWidths()) {
            conv += 2.0 * w * ResidueFeatures.FEATURES * c.filtersPerWidth();
        }
        double h = c.lstmUnits();
        double nIn = c.convChannels();
        double perDirection = 2.0 * 4 * h * (nIn + h) + LSTM_ELEMENTWISE_PER_GATE_UNIT * 4 * h;
        double lstm = LSTM_DIRECTIONS * perDirection;
        double attention = c.architecture() == Architecture.ALSTM
                ? 2.0 * c.hiddenSize() * c.attentionUnits() + 2.0 * c.attentionUnits() : 0;
        double protein = 2.0 * c.hiddenSize() * c.denseUnits() + 2.0 * c.denseUnits() * Location.COUNT;
        return new FlopCount(conv, lstm, attention, protein);
    }

    public double perResidue() {
        return convolution + lstm + attention;
    }

    /** Operations to predict proteins totalling {@code residues} truncated residues. */
    public double total(long residues, long proteins) {
        return perResidue() * residues + perProtein * proteins;
    }
}
