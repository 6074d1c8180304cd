package org.loclens.app.gui.figure;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import org.jfree.fx.FXGraphics2D;

/**
 * FXGraphics2D that also remembers where rectangles were filled, in canvas pixels, so views can find what
 * lies under the pointer (e.g. confusion-matrix cells) from the drawing itself, not a copy of its layout.
 */
final class RecordingGraphics extends FXGraphics2D {

    private final List<Rectangle2D> filled = new ArrayList<>();

    RecordingGraphics(GraphicsContext gc) {
        super(gc);
    }

    @Override
    public void fill(Shape s) {
        if (s instanceof Rectangle2D r) {
            filled.add(getTransform().createTransformedShape(r).getBounds2D());
        }
        super.fill(s);
    }

    List<Rectangle2D> filled() {
        return filled;
    }
}
