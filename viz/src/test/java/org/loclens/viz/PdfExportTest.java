package org.loclens.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.loclens.viz.figures.ConfusionMatrixFigure;
import org.loclens.viz.figures.PredictionBarsFigure;

/** PDF output opens with PDFBox as one page of the figure's size, with embedded fonts and real text. */
class PdfExportTest {

    static Stream<Arguments> figures() {
        return Gallery.figures().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void pdfHasOnePageOfThePreferredSizeAndOnlyEmbeddedFonts(String name, Figure figure, @TempDir Path dir)
            throws IOException {
        Path file = dir.resolve(name + ".pdf");
        FigureExporter.writePdf(figure, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertEquals(figure.preferredSize().width, box.getWidth(), 1e-3);
            assertEquals(figure.preferredSize().height, box.getHeight(), 1e-3);
            assertEquals(figure.title(), pdf.getDocumentInformation().getTitle());
            assertAllFontsEmbedded(pdf.getPage(0).getResources());
        }
    }

    @Test
    void confusionMatrixTextCanBeExtracted(@TempDir Path dir) throws IOException {
        String text = extract(new ConfusionMatrixFigure(Fixtures.CLASSES, Fixtures.confusion()), dir);
        assertTrue(text.contains("plasma membrane"), text);
        assertTrue(text.contains("Accuracy 81.1%"), text);
        assertTrue(text.contains("Predicted location"), text);
    }

    @Test
    void predictionBarsTextCanBeExtracted(@TempDir Path dir) throws IOException {
        double[][] p = Fixtures.prediction();
        String text = extract(new PredictionBarsFigure("Q9UBX0", Fixtures.CLASSES, p[0], p[1]), dir);
        assertTrue(text.contains("Prediction for Q9UBX0"), text);
        assertTrue(text.contains("nuclear"), text);
        assertTrue(text.contains("0.71"), text);
    }

    private static String extract(Figure figure, Path dir) throws IOException {
        Path file = dir.resolve("figure.pdf");
        FigureExporter.writePdf(figure, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static void assertAllFontsEmbedded(PDResources resources) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                assertAllFontsEmbedded(form.getResources());
            }
        }
    }
}
