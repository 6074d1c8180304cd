package org.loclens.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.loclens.viz.draw.Labels;
import org.loclens.viz.figures.AttentionHeatmapFigure;
import org.loclens.viz.figures.AttentionTrackFigure;
import org.loclens.viz.figures.ConfusionMatrixFigure;
import org.loclens.viz.figures.FilterLogoFigure;
import org.loclens.viz.figures.FilterLogoGallery;
import org.loclens.viz.figures.TrainingCurvesFigure;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** SVG output is well-formed XML of the figure's size and holds the elements the figure promises. */
class SvgExportTest {

    static Stream<Arguments> figures() {
        return Gallery.figures().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void svgParsesAsXmlInPointsOfThePreferredSize(String name, Figure figure, @TempDir Path dir) throws Exception {
        Path file = dir.resolve(name + ".svg");
        FigureExporter.writeSvg(figure, file);
        Element svg = parse(Files.readString(file)).getDocumentElement();
        assertEquals("svg", svg.getLocalName());
        assertEquals(figure.preferredSize().width, Double.parseDouble(svg.getAttribute("width").replace("pt", "")));
        assertEquals(figure.preferredSize().height, Double.parseDouble(svg.getAttribute("height").replace("pt", "")));
        double[] viewBox = Arrays.stream(svg.getAttribute("viewBox").trim().split("[ ,]+"))
                .mapToDouble(Double::parseDouble).toArray();
        assertEquals(figure.preferredSize().width, viewBox[2]);
        assertTrue(texts(svg).contains(figure.title()) || name.startsWith("filter-logo-gallery"),
                "the title is kept as <text>");
    }

    @Test
    void confusionMatrixHasOneTextPerClassLabelOnEachAxis() throws Exception {
        Element svg = svgOf(new ConfusionMatrixFigure(Fixtures.CLASSES, Fixtures.confusion()));
        List<String> texts = texts(svg);
        for (String label : Labels.classNames(Fixtures.CLASSES)) {
            assertEquals(2, texts.stream().filter(label::equals).count(), "row and column label '" + label + "'");
        }
    }

    @Test
    void heatmapHasOneGroupOfCellsPerClassWithEqualColumnsMerged() throws Exception {
        int n = Fixtures.CLASSES.size();
        double[][] attention = new double[n][1000];
        for (int c = 0; c < n; c++) {
            // Class c: zero on the first c*50 positions, then constant: one or two runs of colour.
            for (int i = c * 50; i < 1000; i++) {
                attention[c][i] = 0.002;
            }
        }
        Element svg = svgOf(new AttentionHeatmapFigure(Fixtures.CLASSES, attention, Fixtures.CLASS_SIZES));
        List<Element> bands = groupsWithIdPrefix(svg, "band-");
        assertEquals(n, bands.size());
        for (int c = 0; c < n; c++) {
            assertEquals(c == 0 ? 1 : 2, bands.get(c).getElementsByTagNameNS("*", "rect").getLength(),
                    "cell rectangles of band " + c);
        }
    }

    @Test
    void logoLettersArePathsNotText() throws Exception {
        double[][] weights = new double[3][20];
        weights[0]["ACDEFGHIKLMNPQRSTVWY".indexOf('L')] = 1.0;
        weights[1]["ACDEFGHIKLMNPQRSTVWY".indexOf('K')] = 0.5;
        weights[1]["ACDEFGHIKLMNPQRSTVWY".indexOf('R')] = 0.25;
        weights[2]["ACDEFGHIKLMNPQRSTVWY".indexOf('D')] = -1.0; // clipped: no letter
        Element svg = svgOf(new FilterLogoFigure("test", weights));
        Element letters = groupsWithIdPrefix(svg, "logo-letters").get(0);
        assertEquals(3, letters.getElementsByTagNameNS("*", "path").getLength());
        assertEquals(0, letters.getElementsByTagNameNS("*", "text").getLength());
        List<String> texts = texts(svg);
        assertFalse(texts.contains("L") || texts.contains("K"), "letters are outlines, not text");
    }

    @Test
    void logoGalleryHasOneGroupPerFilter() throws Exception {
        Element svg = svgOf(new FilterLogoGallery(Fixtures.filterLogos()));
        assertEquals(60, groupsWithIdPrefix(svg, "logo-").size());
    }

    @Test
    void trainingCurvesOfARunWithoutValidationSayWhyTheAccuracyPanelIsEmpty() throws Exception {
        double nan = Double.NaN;
        List<String> texts = texts(svgOf(new TrainingCurvesFigure(new double[] {2.0, 1.4, 1.1}, new double[] {nan, nan, nan},
                new double[] {nan, nan, nan}, new double[] {nan, nan, nan})));
        assertTrue(texts.contains("not measured: no validation part"), texts.toString());
        assertFalse(texts.contains("no epochs yet"), texts.toString());
        assertTrue(texts(svgOf(new TrainingCurvesFigure(null, null, null, null))).contains("no epochs yet"));
    }

    @Test
    void zoomedTrackPrintsOneLetterPerResidueAndTheFullTrackNone() throws Exception {
        AttentionTrackFigure full = new AttentionTrackFigure("P1", Fixtures.sequence(), Fixtures.attention());
        long singleLettersFull = texts(svgOf(full)).stream().filter(t -> t.matches("[A-Z]")).count();
        long singleLettersZoom = texts(svgOf(full.window(11, 70))).stream().filter(t -> t.matches("[A-Z]")).count();
        assertEquals(0, singleLettersFull);
        assertEquals(60, singleLettersZoom);
    }

    static Element svgOf(Figure figure) throws Exception {
        return parse(FigureExporter.toSvg(figure)).getDocumentElement();
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // No DTD is expected; refuse external entities all the same.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Element root) {
        NodeList nodes = root.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    static List<Element> groupsWithIdPrefix(Element root, String prefix) {
        NodeList nodes = root.getElementsByTagNameNS("*", "g");
        List<Element> groups = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && e.getAttribute("id").startsWith(prefix)) {
                groups.add(e);
            }
        }
        return groups;
    }
}
