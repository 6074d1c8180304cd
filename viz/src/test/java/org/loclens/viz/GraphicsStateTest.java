package org.loclens.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Figures draw without side effects, so the app can paint more on the same canvas afterwards. */
class GraphicsStateTest {

    static Stream<Arguments> figures() {
        return Gallery.figures().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void drawLeavesPaintStrokeFontTransformAndClipAsFound(String name, Figure figure) {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.translate(10, 5);
            g.scale(0.5, 0.5);
            g.clip(new Rectangle2D.Double(0, 0, 500, 380));
            g.setPaint(Color.MAGENTA);
            BasicStroke stroke = new BasicStroke(3f);
            g.setStroke(stroke);
            Font font = new Font(Font.SERIF, Font.ITALIC, 13);
            g.setFont(font);
            AffineTransform transform = g.getTransform();
            Rectangle2D clip = g.getClip().getBounds2D();

            figure.draw(g, new Rectangle2D.Double(0, 0, 482, 360));

            assertEquals(Color.MAGENTA, g.getPaint());
            assertEquals(stroke, g.getStroke());
            assertEquals(font, g.getFont());
            assertEquals(transform, g.getTransform());
            assertEquals(clip, g.getClip().getBounds2D());
        } finally {
            g.dispose();
        }
    }
}
