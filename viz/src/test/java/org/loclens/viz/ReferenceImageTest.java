package org.loclens.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every gallery figure at 72 dpi and compares it with the reference PNG in
 * {@code src/test/resources/reference/}.
 *
 * <p>The metric is the mean absolute difference over all RGB channels, as a fraction of 255, and
 * must stay under 2 %: a moved label, lost band or wrong colour costs far more, while another
 * FreeType version or antialiasing detail costs a fraction of a percent. To accept new pictures
 * on purpose, run {@code mvn -q -f viz/pom.xml test -Dtest=ReferenceImageTest
 * -Dviz.updateReferences=true}, look at them and commit them.
 */
class ReferenceImageTest {

    /** Largest accepted mean absolute channel difference. */
    static final double TOLERANCE = 0.02;

    private static final Path SOURCE = Path.of("src", "test", "resources", "reference");
    private static final Path FAILURES = Path.of("target", "reference-failures");

    static Stream<Arguments> figures() {
        return Gallery.figures().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void figureLooksLikeItsReferenceImage(String name, Figure figure) throws IOException {
        BufferedImage actual = FigureExporter.toImage(figure, 1.0);
        if (Boolean.getBoolean("viz.updateReferences")) {
            Files.createDirectories(SOURCE);
            ImageIO.write(actual, "png", SOURCE.resolve(name + ".png").toFile());
            return;
        }
        BufferedImage expected = reference(name);
        assertTrue(expected != null, "No reference image for " + name
                + "; create it with -Dviz.updateReferences=true");
        assertEquals(expected.getWidth() + "x" + expected.getHeight(), actual.getWidth() + "x" + actual.getHeight(),
                "image size of " + name);
        double difference = meanAbsoluteDifference(expected, actual);
        if (difference >= TOLERANCE) {
            Files.createDirectories(FAILURES);
            ImageIO.write(actual, "png", FAILURES.resolve(name + "-actual.png").toFile());
        }
        assertTrue(difference < TOLERANCE, String.format(Locale.ROOT,
                "%s differs from its reference by %.2f%% (limit %.0f%%); see %s", name, 100 * difference,
                100 * TOLERANCE, FAILURES.resolve(name + "-actual.png")));
    }

    @org.junit.jupiter.api.Test
    void metricSeesAMovedLabelButNotAnIdenticalImage() {
        assumeFalse(Boolean.getBoolean("viz.updateReferences"));
        Map<String, Figure> figures = Gallery.figures();
        BufferedImage a = FigureExporter.toImage(figures.get("confusion-matrix"), 1.0);
        BufferedImage b = FigureExporter.toImage(figures.get("confusion-matrix"), 1.0);
        assertEquals(0.0, meanAbsoluteDifference(a, b));
        BufferedImage c = FigureExporter.toImage(figures.get("prediction-bars"), 1.0);
        BufferedImage cropped = FigureExporter.toImage(figures.get("confusion-matrix"), 1.0)
                .getSubimage(0, 0, c.getWidth(), c.getHeight());
        assertTrue(meanAbsoluteDifference(cropped, c) > TOLERANCE, "different figures must fail the metric");
    }

    /** Mean over pixels and RGB channels of |expected − actual| / 255. */
    static double meanAbsoluteDifference(BufferedImage expected, BufferedImage actual) {
        long sum = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int e = expected.getRGB(x, y);
                int a = actual.getRGB(x, y);
                sum += Math.abs(((e >> 16) & 0xFF) - ((a >> 16) & 0xFF))
                        + Math.abs(((e >> 8) & 0xFF) - ((a >> 8) & 0xFF))
                        + Math.abs((e & 0xFF) - (a & 0xFF));
            }
        }
        return sum / (3.0 * 255 * expected.getWidth() * expected.getHeight());
    }

    private static BufferedImage reference(String name) throws IOException {
        try (InputStream in = ReferenceImageTest.class.getResourceAsStream("/reference/" + name + ".png")) {
            return in == null ? null : ImageIO.read(in);
        }
    }
}
