package org.loclens.model.network;

import java.util.Arrays;

/**
 * Hyperparameters of one network. Defaults follow Sønderby et al. 2015 §2.6 where the paper decides,
 * and the reference runs (shared research notes) where it does not.
 *
 * @param architecture    R-LSTM or A-LSTM
 * @param convWidths      widths of the 1D convolution bank (§2.2: 1, 3, 5, 9, 15, 21)
 * @param filtersPerWidth filters per width (§2.2: 10, so 60 channels)
 * @param lstmUnits       LSTM units per direction
 * @param attentionUnits  columns of W_a in eq. 11 (§2.3: 400)
 * @param denseUnits      units of the dense ReLU layer before the softmax
 * @param dropout         drop probability on the hidden representation and the dense layer (§2.6: 0.5)
 * @param initRange       uniform initialisation in [-initRange, initRange] (§2.6: 0.05)
 * @param learningRate    Adam step size (1e-3: the paper's 2e-4 needs far more epochs, reference runs)
 * @param maxLength       longer proteins lose their middle (§2.6: 1000)
 * @param seed            weight-initialisation and dropout seed
 */
public record NetworkConfig(Architecture architecture, int[] convWidths, int filtersPerWidth, int lstmUnits,
                            int attentionUnits, int denseUnits, double dropout, double initRange,
                            double learningRate, int maxLength, long seed) {

    public static final int[] PAPER_CONV_WIDTHS = {1, 3, 5, 9, 15, 21};

    public NetworkConfig {
        if (convWidths == null || convWidths.length == 0 || Arrays.stream(convWidths).anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("convolution widths must be positive");
        }
        if (filtersPerWidth < 1 || lstmUnits < 1 || attentionUnits < 1 || denseUnits < 1) {
            throw new IllegalArgumentException("layer sizes must be positive");
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
        }
        if (maxLength < 2) {
            throw new IllegalArgumentException("maxLength must be at least 2, got " + maxLength);
        }
        convWidths = convWidths.clone();
    }

    /** The defaults LocLens trains its bundled models with. */
    public static NetworkConfig defaults(Architecture architecture) {
        return new NetworkConfig(architecture, PAPER_CONV_WIDTHS, 10, 100, 400, 200, 0.5, 0.05, 1e-3, 1000, 1L);
    }

    public int convChannels() {
        return convWidths.length * filtersPerWidth;
    }

    /** Size of the hidden representation fed to the dense layer (both directions). */
    public int hiddenSize() {
        return 2 * lstmUnits;
    }

    public NetworkConfig withLstmUnits(int units) {
        return new NetworkConfig(architecture, convWidths, filtersPerWidth, units, attentionUnits, denseUnits, dropout, initRange, learningRate, maxLength, seed);
    }

    public NetworkConfig withSeed(long newSeed) {
        return new NetworkConfig(architecture, convWidths, filtersPerWidth, lstmUnits, attentionUnits, denseUnits, dropout, initRange, learningRate, maxLength, newSeed);
    }

    public NetworkConfig withLearningRate(double lr) {
        return new NetworkConfig(architecture, convWidths, filtersPerWidth, lstmUnits, attentionUnits, denseUnits, dropout, initRange, lr, maxLength, seed);
    }

    public NetworkConfig withMaxLength(int max) {
        return new NetworkConfig(architecture, convWidths, filtersPerWidth, lstmUnits, attentionUnits, denseUnits, dropout, initRange, learningRate, max, seed);
    }

    public NetworkConfig withSizes(int filters, int units, int attention, int dense) {
        return new NetworkConfig(architecture, convWidths, filters, units, attention, dense, dropout, initRange, learningRate, maxLength, seed);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkConfig c && architecture == c.architecture && Arrays.equals(convWidths, c.convWidths)
                && filtersPerWidth == c.filtersPerWidth && lstmUnits == c.lstmUnits && attentionUnits == c.attentionUnits
                && denseUnits == c.denseUnits && dropout == c.dropout && initRange == c.initRange
                && learningRate == c.learningRate && maxLength == c.maxLength && seed == c.seed;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(architecture, Arrays.hashCode(convWidths), filtersPerWidth, lstmUnits, attentionUnits,
                denseUnits, dropout, initRange, learningRate, maxLength, seed);
    }

    @Override
    public String toString() {
        return architecture.displayName() + " conv " + Arrays.toString(convWidths) + "x" + filtersPerWidth
                + ", LSTM " + lstmUnits + ", dense " + denseUnits + ", dropout " + dropout + ", lr " + learningRate
                + ", max length " + maxLength + ", seed " + seed;
    }
}
