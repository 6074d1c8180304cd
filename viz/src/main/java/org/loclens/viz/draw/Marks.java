package org.loclens.viz.draw;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Small shapes shared by figures: point markers and hatching. */
public final class Marks {

    /** Marker shapes, used in order to tell overlays apart without relying on colour. */
    public enum Marker { TRIANGLE_DOWN, DIAMOND, CIRCLE, SQUARE, TRIANGLE_UP }

    private Marks() {
    }

    /** Returns marker {@code kind} centred on (cx, cy) with the given overall size. */
    public static Shape marker(Marker kind, double cx, double cy, double size) {
        double r = size / 2;
        return switch (kind) {
            case CIRCLE -> new Ellipse2D.Double(cx - r, cy - r, size, size);
            case SQUARE -> new Rectangle2D.Double(cx - r * 0.85, cy - r * 0.85, size * 0.85, size * 0.85);
            case DIAMOND -> polygon(cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy);
            case TRIANGLE_DOWN -> polygon(cx - r, cy - r * 0.8, cx + r, cy - r * 0.8, cx, cy + r * 0.9);
            case TRIANGLE_UP -> polygon(cx - r, cy + r * 0.8, cx + r, cy + r * 0.8, cx, cy - r * 0.9);
        };
    }

    /** Returns the marker for overlay number {@code i}, cycling through {@link Marker}. */
    public static Marker markerFor(int i) {
        Marker[] all = Marker.values();
        return all[Math.floorMod(i, all.length)];
    }

    /**
     * Fills {@code r} with {@code background} and diagonal lines of {@code ink}, the usual sign for
     * "no data here" (used for the cut middle of long proteins).
     */
    public static void hatch(Graphics2D g, Rectangle2D r, double spacing, Color ink, Color background) {
        if (r.getWidth() <= 0 || r.getHeight() <= 0) {
            return;
        }
        try (GraphicsState s = GraphicsState.save(g)) {
            g.setPaint(background);
            g.fill(r);
            g.clip(r);
            g.setPaint(ink);
            g.setStroke(new BasicStroke(0.5f));
            // Lines at 45 degrees, anchored to a global grid so adjacent hatches line up.
            double start = Math.floor((r.getMinX() - r.getHeight()) / spacing) * spacing;
            for (double x = start; x <= r.getMaxX(); x += spacing) {
                g.draw(new Line2D.Double(x, r.getMaxY(), x + r.getHeight(), r.getMinY()));
            }
        }
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }
}
