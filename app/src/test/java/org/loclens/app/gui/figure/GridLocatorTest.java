package org.loclens.app.gui.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridLocatorTest {

    @Test
    void findsTheElevenByElevenCellsAmongOtherFillsAndMapsPointsToRowAndColumn() {
        List<Rectangle2D> fills = new ArrayList<>();
        fills.add(new Rectangle2D.Double(0, 0, 800, 600)); // background
        for (int r = 0; r < 11; r++) {
            for (int c = 0; c < 11; c++) {
                fills.add(new Rectangle2D.Double(100 + c * 30.5, 80 + r * 30.5, 30.5, 30.5));
            }
            fills.add(new Rectangle2D.Double(500, 80 + r * 30.5, 40, 18)); // recall bars
        }
        fills.add(new Rectangle2D.Double(500, 450, 30.5, 30.5)); // a lone square of the same size elsewhere
        Collections.shuffle(fills, new java.util.Random(1));

        GridLocator grid = GridLocator.find(fills.subList(0, fills.size()), 11);
        assertNull(grid, "122 squares of cell size are not an 11 x 11 grid");

        fills.removeIf(r -> r.getX() == 500 && r.getY() == 450);
        grid = GridLocator.find(fills, 11);
        assertNotNull(grid);
        assertArrayEquals(new int[] {0, 0}, grid.cellAt(101, 81));
        assertArrayEquals(new int[] {3, 7}, grid.cellAt(100 + 7.5 * 30.5, 80 + 3.2 * 30.5));
        assertArrayEquals(new int[] {10, 10}, grid.cellAt(100 + 11 * 30.5 - 0.1, 80 + 11 * 30.5 - 0.1));
        assertNull(grid.cellAt(99, 100));
        assertNull(grid.cellAt(100 + 11 * 30.5 + 1, 100));
    }
}
