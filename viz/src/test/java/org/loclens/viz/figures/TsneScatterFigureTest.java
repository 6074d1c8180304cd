package org.loclens.viz.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.loclens.viz.Fixtures;

class TsneScatterFigureTest {

    private static final List<String> CLASSES = Fixtures.CLASSES;
    // Four corners and the centre of a square.
    private final double[][] xy = {{0, 0}, {10, 0}, {0, 10}, {10, 10}, {5, 5}, {Double.NaN, 1}};
    private final TsneScatterFigure figure = new TsneScatterFigure(xy, new int[] {0, 1, 2, 3, 4, 5}, CLASSES,
            Set.of(4), null);
    private final Rectangle2D area = new Rectangle2D.Double(20, 30, 482, 360);

    @Test
    void hitTestFindsThePointDrawnUnderTheCursor() {
        for (int i = 0; i < 5; i++) {
            Point2D p = figure.position(area, i);
            assertEquals(i, figure.hitTest(area, p.getX() + 1, p.getY() - 1, 3), "point " + i);
        }
    }

    @Test
    void hitTestReturnsMinusOneAwayFromEveryPointAndSkipsNaN() {
        Point2D a = figure.position(area, 0);
        Point2D b = figure.position(area, 4);
        assertEquals(-1, figure.hitTest(area, (a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2, 3));
        assertEquals(-1, figure.hitTest(area, -1000, -1000, 50));
        assertEquals(null, figure.position(area, 5));
    }

    @Test
    void hitTestPicksTheNearestOfSeveralWithinTheRadius() {
        Point2D centre = figure.position(area, 4);
        Point2D corner = figure.position(area, 3);
        double px = centre.getX() + (corner.getX() - centre.getX()) * 0.4;
        double py = centre.getY() + (corner.getY() - centre.getY()) * 0.4;
        assertEquals(4, figure.hitTest(area, px, py, 1e6));
    }

    @Test
    void boxSelectionReturnsThePointsDrawnInsideIt() {
        Point2D lowerLeft = figure.position(area, 0);
        Point2D centre = figure.position(area, 4);
        Rectangle2D box = new Rectangle2D.Double();
        box.setFrameFromDiagonal(lowerLeft.getX() - 2, lowerLeft.getY() + 2, centre.getX() + 2, centre.getY() - 2);
        assertEquals(List.of(0, 4), figure.pointsInside(area, box));
    }

    @Test
    void lassoSelectionReturnsThePointsInsideThePolygon() {
        // A triangle around the left edge's two corners and the centre.
        Point2D a = figure.position(area, 0);
        Point2D c = figure.position(area, 2);
        Point2D m = figure.position(area, 4);
        Path2D.Double lasso = new Path2D.Double();
        lasso.moveTo(a.getX() - 5, a.getY() + 5);
        lasso.lineTo(c.getX() - 5, c.getY() - 5);
        lasso.lineTo(m.getX() + 5, m.getY());
        lasso.closePath();
        assertEquals(List.of(0, 2, 4), figure.pointsInside(area, lasso));
    }

    @Test
    void bothAxesShareOneScaleAndYPointsUp() {
        AffineTransform t = figure.dataToArea(area);
        assertEquals(t.getScaleX(), -t.getScaleY(), 1e-9);
        Point2D bottom = figure.position(area, 0);
        Point2D top = figure.position(area, 2);
        assertEquals(true, top.getY() < bottom.getY());
    }

    @Test
    void mappingDependsOnTheAreaSoHitTestingFollowsResizing() {
        Rectangle2D small = new Rectangle2D.Double(0, 0, 200, 150);
        Point2D p = figure.position(small, 3);
        assertEquals(3, figure.hitTest(small, p.getX(), p.getY(), 1));
        assertEquals(-1, figure.hitTest(area, p.getX(), p.getY(), 1));
    }
}
