package org.loclens.viz.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.loclens.viz.Figure;
import org.loclens.viz.draw.Axes;
import org.loclens.viz.draw.ClassPalette;
import org.loclens.viz.draw.Colors;
import org.loclens.viz.draw.Fonts;
import org.loclens.viz.draw.GraphicsState;
import org.loclens.viz.draw.Labels;
import org.loclens.viz.draw.LinearScale;
import org.loclens.viz.draw.Text;
import org.loclens.viz.draw.Tick;
import org.loclens.viz.draw.Ticks;

/**
 * Predicted probability of each class for one protein as horizontal bars in class order, with
 * whiskers of ± one ensemble standard deviation when given. The predicted class (highest
 * probability) is drawn in full colour with an outline and a bold label; the others are paler.
 */
public final class PredictionBarsFigure implements Figure {

    private static final double PAD = 6;

    private final String proteinId;
    private final List<String> classes;
    private final double[] probabilities;
    private final double[] spread;

    /**
     * @param proteinId     shown in the title
     * @param classes       class identifiers, one bar each, in this order
     * @param probabilities probability per class (NaN is drawn as no bar)
     * @param spreadOrNull  ensemble standard deviation per class, or null for no whiskers
     */
    public PredictionBarsFigure(String proteinId, List<String> classes, double[] probabilities, double[] spreadOrNull) {
        this.proteinId = proteinId;
        this.classes = List.copyOf(classes);
        if (probabilities.length != this.classes.size()
                || (spreadOrNull != null && spreadOrNull.length != this.classes.size())) {
            throw new IllegalArgumentException("Need one probability (and spread) per class");
        }
        this.probabilities = probabilities.clone();
        this.spread = spreadOrNull == null ? null : spreadOrNull.clone();
    }

    /** Returns the index of the highest probability (the prediction), −1 if all are NaN. */
    public int predictedClass() {
        int best = -1;
        for (int c = 0; c < probabilities.length; c++) {
            if (!Double.isNaN(probabilities[c]) && (best < 0 || probabilities[c] > probabilities[best])) {
                best = c;
            }
        }
        return best;
    }

    @Override
    public String title() {
        return "Prediction for " + proteinId;
    }

    @Override
    public Dimension preferredSize() {
        return new Dimension(241, (int) Math.ceil(60 + 15 * classes.size()));
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        try (GraphicsState saved = GraphicsState.save(g)) {
            Rectangle2D inner = new Rectangle2D.Double(area.getX() + PAD, area.getY() + PAD,
                    area.getWidth() - 2 * PAD, area.getHeight() - 2 * PAD);
            double top = inner.getY() + Text.title(g, Text.fit(Fonts.TITLE, title(), inner.getWidth()), inner) + 2;
            int predicted = predictedClass();
            List<String> names = Labels.classNames(classes);
            double labelW = Text.maxWidth(Fonts.LABEL_BOLD, names) + 5;
            double valueW = Text.width(Fonts.SMALL, "0.00") + 6;
            double left = inner.getX() + labelW;
            double right = inner.getMaxX() - valueW;
            double bottom = inner.getMaxY() - Axes.bottomHeight() - Text.height(Fonts.LABEL) - 2;
            double row = (bottom - top) / Math.max(1, classes.size());
            LinearScale x = new LinearScale(0, 1, left, right);
            List<Tick> ticks = Ticks.linear(0, 1, 5);
            Axes.gridX(g, x, top, bottom, ticks);

            for (int c = 0; c < classes.size(); c++) {
                double cy = top + (c + 0.5) * row;
                double p = probabilities[c];
                boolean isPredicted = c == predicted;
                Color color = isPredicted ? ClassPalette.color(c) : Colors.lighter(ClassPalette.color(c), 0.45);
                double end = left;
                if (!Double.isNaN(p)) {
                    double w = x.map(Math.max(0, Math.min(1, p))) - left;
                    Rectangle2D bar = new Rectangle2D.Double(left, cy - row * 0.32, w, row * 0.64);
                    g.setPaint(color);
                    g.fill(bar);
                    if (isPredicted) {
                        g.setPaint(Colors.INK);
                        g.setStroke(new BasicStroke(0.8f));
                        g.draw(bar);
                    }
                    end = left + w;
                    end = Math.max(end, drawWhisker(g, x, c, p, cy, row));
                }
                Font font = isPredicted ? Fonts.LABEL_BOLD : Fonts.LABEL;
                g.setPaint(Colors.INK);
                Text.draw(g, font, names.get(c), left - 4, cy, Text.HAlign.RIGHT, Text.VAlign.MIDDLE);
                String value = Double.isNaN(p) ? "\u2013" : String.format(Locale.ROOT, "%.2f", p);
                g.setPaint(isPredicted ? Colors.INK : Colors.MUTED);
                Text.draw(g, isPredicted ? Fonts.SMALL_BOLD : Fonts.SMALL, value, end + 3, cy,
                        Text.HAlign.LEFT, Text.VAlign.MIDDLE);
            }
            Axes.bottom(g, x, bottom, ticks);
            Axes.bottomTitle(g, spread == null ? "probability" : "probability (whiskers \u00b11 s.d.)",
                    (left + right) / 2, bottom + Axes.bottomHeight() + 1);
        }
    }

    /** Draws the ± spread whisker and returns its right end (or the bar's start if none). */
    private double drawWhisker(Graphics2D g, LinearScale x, int c, double p, double cy, double row) {
        if (spread == null || !(spread[c] > 0)) {
            return x.rangeMin();
        }
        double lo = x.map(Math.max(0, p - spread[c]));
        double hi = x.map(Math.min(1, p + spread[c]));
        double cap = row * 0.18;
        g.setPaint(Colors.INK);
        g.setStroke(new BasicStroke(0.7f));
        g.draw(new Line2D.Double(lo, cy, hi, cy));
        g.draw(new Line2D.Double(lo, cy - cap, lo, cy + cap));
        g.draw(new Line2D.Double(hi, cy - cap, hi, cy + cap));
        return hi;
    }
}
