package org.loclens.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.loclens.model.io.BundledModels;
import org.loclens.model.io.ModelFile;
import org.loclens.model.io.TrainedModel;

/** Resolves {@code --model} options: none = the bundled default; several = an ensemble. */
final class ModelArgs {

    private ModelArgs() {
    }

    static List<TrainedModel> load(List<Path> paths) {
        if (paths == null || paths.isEmpty()) {
            return BundledModels.loadDefault();
        }
        List<TrainedModel> models = new ArrayList<>();
        for (Path p : paths) {
            models.add(ModelFile.load(p));
        }
        return models;
    }

    static String describe(List<TrainedModel> models) {
        return models.size() == 1 ? models.get(0).displayName()
                : "ensemble of " + models.stream().map(TrainedModel::displayName).toList();
    }
}
