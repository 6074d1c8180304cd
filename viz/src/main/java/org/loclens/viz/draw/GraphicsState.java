package org.loclens.viz.draw;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;

/**
 * Saves the attributes a figure changes and restores them on {@link #close()}.
 *
 * <p>Used instead of {@link Graphics2D#create()}, which FXGraphics2D supports only partly: this is
 * how JFreeChart keeps its {@code draw} side-effect free.
 */
public final class GraphicsState implements AutoCloseable {

    private final Graphics2D g;
    private final Paint paint;
    private final Stroke stroke;
    private final Font font;
    private final AffineTransform transform;
    private final Shape clip;

    private GraphicsState(Graphics2D g) {
        this.g = g;
        this.paint = g.getPaint();
        this.stroke = g.getStroke();
        this.font = g.getFont();
        this.transform = g.getTransform();
        this.clip = g.getClip();
    }

    /** Saves paint, stroke, font, transform and clip of {@code g}. */
    public static GraphicsState save(Graphics2D g) {
        return new GraphicsState(g);
    }

    /** Restores the clip only (call after drawing clipped content, before drawing on). */
    public void restoreClip() {
        // The clip was saved in the user space of the saved transform.
        AffineTransform now = g.getTransform();
        g.setTransform(transform);
        g.setClip(clip);
        g.setTransform(now);
    }

    @Override
    public void close() {
        g.setTransform(transform);
        g.setClip(clip);
        g.setPaint(paint);
        g.setStroke(stroke);
        g.setFont(font);
    }
}
