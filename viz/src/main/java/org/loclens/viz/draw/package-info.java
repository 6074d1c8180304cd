/**
 * Shared drawing vocabulary of the figures: the colour tables ({@link org.loclens.viz.draw.ClassPalette},
 * {@link org.loclens.viz.draw.ResidueColors}, {@link org.loclens.viz.draw.ColorRamp}), fonts and text
 * placement ({@link org.loclens.viz.draw.Fonts}, {@link org.loclens.viz.draw.Text}), scales, ticks and
 * axes ({@link org.loclens.viz.draw.LinearScale}, {@link org.loclens.viz.draw.Ticks},
 * {@link org.loclens.viz.draw.Axes}). Figures use these instead of repeating layout code, so all of
 * them look alike.
 *
 * <p>Everything here only issues {@link java.awt.Graphics2D} calls that FXGraphics2D, JFreeSVG and
 * PDFBox graphics2d support.
 */
package org.loclens.viz.draw;
