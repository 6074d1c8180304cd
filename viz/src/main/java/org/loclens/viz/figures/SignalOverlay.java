package org.loclens.viz.figures;

/**
 * Mean annotated length of one kind of sorting signal per class, drawn over the attention heatmap
 * (e.g. signal peptide "SP", mitochondrial "mTP" or chloroplast "cTP" transit peptides).
 *
 * @param name               the signal's short name, shown in the legend
 * @param meanLengthPerClass per class, the mean length in residues counted from the N-terminus;
 *                           a negative value counts from the C-terminus (e.g. −3 for PTS1); NaN or
 *                           0 where the class has no such annotation
 */
public record SignalOverlay(String name, double[] meanLengthPerClass) {

    /** Copies the lengths so the figure cannot change under its caller. */
    public SignalOverlay {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A signal overlay needs a name");
        }
        meanLengthPerClass = meanLengthPerClass.clone();
    }

    /** Returns a copy of the lengths. */
    @Override
    public double[] meanLengthPerClass() {
        return meanLengthPerClass.clone();
    }

    /** Returns the mean length for class {@code c}, NaN if absent. */
    public double lengthOf(int c) {
        return c < meanLengthPerClass.length ? meanLengthPerClass[c] : Double.NaN;
    }
}
