package org.loclens.viz.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loclens.viz.Fixtures;
import org.loclens.viz.draw.Tick;

class AttentionFiguresTest {

    @Test
    void heatmapColumnsAreNTerminalOnTheLeftAndCTerminalOnTheRight() {
        assertEquals(1, AttentionHeatmapFigure.positionOf(0, 1000));
        assertEquals(500, AttentionHeatmapFigure.positionOf(499, 1000));
        assertEquals(-500, AttentionHeatmapFigure.positionOf(500, 1000));
        assertEquals(-1, AttentionHeatmapFigure.positionOf(999, 1000));
        for (int column = 0; column < 1000; column++) {
            assertEquals(column, AttentionHeatmapFigure.columnOf(AttentionHeatmapFigure.positionOf(column, 1000), 1000));
        }
    }

    @Test
    void heatmapTicksRunFromOneToMinusOne() {
        List<String> labels = AttentionHeatmapFigure.positionTicks(1000, 5).stream().map(Tick::label).toList();
        assertEquals(List.of("1", "100", "200", "300", "400", "\u2212400", "\u2212300", "\u2212200", "\u2212100", "\u22121"),
                labels);
        Tick last = AttentionHeatmapFigure.positionTicks(1000, 5).get(labels.size() - 1);
        assertEquals(999.5, last.value(), "centred on the last column");
    }

    @Test
    void heatmapRejectsRowsOfDifferentLengths() {
        double[][] rows = {new double[1000], new double[999]};
        assertThrows(IllegalArgumentException.class,
                () -> new AttentionHeatmapFigure(List.of("a", "b"), rows, new int[] {1, 1}));
    }

    @Test
    void peakWindowIsThePlantedSignalPeptidePeakAndSkipsTheCut() {
        AttentionTrackFigure track = new AttentionTrackFigure("P", Fixtures.sequence(), Fixtures.attention());
        Region peak = track.peakWindow().orElseThrow();
        assertEquals(AttentionTrackFigure.PEAK_WINDOW, peak.length());
        assertTrue(peak.start() >= 4 && peak.end() <= 20, "peak " + peak);

        double[] attention = new double[30];
        Arrays.fill(attention, 0.01);
        Arrays.fill(attention, 0, 12, Double.NaN);
        attention[25] = 0.5;
        String seq = "A".repeat(30);
        Region p = new AttentionTrackFigure("Q", seq, attention).peakWindow().orElseThrow();
        assertTrue(p.start() >= 13 && p.start() <= 26 && p.end() >= 26, "window over residue 26, after the cut: " + p);
    }

    @Test
    void trackMapsPointerPositionsToOriginalResidueNumbers() {
        AttentionTrackFigure zoom = new AttentionTrackFigure("P", Fixtures.sequence(), Fixtures.attention())
                .window(101, 160);
        Rectangle2D area = new Rectangle2D.Double(0, 0, 482, 210);
        assertEquals(-1, zoom.residueAt(area, 1));
        int previous = 0;
        for (double px = 60; px < 470; px += 3) {
            int r = zoom.residueAt(area, px);
            if (r > 0) {
                assertTrue(r >= 101 && r <= 160 && r >= previous, "residue " + r + " at " + px);
                previous = r;
            }
        }
        assertEquals(160, previous);
    }

    @Test
    void trackRejectsAWindowOutsideTheSequenceAndMismatchedAttention() {
        String seq = Fixtures.sequence();
        double[] a = Fixtures.attention();
        assertThrows(IllegalArgumentException.class, () -> new AttentionTrackFigure("P", seq, a, List.of(), 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new AttentionTrackFigure("P", seq, a, List.of(), 5, 1201));
        assertThrows(IllegalArgumentException.class, () -> new AttentionTrackFigure("P", "MK", new double[3]));
        assertThrows(IllegalArgumentException.class, () -> new Region(5, 4, "x"));
    }
}
