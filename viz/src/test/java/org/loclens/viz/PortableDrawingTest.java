package org.loclens.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Figures call only the {@link Graphics2D} methods that FXGraphics2D (the app's canvas), JFreeSVG
 * and PDFBox graphics2d all implement faithfully: shapes, strings, colours and basic strokes,
 * transforms, clips and rendering hints. No images, composites, glyph vectors, font metrics or
 * {@code create()}.
 */
class PortableDrawingTest {

    static final Set<String> PORTABLE = Set.of(
            "draw(Shape)", "fill(Shape)", "drawString(String,float,float)",
            "setPaint(Paint)", "getPaint()", "setColor(Color)", "getColor()",
            "setStroke(Stroke)", "getStroke()", "setFont(Font)", "getFont()",
            "getTransform()", "setTransform(AffineTransform)", "translate(double,double)",
            "rotate(double)", "scale(double,double)",
            "clip(Shape)", "getClip()", "setClip(Shape)",
            "setRenderingHint(Key,Object)", "getRenderingHint(Key)");

    static Stream<Arguments> figures() {
        return Gallery.figures().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void figureUsesOnlyCallsEveryTargetSupports(String name, Figure figure) {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D target = image.createGraphics();
        Set<String> calls = RecordingGraphics2D.newLog();
        try {
            figure.draw(new RecordingGraphics2D(target, calls), new Rectangle2D.Double(0, 0, 482, 400));
        } finally {
            target.dispose();
        }
        assertTrue(calls.contains("fill(Shape)") && calls.contains("drawString(String,float,float)"),
                "the recorder sees the figure's calls: " + calls);
        Set<String> unsupported = new TreeSet<>(calls);
        unsupported.removeAll(PORTABLE);
        assertEquals(Set.of(), unsupported, name + " calls");
    }
}
