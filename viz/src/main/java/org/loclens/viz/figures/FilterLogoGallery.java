package org.loclens.viz.figures;

import java.awt.BasicStroke;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.loclens.viz.Figure;
import org.loclens.viz.draw.Colors;
import org.loclens.viz.draw.Fonts;
import org.loclens.viz.draw.GraphicsState;
import org.loclens.viz.draw.Groups;
import org.loclens.viz.draw.Text;

/**
 * All convolution filters of a model as a grid of small logos (the paper's filters have widths
 * 1, 3, 5, 9, 15 and 21 with 10 filters each), ordered by width, then as given, each under its
 * title. Every logo is rescaled on its own so its highest column is 1 (see {@link LogoLayout}).
 */
public final class FilterLogoGallery implements Figure {

    /** Logos per row unless another count is given. */
    public static final int DEFAULT_COLUMNS = 5;

    private static final double PAD = 6;
    private static final double CELL_HEIGHT = 56;
    private static final double MAX_COLUMN_WIDTH = 12;

    private final List<FilterLogo> logos;
    private final List<LogoLayout> layouts;
    private final int columns;

    /** Shows {@code logos} in rows of {@value #DEFAULT_COLUMNS}. */
    public FilterLogoGallery(List<FilterLogo> logos) {
        this(logos, DEFAULT_COLUMNS);
    }

    /** Shows {@code logos} in rows of {@code columns}. */
    public FilterLogoGallery(List<FilterLogo> logos, int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("Need at least one column");
        }
        List<FilterLogo> sorted = new ArrayList<>(logos);
        sorted.sort(Comparator.comparingInt(FilterLogo::width)); // stable: keeps the given order per width
        this.logos = List.copyOf(sorted);
        this.layouts = this.logos.stream().map(FilterLogo::layout).toList();
        this.columns = columns;
    }

    /** Returns the logos in drawing order (by width). */
    public List<FilterLogo> logos() {
        return logos;
    }

    @Override
    public String title() {
        return "Convolution filters";
    }

    @Override
    public Dimension preferredSize() {
        int rows = Math.max(1, (logos.size() + columns - 1) / columns);
        return new Dimension(482, (int) Math.ceil(2 * PAD + Text.height(Fonts.TITLE) + 8 + rows * CELL_HEIGHT));
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        try (GraphicsState saved = GraphicsState.save(g)) {
            Rectangle2D inner = new Rectangle2D.Double(area.getX() + PAD, area.getY() + PAD,
                    area.getWidth() - 2 * PAD, area.getHeight() - 2 * PAD);
            String heading = title() + " (" + logos.size() + ")";
            double top = inner.getY() + Text.title(g, heading, inner) + 4;
            String note = "column height: position importance; letter height: amino-acid importance";
            double noteRoom = inner.getWidth() - Text.width(Fonts.TITLE, heading) - 12;
            if (Text.width(Fonts.SMALL, note) <= noteRoom) {
                g.setPaint(Colors.MUTED);
                Text.draw(g, Fonts.SMALL, note, inner.getMaxX(), inner.getY() + Text.ascent(Fonts.TITLE),
                        Text.HAlign.RIGHT, Text.VAlign.BASELINE);
            }
            int rows = Math.max(1, (logos.size() + columns - 1) / columns);
            double cellW = inner.getWidth() / columns;
            double cellH = (inner.getMaxY() - top) / rows;
            for (int k = 0; k < logos.size(); k++) {
                Rectangle2D cell = new Rectangle2D.Double(inner.getX() + (k % columns) * cellW,
                        top + (k / columns) * cellH, cellW, cellH);
                Groups.begin(g, "logo-" + k);
                drawCell(g, logos.get(k), layouts.get(k), cell);
                Groups.end(g);
            }
        }
    }

    private static void drawCell(Graphics2D g, FilterLogo logo, LogoLayout layout, Rectangle2D cell) {
        double titleH = Text.height(Fonts.SMALL) + 1;
        g.setPaint(Colors.INK);
        Text.draw(g, Fonts.SMALL, Text.fit(Fonts.SMALL, logo.title(), cell.getWidth() - 6), cell.getCenterX(),
                cell.getY(), Text.HAlign.CENTER, Text.VAlign.TOP);
        Rectangle2D plot = new Rectangle2D.Double(cell.getX() + 5, cell.getY() + titleH + 1,
                cell.getWidth() - 10, cell.getHeight() - titleH - 6);
        double[] columns = LogoPainter.paint(g, layout, plot, MAX_COLUMN_WIDTH);
        g.setPaint(Colors.AXIS);
        g.setStroke(new BasicStroke(0.5f));
        g.draw(new Line2D.Double(columns[0], plot.getMaxY(), columns[0] + columns[1] * layout.width(), plot.getMaxY()));
        if (layout.isEmpty()) {
            g.setPaint(Colors.MUTED);
            Text.draw(g, Fonts.SMALL, "no positive weights", plot.getCenterX(), plot.getCenterY(),
                    Text.HAlign.CENTER, Text.VAlign.MIDDLE);
        }
    }
}
