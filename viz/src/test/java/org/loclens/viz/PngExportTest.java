package org.loclens.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loclens.viz.figures.ConfusionMatrixFigure;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** PNG export: size and DPI follow the requested resolution; files are replaced atomically. */
class PngExportTest {

    private final Figure figure = new ConfusionMatrixFigure(Fixtures.CLASSES, Fixtures.confusion());

    @Test
    void pngAt300DpiIsPrintSizeTimes300Over72AndSays300Dpi(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("matrix.png");
        FigureExporter.writePng(figure, file, 300);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            BufferedImage image = reader.read(0);
            assertEquals((int) Math.ceil(figure.preferredSize().width * 300 / 72.0), image.getWidth());
            assertEquals((int) Math.ceil(figure.preferredSize().height * 300 / 72.0), image.getHeight());
            assertEquals(0xFFFFFFFF, image.getRGB(0, image.getHeight() - 1), "white background");
            IIOMetadata metadata = reader.getImageMetadata(0);
            Element root = (Element) metadata.getAsTree("javax_imageio_png_1.0");
            Element phys = (Element) root.getElementsByTagName("pHYs").item(0);
            assertEquals("11811", phys.getAttribute("pixelsPerUnitXAxis"));
            assertEquals("11811", phys.getAttribute("pixelsPerUnitYAxis"));
            assertEquals("meter", phys.getAttribute("unitSpecifier"));
            // The standard tree is what image programs read: millimetres per pixel.
            Node standard = metadata.getAsTree("javax_imageio_1.0");
            Element pixelSize = (Element) ((Element) standard).getElementsByTagName("HorizontalPixelSize").item(0);
            assertEquals(25.4 / 300, Double.parseDouble(pixelSize.getAttribute("value")), 1e-4);
        }
    }

    @Test
    void rejectsResolutionsOutsideOneTo2400Dpi(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> FigureExporter.writePng(figure, dir.resolve("a.png"), 0));
        assertThrows(IllegalArgumentException.class, () -> FigureExporter.writePng(figure, dir.resolve("a.png"), 2401));
    }

    @Test
    void exportReplacesAnExistingFileAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("figure.png");
        Files.writeString(file, "old content");
        FigureExporter.writePng(figure, file, 72);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(Files.readAllBytes(file), 4));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void writeAllWritesOneFilePerFormatInTheGivenOrder(@TempDir Path dir) throws IOException {
        List<Path> files = FigureExporter.writeAll(figure, dir.resolve("sub"), "cm",
                ExportFormat.parseList("svg,png,pdf"), 72);
        assertEquals(List.of(dir.resolve("sub/cm.svg"), dir.resolve("sub/cm.png"), dir.resolve("sub/cm.pdf")), files);
        for (Path f : files) {
            assertEquals(true, Files.size(f) > 100, f.toString());
        }
        assertEquals(EnumSet.allOf(ExportFormat.class).size(), files.size());
    }

    @Test
    void failedExportKeepsTheOldFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("figure.png");
        Files.writeString(file, "old content");
        Figure broken = new Figure() {
            @Override
            public void draw(java.awt.Graphics2D g, java.awt.geom.Rectangle2D area) {
                throw new IllegalStateException("boom");
            }

            @Override
            public java.awt.Dimension preferredSize() {
                return new java.awt.Dimension(10, 10);
            }

            @Override
            public String title() {
                return "broken";
            }
        };
        assertThrows(IllegalStateException.class, () -> FigureExporter.writePdf(broken, file));
        assertEquals("old content", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
