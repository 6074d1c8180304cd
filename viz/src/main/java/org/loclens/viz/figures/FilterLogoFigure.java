package org.loclens.viz.figures;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.loclens.viz.Figure;
import org.loclens.viz.draw.Axes;
import org.loclens.viz.draw.Colors;
import org.loclens.viz.draw.Fonts;
import org.loclens.viz.draw.GraphicsState;
import org.loclens.viz.draw.Groups;
import org.loclens.viz.draw.LinearScale;
import org.loclens.viz.draw.Text;
import org.loclens.viz.draw.Tick;
import org.loclens.viz.draw.Ticks;

/**
 * Sequence logo of one convolution filter (Sønderby et al. 2015, Figure 7): column height is the
 * position's importance, letter height the amino acid's, rescaled so the highest column is 1. The
 * exact definition is that of {@link LogoLayout}. Letters are glyph outlines in the "chemistry"
 * colours of {@link org.loclens.viz.draw.ResidueColors}.
 */
public final class FilterLogoFigure implements Figure {

    private static final double PAD = 6;
    private static final double MAX_COLUMN_WIDTH = 24;

    private final FilterLogo logo;
    private final LogoLayout layout;

    /**
     * @param title   shown above the logo
     * @param weights {@code [width][20]} weights in the order ACDEFGHIKLMNPQRSTVWY
     */
    public FilterLogoFigure(String title, double[][] weights) {
        this(new FilterLogo(title, weights));
    }

    /** Shows {@code logo}. */
    public FilterLogoFigure(FilterLogo logo) {
        this.logo = logo;
        this.layout = logo.layout();
    }

    /** Returns the layout drawn, for tests and tooltips. */
    public LogoLayout layout() {
        return layout;
    }

    @Override
    public String title() {
        return logo.title();
    }

    @Override
    public Dimension preferredSize() {
        int width = (int) Math.max(170, Math.min(482, 64 + 18 * logo.width()));
        return new Dimension(width, 150);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        try (GraphicsState saved = GraphicsState.save(g)) {
            Rectangle2D inner = new Rectangle2D.Double(area.getX() + PAD, area.getY() + PAD,
                    area.getWidth() - 2 * PAD, area.getHeight() - 2 * PAD);
            double top = inner.getY() + Text.title(g, title(), inner) + 4;
            List<Tick> yTicks = Ticks.linear(0, 1, 2);
            double left = inner.getX() + Text.height(Fonts.LABEL) + 3 + Axes.leftWidth(yTicks);
            double bottom = inner.getMaxY() - Axes.bottomHeight() - Text.height(Fonts.LABEL) - 2;
            Rectangle2D plot = new Rectangle2D.Double(left, top, inner.getMaxX() - left - 4, bottom - top);

            Groups.begin(g, "logo-letters");
            double[] columns = LogoPainter.paint(g, layout, plot, MAX_COLUMN_WIDTH);
            Groups.end(g);
            if (layout.isEmpty()) {
                g.setPaint(Colors.MUTED);
                Text.draw(g, Fonts.SMALL, "no positive weights", plot.getCenterX(), plot.getCenterY(),
                        Text.HAlign.CENTER, Text.VAlign.MIDDLE);
            }

            LinearScale y = new LinearScale(0, 1, plot.getMaxY(), plot.getMinY());
            Axes.left(g, y, left, yTicks);
            Axes.leftTitle(g, "relative weight", inner.getX(), plot.getCenterY());
            double x0 = columns[0];
            double cw = columns[1];
            LinearScale x = new LinearScale(0.5, layout.width() + 0.5, x0, x0 + cw * layout.width());
            List<Tick> xTicks = new ArrayList<>();
            for (int p = 1; p <= layout.width(); p++) {
                xTicks.add(new Tick(p, Integer.toString(p)));
            }
            Axes.bottom(g, x, bottom, xTicks);
            Axes.bottomTitle(g, "filter position", x.map((layout.width() + 1) / 2.0), bottom + Axes.bottomHeight() + 1);
        }
    }
}
