package org.loclens.viz.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.loclens.viz.Figure;
import org.loclens.viz.draw.ClassPalette;
import org.loclens.viz.draw.Colors;
import org.loclens.viz.draw.Fonts;
import org.loclens.viz.draw.GraphicsState;
import org.loclens.viz.draw.Groups;
import org.loclens.viz.draw.Labels;
import org.loclens.viz.draw.Text;

/**
 * Two-dimensional embedding (t-SNE) of the proteins' hidden states, coloured by class with
 * {@link ClassPalette} (Sønderby et al. 2015, Figure 6).
 *
 * <p>Both axes share one scale, since t-SNE distances have no preferred direction, and carry no
 * ticks, since its coordinates have no units. Highlighted points are drawn larger, on top, with a
 * black outline, and labelled with their ids when there are few. Drawing, {@link #hitTest} and
 * {@link #pointsInside} all place points through {@link #dataToArea}, so what the user points at
 * is what was drawn.
 */
public final class TsneScatterFigure implements Figure {

    /** Radius of an ordinary point, in points. */
    public static final double POINT_RADIUS = 1.8;
    /** Radius of a highlighted point. */
    public static final double HIGHLIGHT_RADIUS = 3.6;
    /** Highlighted points are labelled with their ids only up to this many. */
    public static final int MAX_ID_LABELS = 15;

    private static final double PAD = 6;
    private static final double MARGIN = 0.04;

    private final double[][] xy;
    private final int[] classIndex;
    private final List<String> classes;
    private final Set<Integer> highlighted;
    private final String[] ids;

    /** Creates the scatter without highlights or ids. */
    public TsneScatterFigure(double[][] xy, int[] classIndex, List<String> classes) {
        this(xy, classIndex, classes, Set.of(), null);
    }

    /**
     * @param xy          {@code [n][2]} embedding coordinates; rows with NaN are not drawn
     * @param classIndex  class of each point, an index into {@code classes}
     * @param classes     class identifiers (legend, colours by index)
     * @param highlighted indices of points to emphasise, may be empty
     * @param ids         protein id per point for labels, or null
     */
    public TsneScatterFigure(double[][] xy, int[] classIndex, List<String> classes, Set<Integer> highlighted,
            String[] ids) {
        if (xy.length != classIndex.length || (ids != null && ids.length != xy.length)) {
            throw new IllegalArgumentException("Need one class (and id) per point");
        }
        this.classes = List.copyOf(classes);
        this.xy = new double[xy.length][];
        for (int i = 0; i < xy.length; i++) {
            if (xy[i].length != 2) {
                throw new IllegalArgumentException("Point " + i + " has " + xy[i].length + " coordinates, expected 2");
            }
            if (classIndex[i] < 0 || classIndex[i] >= this.classes.size()) {
                throw new IllegalArgumentException("Point " + i + " has class " + classIndex[i]
                        + ", outside 0.." + (this.classes.size() - 1));
            }
            this.xy[i] = xy[i].clone();
        }
        this.classIndex = classIndex.clone();
        for (int h : highlighted) {
            if (h < 0 || h >= xy.length) {
                throw new IllegalArgumentException("Highlighted index " + h + " is not a point");
            }
        }
        this.highlighted = Collections.unmodifiableSet(new TreeSet<>(highlighted));
        this.ids = ids == null ? null : ids.clone();
    }

    /** Returns a copy of this figure with other points highlighted (for selection in the app). */
    public TsneScatterFigure withHighlighted(Set<Integer> indices) {
        return new TsneScatterFigure(xy, classIndex, classes, indices, ids);
    }

    /** Returns the number of points. */
    public int size() {
        return xy.length;
    }

    /** Returns the highlighted indices, ascending. */
    public Set<Integer> highlighted() {
        return highlighted;
    }

    /**
     * Returns the one mapping from data coordinates to drawing coordinates for a figure drawn in
     * {@code area}: equal scale on both axes, data centred in the plot frame, y pointing up.
     */
    public AffineTransform dataToArea(Rectangle2D area) {
        Rectangle2D plot = plotArea(area);
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] p : xy) {
            if (Double.isFinite(p[0]) && Double.isFinite(p[1])) {
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                minY = Math.min(minY, p[1]);
                maxY = Math.max(maxY, p[1]);
            }
        }
        if (minX > maxX) {
            minX = minY = -1;
            maxX = maxY = 1;
        }
        double spanX = Math.max(maxX - minX, 1e-12);
        double spanY = Math.max(maxY - minY, 1e-12);
        double inset = 2 * HIGHLIGHT_RADIUS;
        double scale = Math.min((plot.getWidth() - 2 * inset) / (spanX * (1 + 2 * MARGIN)),
                (plot.getHeight() - 2 * inset) / (spanY * (1 + 2 * MARGIN)));
        AffineTransform t = new AffineTransform();
        t.translate(plot.getCenterX(), plot.getCenterY());
        t.scale(scale, -scale);
        t.translate(-(minX + maxX) / 2, -(minY + maxY) / 2);
        return t;
    }

    /** Returns where point {@code i} is drawn in {@code area}, or null if its coordinates are NaN. */
    public Point2D position(Rectangle2D area, int i) {
        return position(dataToArea(area), i);
    }

    /**
     * Returns the index of the point nearest to (px, py) within {@code radius} drawing units when
     * the figure is drawn in {@code area}, or −1 if there is none. Highlighted points win ties.
     */
    public int hitTest(Rectangle2D area, double px, double py, double radius) {
        AffineTransform t = dataToArea(area);
        int best = -1;
        double bestDistance = radius * radius;
        for (int i = 0; i < xy.length; i++) {
            Point2D p = position(t, i);
            if (p == null) {
                continue;
            }
            double d = p.distanceSq(px, py);
            if (d < bestDistance || (d == bestDistance && best >= 0 && highlighted.contains(i))) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Returns the indices, ascending, of the points drawn inside {@code selection} (lasso or box). */
    public List<Integer> pointsInside(Rectangle2D area, Shape selection) {
        AffineTransform t = dataToArea(area);
        List<Integer> inside = new ArrayList<>();
        for (int i = 0; i < xy.length; i++) {
            Point2D p = position(t, i);
            if (p != null && selection.contains(p)) {
                inside.add(i);
            }
        }
        return inside;
    }

    @Override
    public String title() {
        return "t-SNE of hidden states";
    }

    @Override
    public Dimension preferredSize() {
        return new Dimension(482, 360);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        try (GraphicsState saved = GraphicsState.save(g)) {
            Rectangle2D inner = inner(area);
            Text.title(g, title(), inner);
            Rectangle2D plot = plotArea(area);
            g.setPaint(Colors.FRAME);
            g.setStroke(new BasicStroke(0.5f));
            g.draw(plot);

            AffineTransform t = dataToArea(area);
            Groups.begin(g, "points");
            g.setStroke(new BasicStroke(0.3f));
            for (int i = 0; i < xy.length; i++) {
                if (!highlighted.contains(i)) {
                    drawPoint(g, t, i, POINT_RADIUS, ClassPalette.outline(classIndex[i]), 0.3f);
                }
            }
            Groups.end(g);
            Groups.begin(g, "highlighted");
            for (int i : highlighted) {
                drawPoint(g, t, i, HIGHLIGHT_RADIUS, Color.BLACK, 0.9f);
            }
            if (ids != null && highlighted.size() <= MAX_ID_LABELS) {
                for (int i : highlighted) {
                    Point2D p = position(t, i);
                    if (p != null) {
                        double lx = p.getX() + HIGHLIGHT_RADIUS + 2;
                        Rectangle2D box = Text.bounds(Fonts.SMALL, ids[i], lx, p.getY(), Text.HAlign.LEFT, Text.VAlign.MIDDLE);
                        // A light box keeps the id readable over dense clusters.
                        g.setPaint(Colors.withAlpha(Color.WHITE, 210));
                        g.fill(new Rectangle2D.Double(box.getX() - 1, box.getY(), box.getWidth() + 2, box.getHeight()));
                        g.setPaint(Colors.INK);
                        Text.draw(g, Fonts.SMALL, ids[i], lx, p.getY(), Text.HAlign.LEFT, Text.VAlign.MIDDLE);
                    }
                }
            }
            Groups.end(g);
            drawLegend(g, plot.getMaxX() + 10, plot.getY());
        }
    }

    private void drawPoint(Graphics2D g, AffineTransform t, int i, double r, Color outline, float width) {
        Point2D p = position(t, i);
        if (p == null) {
            return;
        }
        Shape dot = new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
        g.setPaint(ClassPalette.color(classIndex[i]));
        g.fill(dot);
        g.setPaint(outline);
        g.setStroke(new BasicStroke(width));
        g.draw(dot);
    }

    private void drawLegend(Graphics2D g, double x, double y) {
        int[] counts = new int[classes.size()];
        for (int c : classIndex) {
            counts[c]++;
        }
        double row = Text.height(Fonts.SMALL) + 3;
        for (int c = 0; c < classes.size(); c++) {
            double cy = y + (c + 0.5) * row;
            Shape dot = new Ellipse2D.Double(x, cy - 3, 6, 6);
            g.setPaint(ClassPalette.color(c));
            g.fill(dot);
            g.setPaint(ClassPalette.outline(c));
            g.setStroke(new BasicStroke(0.4f));
            g.draw(dot);
            g.setPaint(Colors.INK);
            Text.draw(g, Fonts.SMALL, legendLabel(c, counts[c]), x + 10, cy, Text.HAlign.LEFT, Text.VAlign.MIDDLE);
        }
    }

    private String legendLabel(int c, int count) {
        return String.format(Locale.ROOT, "%s (%,d)", Labels.className(classes.get(c)), count);
    }

    private Point2D position(AffineTransform t, int i) {
        double[] p = xy[i];
        if (!Double.isFinite(p[0]) || !Double.isFinite(p[1])) {
            return null;
        }
        return t.transform(new Point2D.Double(p[0], p[1]), null);
    }

    private static Rectangle2D inner(Rectangle2D area) {
        return new Rectangle2D.Double(area.getX() + PAD, area.getY() + PAD,
                area.getWidth() - 2 * PAD, area.getHeight() - 2 * PAD);
    }

    /** The framed plot: below the title, left of the legend. Pure layout, no graphics needed. */
    private Rectangle2D plotArea(Rectangle2D area) {
        Rectangle2D inner = inner(area);
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            labels.add(legendLabel(c, 99_999));
        }
        double legendW = 10 + 10 + Text.maxWidth(Fonts.SMALL, labels);
        double top = inner.getY() + Text.height(Fonts.TITLE) + 4;
        return new Rectangle2D.Double(inner.getX(), top, Math.max(10, inner.getWidth() - legendW),
                Math.max(10, inner.getMaxY() - top));
    }
}
