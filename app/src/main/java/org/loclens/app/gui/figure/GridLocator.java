package org.loclens.app.gui.figure;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds an n x n grid of equal square cells among the rectangles a figure filled (the confusion matrix's
 * cells) and maps a point to its row and column. Works from what was drawn, so it follows any layout change
 * of the figure; empty when the drawing holds no such grid.
 */
public final class GridLocator {

    private final int n;
    private final double left;
    private final double top;
    private final double cell;

    private GridLocator(int n, double left, double top, double cell) {
        this.n = n;
        this.left = left;
        this.top = top;
        this.cell = cell;
    }

    /** The grid of {@code n * n} equal squares among {@code filled}, or null. */
    public static GridLocator find(List<Rectangle2D> filled, int n) {
        Map<Long, List<Rectangle2D>> bySize = new HashMap<>();
        for (Rectangle2D r : filled) {
            if (r.getWidth() > 2 && Math.abs(r.getWidth() - r.getHeight()) < 0.01 * r.getWidth()) {
                bySize.computeIfAbsent(Math.round(r.getWidth() * 100), k -> new ArrayList<>()).add(r);
            }
        }
        for (List<Rectangle2D> group : bySize.values()) {
            if (group.size() != n * n) {
                continue;
            }
            double minX = group.stream().mapToDouble(Rectangle2D::getMinX).min().orElse(0);
            double minY = group.stream().mapToDouble(Rectangle2D::getMinY).min().orElse(0);
            double c = group.get(0).getWidth();
            List<Rectangle2D> sorted = new ArrayList<>(group);
            sorted.sort(Comparator.comparingDouble(Rectangle2D::getMinY).thenComparingDouble(Rectangle2D::getMinX));
            boolean lattice = true;
            for (int i = 0; i < sorted.size() && lattice; i++) {
                Rectangle2D r = sorted.get(i);
                lattice = Math.abs(r.getMinX() - (minX + (i % n) * c)) < 0.5 && Math.abs(r.getMinY() - (minY + (i / n) * c)) < 0.5;
            }
            if (lattice) {
                return new GridLocator(n, minX, minY, c);
            }
        }
        return null;
    }

    /** {row, column} under (x, y), or null outside the grid. */
    public int[] cellAt(double x, double y) {
        int col = (int) Math.floor((x - left) / cell);
        int row = (int) Math.floor((y - top) / cell);
        if (x < left || y < top || col >= n || row >= n) {
            return null;
        }
        return new int[] {row, col};
    }

    /** The cell's rectangle in canvas pixels. */
    public Rectangle2D bounds(int row, int col) {
        return new Rectangle2D.Double(left + col * cell, top + row * cell, cell, cell);
    }
}
