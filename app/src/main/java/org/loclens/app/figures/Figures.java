package org.loclens.app.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.loclens.model.analysis.AttentionProfiles;
import org.loclens.model.analysis.ConfusionMatrix;
import org.loclens.model.analysis.FilterLogos;
import org.loclens.model.data.Location;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.data.SignalAnnotation;
import org.loclens.model.io.EpochStats;
import org.loclens.model.predict.Prediction;
import org.loclens.viz.figures.AttentionHeatmapFigure;
import org.loclens.viz.figures.AttentionTrackFigure;
import org.loclens.viz.figures.ConfusionMatrixFigure;
import org.loclens.viz.figures.FilterLogo;
import org.loclens.viz.figures.FilterLogoGallery;
import org.loclens.viz.figures.PredictionBarsFigure;
import org.loclens.viz.figures.Region;
import org.loclens.viz.figures.SignalOverlay;
import org.loclens.viz.figures.TrainingCurvesFigure;
import org.loclens.viz.figures.TsneScatterFigure;

/**
 * Turns model results into viz figures: the one place where model records become drawing inputs, shared
 * by the {@code figures} command and the workbench views.
 */
public final class Figures {

    public static final List<String> CLASSES = Location.labels();

    private Figures() {
    }

    public static ConfusionMatrixFigure confusion(ConfusionMatrix cm) {
        return new ConfusionMatrixFigure(CLASSES, cm.countsCopy());
    }

    public static AttentionHeatmapFigure heatmap(AttentionProfiles profiles) {
        List<SignalOverlay> overlays = List.of(new SignalOverlay("mean annotated N-terminal signal (SP, cTP, mTP)",
                profiles.meanSignalLength()));
        return new AttentionHeatmapFigure(CLASSES, profiles.meanAttention(), profiles.proteinsPerClass(), overlays,
                AttentionHeatmapFigure.Scaling.PER_CLASS);
    }

    /** The attention track of one protein, with its MultiLoc annotation when it has one. */
    public static AttentionTrackFigure track(ProteinRecord protein, Prediction withAttention) {
        List<Region> regions = new ArrayList<>();
        protein.signal().ifPresent(s -> regions.add(region(s, protein.length())));
        return new AttentionTrackFigure(protein.id(), protein.sequence(), withAttention.attention(), regions);
    }

    static Region region(SignalAnnotation s, int length) {
        return new Region(Math.min(s.start(), length), Math.min(s.end(), length), s.type().label() + " (annotated)");
    }

    public static FilterLogoGallery logos(List<FilterLogos.Filter> filters) {
        List<FilterLogo> logos = filters.stream()
                .map(f -> new FilterLogo("w=" + f.width() + " #" + (f.index() + 1), f.weights())).toList();
        return new FilterLogoGallery(logos);
    }

    public static TsneScatterFigure tsne(double[][] xy, List<ProteinRecord> proteins, Set<Integer> highlighted) {
        int[] classIndex = proteins.stream().mapToInt(r -> r.location().map(Enum::ordinal).orElse(-1)).toArray();
        String[] ids = proteins.stream().map(ProteinRecord::id).toArray(String[]::new);
        return new TsneScatterFigure(xy, classIndex, CLASSES, highlighted, ids);
    }

    public static TrainingCurvesFigure curves(List<EpochStats> history) {
        return new TrainingCurvesFigure(
                history.stream().mapToDouble(EpochStats::trainLoss).toArray(),
                history.stream().mapToDouble(EpochStats::validationLoss).toArray(),
                history.stream().mapToDouble(EpochStats::trainAccuracy).toArray(),
                history.stream().mapToDouble(EpochStats::validationAccuracy).toArray());
    }

    public static PredictionBarsFigure bars(Prediction p) {
        return new PredictionBarsFigure(p.id(), CLASSES, p.probabilities(), p.spread());
    }
}
