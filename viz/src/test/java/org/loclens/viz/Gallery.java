package org.loclens.viz;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.loclens.viz.figures.AttentionHeatmapFigure;
import org.loclens.viz.figures.AttentionTrackFigure;
import org.loclens.viz.figures.ConfusionMatrixFigure;
import org.loclens.viz.figures.FilterLogoFigure;
import org.loclens.viz.figures.FilterLogoGallery;
import org.loclens.viz.figures.PredictionBarsFigure;
import org.loclens.viz.figures.TrainingCurvesFigure;
import org.loclens.viz.figures.TsneScatterFigure;

/** Every figure drawn from {@link Fixtures}, by file name; shared by the gallery and reference tests. */
public final class Gallery {

    private Gallery() {
    }

    /** Returns the figures in a fixed order. */
    public static Map<String, Figure> figures() {
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put("confusion-matrix", new ConfusionMatrixFigure(Fixtures.CLASSES, Fixtures.confusion()));
        figures.put("attention-heatmap", new AttentionHeatmapFigure(Fixtures.CLASSES, Fixtures.meanAttention(),
                Fixtures.CLASS_SIZES, Fixtures.signalOverlays(), AttentionHeatmapFigure.Scaling.PER_CLASS));
        figures.put("attention-heatmap-global", new AttentionHeatmapFigure(Fixtures.CLASSES, Fixtures.meanAttention(),
                Fixtures.CLASS_SIZES, List.of(), AttentionHeatmapFigure.Scaling.GLOBAL));
        AttentionTrackFigure track = new AttentionTrackFigure("ALBU_DEMO", Fixtures.sequence(), Fixtures.attention(),
                Fixtures.regions());
        figures.put("attention-track", track);
        figures.put("attention-track-zoom", track.window(1, 80));
        figures.put("filter-logo", new FilterLogoFigure("w=15 #4 (hydrophobic stretch)", Fixtures.hydrophobicFilter()));
        figures.put("filter-logo-gallery", new FilterLogoGallery(Fixtures.filterLogos()));
        Fixtures.Embedding e = Fixtures.embedding();
        figures.put("tsne", new TsneScatterFigure(e.xy(), e.classIndex(), Fixtures.CLASSES,
                Set.of(5, 300, 700, 1000), e.ids()));
        double[][] h = Fixtures.trainingHistory();
        figures.put("training-curves", new TrainingCurvesFigure(h[0], h[1], h[2], h[3]));
        figures.put("training-curves-live", new TrainingCurvesFigure(Arrays.copyOf(h[0], 6), Arrays.copyOf(h[1], 5),
                Arrays.copyOf(h[2], 6), Arrays.copyOf(h[3], 5)));
        double[][] p = Fixtures.prediction();
        figures.put("prediction-bars", new PredictionBarsFigure("Q9UBX0", Fixtures.CLASSES, p[0], p[1]));
        return figures;
    }

    /** Writes the gallery to {@code viz/target/gallery} (run from the module folder). */
    public static void main(String[] args) throws Exception {
        new FigureGalleryTest().writesEveryFigureInEveryFormatToTheGallery();
    }
}
