package org.loclens.viz.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loclens.viz.Fixtures;

class LogoLayoutTest {

    private static final String AA = "ACDEFGHIKLMNPQRSTVWY";

    @Test
    void residueAFilterFavoursIsTheTallestLetterOnTopOfItsColumn() {
        double[][] w = new double[3][20];
        for (double[] row : w) {
            java.util.Arrays.fill(row, 0.05);
        }
        w[1][AA.indexOf('W')] = 2.0;
        LogoLayout.Column column = LogoLayout.of(w).columns().get(1);
        LogoLayout.LetterBox top = column.topLetter().orElseThrow();
        assertEquals('W', top.residue());
        for (LogoLayout.LetterBox box : column.letters()) {
            assertTrue(box.height() <= top.height(), box + " is taller than the top letter");
        }
        assertEquals(column.height(), top.top(), 1e-12, "the top letter closes the column");
    }

    @Test
    void highestColumnIsOneAndColumnHeightsAreRelativePositiveSums() {
        double[][] w = new double[4][20];
        w[0][AA.indexOf('L')] = 1.0;
        w[0][AA.indexOf('I')] = 1.0;   // sum 2: the highest column
        w[1][AA.indexOf('K')] = 0.5;   // sum 0.5
        w[2][AA.indexOf('D')] = -3.0;  // negative only: clipped to nothing
        w[3][AA.indexOf('A')] = 1.0;
        w[3][AA.indexOf('E')] = -1.0;  // the negative weight does not reduce A's column
        LogoLayout layout = LogoLayout.of(w);
        assertEquals(2.0, layout.scale(), 1e-12);
        assertEquals(List.of(1.0, 0.25, 0.0, 0.5),
                layout.columns().stream().map(LogoLayout.Column::height).toList());
        assertTrue(layout.columns().get(2).letters().isEmpty());
        LogoLayout.Column first = layout.columns().get(0);
        assertEquals(0.5, first.letters().get(0).height(), 1e-12, "letter height = h_p * w+/S_p");
    }

    @Test
    void lettersAreStackedSmallestFirstWithoutGapsAndTiesKeepAlphabetOrder() {
        double[][] w = new double[1][20];
        w[0][AA.indexOf('V')] = 0.3;
        w[0][AA.indexOf('C')] = 0.1;
        w[0][AA.indexOf('G')] = 0.3;
        List<LogoLayout.LetterBox> letters = LogoLayout.of(w).columns().get(0).letters();
        assertEquals("CGV", letters.stream().map(b -> String.valueOf(b.residue())).reduce("", String::concat));
        double y = 0;
        for (LogoLayout.LetterBox b : letters) {
            assertEquals(y, b.bottom(), 1e-12);
            y = b.top();
        }
        assertEquals(1.0, y, 1e-12);
    }

    @Test
    void filterWithoutPositiveWeightsHasAnEmptyLayout() {
        double[][] w = new double[2][20];
        java.util.Arrays.fill(w[0], -0.2);
        LogoLayout layout = LogoLayout.of(w);
        assertTrue(layout.isEmpty());
        assertTrue(layout.columns().stream().allMatch(c -> c.letters().isEmpty() && c.height() == 0));
    }

    @Test
    void hydrophobicFilterPutsHydrophobicResiduesOnTop() {
        LogoLayout layout = LogoLayout.of(Fixtures.hydrophobicFilter());
        long hydrophobicTops = layout.columns().stream()
                .filter(c -> c.height() > 0.5)
                .map(c -> c.topLetter().orElseThrow().residue())
                .filter(r -> "LIVFAM".indexOf(r) >= 0)
                .count();
        assertEquals(layout.columns().stream().filter(c -> c.height() > 0.5).count(), hydrophobicTops);
    }

    @Test
    void weightsOfTheWrongAlphabetSizeAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LogoLayout.of(new double[][] {new double[19]}));
        assertThrows(IllegalArgumentException.class, () -> new FilterLogo("x", new double[0][]));
    }

    @Test
    void galleryOrdersFiltersByWidthKeepingTheirOrderWithinAWidth() {
        FilterLogoGallery gallery = new FilterLogoGallery(Fixtures.filterLogos());
        List<FilterLogo> logos = gallery.logos();
        assertEquals(60, logos.size());
        for (int i = 1; i < logos.size(); i++) {
            assertTrue(logos.get(i - 1).width() <= logos.get(i).width());
        }
        assertEquals("w=1 #1", logos.get(0).title());
        assertEquals("w=1 #2", logos.get(1).title());
        assertEquals("w=21 #10", logos.get(59).title());
    }
}
