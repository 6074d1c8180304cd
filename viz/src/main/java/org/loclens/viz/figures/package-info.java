/**
 * The figures of LocLens, each a {@link org.loclens.viz.Figure} built from plain arrays and
 * records: the confusion matrix (Sønderby et al. 2015, Table 2), the attention heatmap per class
 * (Figure 5), the attention track of one protein, convolution filter logos (Figure 7, §2.5), the
 * t-SNE scatter of hidden states, training curves, and the class probabilities of one prediction.
 *
 * <p>Figures are immutable: they copy their inputs, so the app can hand a figure to a background
 * export while the screen keeps drawing it. A live view (training curves) builds a new figure per
 * update.
 */
package org.loclens.viz.figures;
