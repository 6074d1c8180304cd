package org.loclens.viz.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.loclens.viz.Figure;
import org.loclens.viz.draw.ColorBar;
import org.loclens.viz.draw.ColorRamp;
import org.loclens.viz.draw.Colors;
import org.loclens.viz.draw.Fonts;
import org.loclens.viz.draw.GraphicsState;
import org.loclens.viz.draw.Labels;
import org.loclens.viz.draw.Text;
import org.loclens.viz.draw.Ticks;

/**
 * Confusion matrix with true classes as rows and predicted classes as columns, as in Table 2 of
 * Sønderby et al. 2015.
 *
 * <p>Each cell prints its count; its shade is the count divided by the row total, i.e. the
 * fraction of proteins of that true class predicted as the column's class (Paul Tol's YlOrBr ramp,
 * white text on dark cells). The diagonal is outlined. Two columns on the right give the number of
 * proteins per true class and the per-class accuracy (recall, the diagonal over the row total); the
 * footer gives the overall accuracy and N.
 */
public final class ConfusionMatrixFigure implements Figure {

    private static final double PAD = 6;
    private static final double LABEL_ANGLE = -Math.PI / 4;
    private static final ColorRamp RAMP = ColorRamp.YL_OR_BR;
    private static final Color EMPTY_ROW = new Color(0xF2F2F2);
    private static final Color RECALL_BAR = new Color(0xDDDDDD);

    private final List<String> classes;
    private final int[][] counts;

    /**
     * @param classes class identifiers in matrix order (underscores print as spaces)
     * @param counts  {@code counts[t][p]} = proteins of true class t predicted as p; square,
     *                non-negative, one row per class
     */
    public ConfusionMatrixFigure(List<String> classes, int[][] counts) {
        this.classes = List.copyOf(classes);
        int n = this.classes.size();
        if (n == 0 || counts.length != n) {
            throw new IllegalArgumentException("Need one row of counts per class: " + n + " classes, "
                    + counts.length + " rows");
        }
        this.counts = new int[n][];
        for (int i = 0; i < n; i++) {
            if (counts[i].length != n) {
                throw new IllegalArgumentException("Row " + i + " has " + counts[i].length + " counts, expected " + n);
            }
            for (int c : counts[i]) {
                if (c < 0) {
                    throw new IllegalArgumentException("Counts must not be negative: " + c);
                }
            }
            this.counts[i] = counts[i].clone();
        }
    }

    /** Returns the number of proteins counted. */
    public int total() {
        int sum = 0;
        for (int[] row : counts) {
            for (int c : row) {
                sum += c;
            }
        }
        return sum;
    }

    /** Returns the overall accuracy (trace over total), NaN for an empty matrix. */
    public double accuracy() {
        int correct = 0;
        for (int i = 0; i < counts.length; i++) {
            correct += counts[i][i];
        }
        int total = total();
        return total == 0 ? Double.NaN : (double) correct / total;
    }

    /** Returns the recall of true class {@code c}, NaN if the class has no proteins. */
    public double recall(int c) {
        int row = rowTotal(c);
        return row == 0 ? Double.NaN : (double) counts[c][c] / row;
    }

    @Override
    public String title() {
        return "Confusion matrix";
    }

    @Override
    public Dimension preferredSize() {
        return new Dimension(482, 430);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        try (GraphicsState saved = GraphicsState.save(g)) {
            paint(g, area);
        }
    }

    private void paint(Graphics2D g, Rectangle2D area) {
        int n = classes.size();
        List<String> names = Labels.classNames(classes);
        Rectangle2D inner = new Rectangle2D.Double(area.getX() + PAD, area.getY() + PAD,
                area.getWidth() - 2 * PAD, area.getHeight() - 2 * PAD);
        double top = inner.getY() + Text.title(g, title(), inner);

        double cos = Math.cos(-LABEL_ANGLE);
        double labelH = Text.height(Fonts.LABEL);
        double axisTitleW = labelH + 3;
        double rowLabelW = Text.maxWidth(Fonts.LABEL, names) + 5;
        double nColW = Math.max(Text.width(Fonts.SMALL, String.format(Locale.ROOT, "%,d", maxRowTotal())),
                Text.width(Fonts.SMALL, "n")) + 8;
        double recallColW = Text.width(Fonts.SMALL, "100.0%") + 8;
        double headerH = (Text.maxWidth(Fonts.LABEL, names) + labelH) * cos + 4;
        double predictedTitleH = labelH + 2;
        double footerH = labelH + 26;

        double availH = inner.getMaxY() - top - predictedTitleH - headerH - footerH;
        double fixedW = axisTitleW + rowLabelW + nColW + recallColW;
        double cell = Math.min((inner.getWidth() - fixedW) / n, availH / n);
        // The last rotated column label may reach past the right-hand columns: shrink to fit.
        for (int pass = 0; pass < 2; pass++) {
            double overflow = rotatedOverflow(names, cell, nColW + recallColW, cos);
            cell = Math.min((inner.getWidth() - fixedW - overflow) / n, availH / n);
        }
        cell = Math.max(4, Math.min(cell, 48));
        double overflow = rotatedOverflow(names, cell, nColW + recallColW, cos);
        double totalW = fixedW + n * cell + overflow;
        double x0 = inner.getX() + Math.max(0, (inner.getWidth() - totalW) / 2);
        double mLeft = x0 + axisTitleW + rowLabelW;
        double mTop = top + predictedTitleH + headerH;
        double mRight = mLeft + n * cell;
        double mBottom = mTop + n * cell;

        // Axis titles.
        g.setPaint(Colors.INK);
        Text.draw(g, Fonts.LABEL_BOLD, "Predicted location", (mLeft + mRight) / 2, top, Text.HAlign.CENTER, Text.VAlign.TOP);
        Text.drawRotated(g, Fonts.LABEL_BOLD, "True location", x0, (mTop + mBottom) / 2, -Math.PI / 2,
                Text.HAlign.CENTER, Text.VAlign.TOP);

        // Class labels: rows right-aligned, columns rotated 45 degrees from each column's centre.
        for (int i = 0; i < n; i++) {
            g.setPaint(Colors.INK);
            Text.draw(g, Fonts.LABEL, names.get(i), mLeft - 4, mTop + (i + 0.5) * cell, Text.HAlign.RIGHT, Text.VAlign.MIDDLE);
            Text.drawRotated(g, Fonts.LABEL, names.get(i), mLeft + (i + 0.5) * cell, mTop - 3, LABEL_ANGLE,
                    Text.HAlign.LEFT, Text.VAlign.MIDDLE);
        }

        // Cells.
        Font cellFont = Fonts.sans(Font.PLAIN, Math.min(8, cell * 0.34));
        for (int i = 0; i < n; i++) {
            int rowTotal = rowTotal(i);
            for (int j = 0; j < n; j++) {
                Rectangle2D r = new Rectangle2D.Double(mLeft + j * cell, mTop + i * cell, cell, cell);
                Color fill = rowTotal == 0 ? EMPTY_ROW : RAMP.at((double) counts[i][j] / rowTotal);
                g.setPaint(fill);
                g.fill(r);
                g.setPaint(counts[i][j] == 0 ? Colors.MUTED : Colors.textOn(fill));
                Text.draw(g, cellFont, Integer.toString(counts[i][j]), r.getCenterX(), r.getCenterY(),
                        Text.HAlign.CENTER, Text.VAlign.MIDDLE);
            }
        }
        g.setStroke(new BasicStroke(0.4f));
        g.setPaint(Colors.FRAME);
        g.draw(new Rectangle2D.Double(mLeft, mTop, n * cell, n * cell));
        g.setStroke(new BasicStroke(1.0f));
        g.setPaint(Colors.INK);
        for (int i = 0; i < n; i++) {
            g.draw(new Rectangle2D.Double(mLeft + i * cell + 0.5, mTop + i * cell + 0.5, cell - 1, cell - 1));
        }

        // Right-hand columns: proteins per true class and recall with a bar behind it.
        double nCenter = mRight + nColW / 2;
        double recallLeft = mRight + nColW;
        g.setPaint(Colors.INK);
        Text.draw(g, Fonts.SMALL_BOLD, "n", nCenter, mTop - 3, Text.HAlign.CENTER, Text.VAlign.BOTTOM);
        Text.draw(g, Fonts.SMALL_BOLD, "recall", recallLeft + recallColW / 2, mTop - 3, Text.HAlign.CENTER, Text.VAlign.BOTTOM);
        for (int i = 0; i < n; i++) {
            double cy = mTop + (i + 0.5) * cell;
            g.setPaint(Colors.INK);
            Text.draw(g, Fonts.SMALL, String.format(Locale.ROOT, "%,d", rowTotal(i)), mRight + nColW - 4, cy,
                    Text.HAlign.RIGHT, Text.VAlign.MIDDLE);
            double recall = recall(i);
            if (!Double.isNaN(recall)) {
                g.setPaint(RECALL_BAR);
                g.fill(new Rectangle2D.Double(recallLeft + 2, mTop + i * cell + cell * 0.2,
                        (recallColW - 4) * recall, cell * 0.6));
            }
            g.setPaint(Colors.INK);
            Text.draw(g, Fonts.SMALL, percent(recall), recallLeft + recallColW - 3, cy, Text.HAlign.RIGHT, Text.VAlign.MIDDLE);
        }

        // Footer: overall accuracy and N on the left, the shading legend on the right.
        double footerTop = mBottom + 8;
        g.setPaint(Colors.INK);
        int correct = 0;
        for (int i = 0; i < n; i++) {
            correct += counts[i][i];
        }
        String summary = String.format(Locale.ROOT, "Accuracy %s (%,d of N = %,d proteins)",
                percent(accuracy()), correct, total());
        Text.draw(g, Fonts.LABEL, summary, mLeft - rowLabelW, footerTop, Text.HAlign.LEFT, Text.VAlign.TOP);
        double barW = Math.min(90, n * cell * 0.4);
        Rectangle2D bar = new Rectangle2D.Double(mRight + nColW + recallColW - barW - 4,
                footerTop + labelH + 3, barW, 6);
        ColorBar.horizontal(g, RAMP, bar, 0, 1, Ticks.linear(0, 1, 2), "shade: fraction of true class");
    }

    private double rotatedOverflow(List<String> names, double cell, double rightColumns, double cos) {
        double overflow = 0;
        int n = names.size();
        for (int j = 0; j < n; j++) {
            double reach = (n - j - 0.5) * cell + rightColumns;
            overflow = Math.max(overflow, Text.width(Fonts.LABEL, names.get(j)) * cos
                    + Text.height(Fonts.LABEL) / 2 - reach);
        }
        return overflow;
    }

    private int rowTotal(int i) {
        int sum = 0;
        for (int c : counts[i]) {
            sum += c;
        }
        return sum;
    }

    private int maxRowTotal() {
        int max = 0;
        for (int i = 0; i < counts.length; i++) {
            max = Math.max(max, rowTotal(i));
        }
        return max;
    }

    private static String percent(double fraction) {
        return Double.isNaN(fraction) ? "\u2013" : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    /** Returns the class identifiers, in matrix order. */
    public List<String> classes() {
        return classes;
    }

    /** Returns a copy of the counts. */
    public int[][] counts() {
        List<int[]> rows = new ArrayList<>();
        for (int[] row : counts) {
            rows.add(row.clone());
        }
        return rows.toArray(new int[0][]);
    }
}
