package org.loclens.viz.figures;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import org.loclens.viz.draw.ResidueColors;
import org.loclens.viz.draw.Text;

/**
 * Draws a {@link LogoLayout} with letters as glyph outlines stretched to their boxes (Jalview's
 * {@code AnnotationRenderer}): exact heights on every target, and paths rather than text in SVG
 * and PDF, so no viewer can substitute a font of other proportions.
 */
final class LogoPainter {

    /** Letters shorter than this many points are not drawn: they would be specks. */
    static final double MIN_LETTER_HEIGHT = 0.2;

    private static final Map<Character, Shape> GLYPHS = new HashMap<>();

    static {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 100);
        for (char c : ResidueColors.ALPHABET.toCharArray()) {
            GLYPHS.put(c, font.createGlyphVector(Text.FRC, String.valueOf(c)).getOutline());
        }
    }

    private LogoPainter() {
    }

    /**
     * Draws the letters with the baseline at the bottom of {@code plot} and height 1 at its top;
     * columns are {@code min(plot width / width, maxColumnWidth)} wide and centred.
     *
     * @return the x coordinate of the first column's left edge and the column width
     */
    static double[] paint(Graphics2D g, LogoLayout layout, Rectangle2D plot, double maxColumnWidth) {
        double columnWidth = Math.min(plot.getWidth() / Math.max(1, layout.width()), maxColumnWidth);
        double left = plot.getCenterX() - columnWidth * layout.width() / 2;
        for (LogoLayout.Column column : layout.columns()) {
            double x = left + (column.position() - 1) * columnWidth;
            for (LogoLayout.LetterBox box : column.letters()) {
                double top = plot.getMaxY() - box.top() * plot.getHeight();
                double height = box.height() * plot.getHeight();
                if (height < MIN_LETTER_HEIGHT) {
                    continue;
                }
                Shape glyph = glyph(box.residue());
                if (glyph == null) {
                    continue;
                }
                g.setPaint(ResidueColors.of(box.residue()));
                g.fill(fitted(glyph, new Rectangle2D.Double(x + columnWidth * 0.03, top, columnWidth * 0.94, height)));
            }
        }
        return new double[] {left, columnWidth};
    }

    private static Shape glyph(char residue) {
        synchronized (GLYPHS) {
            return GLYPHS.computeIfAbsent(Character.toUpperCase(residue), c -> new Font(Font.SANS_SERIF, Font.BOLD, 100)
                    .createGlyphVector(Text.FRC, String.valueOf(c)).getOutline());
        }
    }

    /** Scales the glyph's ink bounds onto {@code box}. */
    private static Shape fitted(Shape glyph, Rectangle2D box) {
        Rectangle2D ink = glyph.getBounds2D();
        if (ink.isEmpty()) {
            return box;
        }
        AffineTransform t = new AffineTransform();
        t.translate(box.getX(), box.getY());
        t.scale(box.getWidth() / ink.getWidth(), box.getHeight() / ink.getHeight());
        t.translate(-ink.getX(), -ink.getY());
        return t.createTransformedShape(glyph);
    }
}
