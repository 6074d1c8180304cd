package org.loclens.viz;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A figure that draws itself into any rectangle of any {@link Graphics2D} (JFree's
 * {@code chart.draw(g2, area)}).
 *
 * <p>Units are points (1/72 inch): fonts and line widths are given in the same units as
 * {@code area}, so a figure drawn into its {@link #preferredSize()} at scale 1 is print size. A
 * larger area gets a larger plot with the same text size; to zoom text too, scale the graphics
 * first. Implementations restore every graphics attribute they change, use only calls that
 * FXGraphics2D, JFreeSVG and PDFBox graphics2d all support (colours, {@code BasicStroke}, clips,
 * transforms, filled shapes, {@code drawString}), and measure text with a fixed font render
 * context so the layout is the same on every output.
 */
public interface Figure {

    /**
     * Draws the figure inside {@code area}.
     *
     * @param g    the target; its state is left as it was found
     * @param area where to draw, in the graphics' user space (points at print size)
     */
    void draw(Graphics2D g, Rectangle2D area);

    /** Returns the print size in points (1/72 inch), e.g. 482 pt wide for a 17 cm column. */
    Dimension preferredSize();

    /** Returns a short title, used for file names, window titles and document metadata. */
    String title();
}
