package org.loclens.viz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Writes every gallery figure as PNG (300 dpi), SVG and PDF to {@code target/gallery/} for people
 * to look at, and checks the files exist.
 */
class FigureGalleryTest {

    @Test
    void writesEveryFigureInEveryFormatToTheGallery() throws Exception {
        Path folder = Path.of("target", "gallery");
        for (Map.Entry<String, Figure> e : Gallery.figures().entrySet()) {
            for (Path file : FigureExporter.writeAll(e.getValue(), folder, e.getKey(),
                    EnumSet.allOf(ExportFormat.class), FigureExporter.PRINT_DPI)) {
                assertTrue(Files.size(file) > 0, file + " is empty");
            }
        }
    }
}
