package org.loclens.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.io.ModelFile;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.train.TrainingOptions;
import org.loclens.model.train.Trainer;
import org.loclens.model.train.WeightAveraging;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "average", mixinStandardHelpOptions = true,
        description = "Average the weights of checkpoints of one training run (e.g. its last epochs) into one model. "
                + "Prints the validation loss and accuracy of every input and of the average, on the run's own "
                + "validation part (none for a run trained with --validation 0); the test proteins are not used.")
public final class AverageCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "MODEL", description = "Model files (checkpoints of one run).")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Averaged model to write (atomically).")
    Path out;

    @Option(names = "--data", defaultValue = "multiloc-train", description = "The data the run trained on: "
            + DataArgs.HELP + " (default: ${DEFAULT-VALUE}).")
    String data;

    @Option(names = "--validation", defaultValue = "" + TrainingOptions.DEFAULT_VALIDATION_FRACTION, description = "The run's validation fraction (default: ${DEFAULT-VALUE}).")
    double validation;

    @Override
    public Integer call() throws java.io.IOException {
        List<ProteinRecord> labelled = DataArgs.labelled(data);
        String dataHash = Trainer.hash(labelled);
        List<TrainedModel> models = new ArrayList<>();
        for (Path p : inputs) {
            TrainedModel m = ModelFile.load(p);
            if (!m.manifest().dataSha256().equals(dataHash)) {
                throw new UserError(p + ": was not trained on " + data + " (data hash differs); pass the run's --data");
            }
            models.add(m);
        }
        TrainedModel averaged;
        try {
            averaged = WeightAveraging.average(models); // refuses checkpoints of different runs before any evaluation
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        // a run that trained on all of its data (ADR 0016) has no part of it left to score the average on
        boolean validated = models.stream().anyMatch(m -> m.manifest().training() == null || m.manifest().training().hasValidationPart());
        String scoredOn = "";
        if (validated) {
            List<ProteinRecord> validationPart = WeightAveraging.validationPart(labelled, validation);
            for (int i = 0; i < models.size(); i++) {
                report(inputs.get(i).getFileName().toString(), WeightAveraging.lossAndAccuracy(models.get(i), validationPart));
            }
            double[] la = WeightAveraging.lossAndAccuracy(averaged, validationPart);
            report("average", la);
            averaged = WeightAveraging.withValidation(averaged, la[0], la[1]);
            scoredOn = " (" + validationPart.size() + " validation proteins)";
        } else {
            System.out.println("no validation part: the run trained on all of " + data + "; nothing evaluated");
        }
        ModelFile.save(averaged, out);
        System.err.println("loclens: wrote " + out + scoredOn);
        return 0;
    }

    private static void report(String name, double[] lossAndAccuracy) {
        System.out.printf(Locale.ROOT, "%s\tvalidation loss %.4f\taccuracy %.4f%n", name, lossAndAccuracy[0], lossAndAccuracy[1]);
    }
}
