package org.loclens.viz.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ticks, colour tables and text helpers shared by every figure. */
class DrawingVocabularyTest {

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(100, Ticks.niceStep(500, 5), 1e-9);
        assertEquals(0.2, Ticks.niceStep(1, 5), 1e-12);
        assertEquals(0.05, Ticks.niceStep(0.2, 4), 1e-12);
        assertEquals(20, Ticks.niceStep(119, 6), 1e-9);
    }

    @Test
    void niceRangeEndsOnTicks() {
        for (double[] r : new double[][] {{1.54, 1.93}, {0.3, 0.94}, {0.0004, 0.0161}, {-3.2, 7.7}}) {
            double[] range = Ticks.niceRange(r[0], r[1], 4);
            List<Tick> ticks = Ticks.linear(range[0], range[1], 4);
            assertEquals(range[0], ticks.get(0).value(), 1e-9, "lower end of " + r[0] + ".." + r[1]);
            assertEquals(range[1], ticks.get(ticks.size() - 1).value(), 1e-9, "upper end of " + r[0] + ".." + r[1]);
            assertTrue(range[0] <= r[0] && range[1] >= r[1]);
        }
    }

    @Test
    void tickLabelsUseAsManyDecimalsAsTheStepAndATypographicMinus() {
        assertEquals(List.of("0.000", "0.005", "0.010", "0.015", "0.020"),
                Ticks.linear(0, 0.02, 4).stream().map(Tick::label).toList());
        assertEquals("\u22120.5", Ticks.format(-0.5, 0.5));
        assertEquals("0", Ticks.format(-0.0, 1));
        assertEquals(List.of("100", "200", "300"), Ticks.integers(95, 310, 3).stream().map(Tick::label).toList());
    }

    @Test
    void classPaletteHasElevenDistinctColours() {
        assertEquals(11, ClassPalette.size());
        assertEquals(11, new HashSet<>(ClassPalette.colors()).size());
        assertEquals(ClassPalette.color(0), ClassPalette.color(11), "wraps around");
    }

    @Test
    void residueColoursFollowTheChemistryScheme() {
        for (char c : "GSTYC".toCharArray()) {
            assertEquals(new Color(0x008000), ResidueColors.of(c), "polar " + c);
        }
        for (char c : "QN".toCharArray()) {
            assertEquals(new Color(0x800080), ResidueColors.of(c), "neutral " + c);
        }
        for (char c : "KRH".toCharArray()) {
            assertEquals(new Color(0x0000FF), ResidueColors.of(c), "basic " + c);
        }
        for (char c : "DE".toCharArray()) {
            assertEquals(new Color(0xFF0000), ResidueColors.of(c), "acidic " + c);
        }
        for (char c : "AVLIPWFM".toCharArray()) {
            assertEquals(Color.BLACK, ResidueColors.of(c), "hydrophobic " + c);
        }
        assertEquals(ResidueColors.of('k'), ResidueColors.of('K'));
        assertEquals(new Color(0x999999), ResidueColors.of('X'));
    }

    @Test
    void cellTextTurnsWhiteOnDarkShades() {
        assertEquals(Colors.INK, Colors.textOn(ColorRamp.YL_OR_BR.at(0)));
        assertEquals(Colors.INK, Colors.textOn(ColorRamp.YL_OR_BR.at(0.4)));
        assertEquals(Color.WHITE, Colors.textOn(ColorRamp.YL_OR_BR.at(1)));
        assertEquals(ColorRamp.YL_OR_BR.bad(), ColorRamp.YL_OR_BR.at(Double.NaN));
    }

    @Test
    void rampGetsDarkerMonotonically() {
        double previous = 2;
        for (int i = 0; i <= 20; i++) {
            double l = Colors.luminance(ColorRamp.YL_OR_BR.at(i / 20.0));
            assertTrue(l < previous, "luminance at " + i / 20.0);
            previous = l;
        }
    }

    @Test
    void classIdentifiersPrintWithSpaces() {
        assertEquals("plasma membrane", Labels.className("plasma_membrane"));
        assertEquals("g-12-x", Groups.xmlId("12 x"));
        assertEquals("band-0-er", Groups.xmlId("band-0-ER"));
    }

    @Test
    void textFitsWithAnEllipsis() {
        String fitted = Text.fit(Fonts.LABEL, "plasma membrane", 40);
        assertTrue(fitted.endsWith("\u2026") && Text.width(Fonts.LABEL, fitted) <= 40, fitted);
        assertEquals("ER", Text.fit(Fonts.LABEL, "ER", 40));
    }
}
