package org.loclens.viz.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loclens.viz.FigureExporter;
import org.loclens.viz.Fixtures;

/** Training curves, prediction bars and the confusion matrix: numbers behind the pictures and edge cases. */
class ChartFiguresTest {

    private static final int TRAIN_BLUE = 0x4477AA;

    @Test
    void trainingCurvesOfOneEpochDrawThatEpochAsMarkers() {
        TrainingCurvesFigure one = new TrainingCurvesFigure(new double[] {1.2}, new double[] {1.3},
                new double[] {0.4}, new double[] {0.38});
        assertEquals(1, one.epochs());
        assertTrue(countPixels(FigureExporter.toImage(one, 4), TRAIN_BLUE) > 20, "training markers are drawn");
    }

    @Test
    void trainingCurvesAcceptLiveSeriesOfDifferentLengthsNullsAndNaN() {
        double nan = Double.NaN;
        TrainingCurvesFigure live = new TrainingCurvesFigure(new double[] {2, 1.5, 1.2}, new double[] {2.1, nan},
                new double[] {0.3, 0.5, 0.6}, new double[] {0.35, nan});
        assertEquals(3, live.epochs());
        assertEquals(1, live.bestValidationEpoch());
        FigureExporter.toImage(live, 1);

        TrainingCurvesFigure empty = new TrainingCurvesFigure(null, new double[0], null, null);
        assertEquals(0, empty.epochs());
        assertEquals(0, empty.bestValidationEpoch());
        FigureExporter.toImage(empty, 1);
    }

    @Test
    void bestValidationEpochSkipsNaN() {
        double[][] h = Fixtures.trainingHistory();
        TrainingCurvesFigure curves = new TrainingCurvesFigure(h[0], h[1], h[2], h[3]);
        int best = curves.bestValidationEpoch();
        assertTrue(Double.isFinite(h[3][best - 1]));
        for (double v : h[3]) {
            assertTrue(Double.isNaN(v) || v <= h[3][best - 1]);
        }
    }

    @Test
    void predictedClassIsTheHighestProbability() {
        double[][] p = Fixtures.prediction();
        PredictionBarsFigure bars = new PredictionBarsFigure("Q", Fixtures.CLASSES, p[0], p[1]);
        assertEquals(Fixtures.CLASSES.indexOf("nuclear"), bars.predictedClass());
        PredictionBarsFigure noSpread = new PredictionBarsFigure("Q", Fixtures.CLASSES, p[0], null);
        FigureExporter.toImage(noSpread, 1);
        assertThrows(IllegalArgumentException.class,
                () -> new PredictionBarsFigure("Q", Fixtures.CLASSES, new double[3], null));
    }

    @Test
    void confusionMatrixAccuracyAndRecallComeFromTheCounts() {
        ConfusionMatrixFigure m = new ConfusionMatrixFigure(List.of("a", "b"), new int[][] {{3, 1}, {0, 0}});
        assertEquals(4, m.total());
        assertEquals(0.75, m.accuracy(), 1e-12);
        assertEquals(0.75, m.recall(0), 1e-12);
        assertTrue(Double.isNaN(m.recall(1)), "a class without proteins has no recall");
        FigureExporter.toImage(m, 1);
        assertThrows(IllegalArgumentException.class,
                () -> new ConfusionMatrixFigure(List.of("a", "b"), new int[][] {{1, 2}}));
        assertThrows(IllegalArgumentException.class,
                () -> new ConfusionMatrixFigure(List.of("a"), new int[][] {{-1}}));
    }

    private static int countPixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
