/**
 * Figures of LocLens drawn on one path: every figure implements {@link org.loclens.viz.Figure#draw}
 * on a {@link java.awt.Graphics2D}, and the same calls go to the screen (through FXGraphics2D in
 * the app), to a PNG ({@link java.awt.image.BufferedImage}), to SVG (JFreeSVG) and to PDF (PDFBox
 * graphics2d). See {@code docs/decisions/0003-one-drawing-path.md}.
 *
 * <p>This module takes plain arrays, {@code List<String>} labels and records; it has no JavaFX and
 * no ND4J. The figures reproduce and extend those of Sønderby et al. 2015, "Convolutional LSTM
 * Networks for Subcellular Localization of Proteins".
 */
package org.loclens.viz;
