package org.loclens.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.loclens.model.data.BadInputException;
import org.loclens.model.data.FastaReader;
import org.loclens.model.data.InputProblem;
import org.loclens.model.data.MultiLoc;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.train.TrainingOptions;
import org.loclens.model.train.WeightAveraging;

/** Reads labelled data for train/evaluate: a FASTA file, or the bundled MultiLoc split by name. */
final class DataArgs {

    static final String HELP = "labelled FASTA (>ID LOCATION ...), or 'multiloc-train' / 'multiloc-test' for the bundled split"
            + " ('multiloc-validation': the tenth of multiloc-train that the bundled runs validated on)";

    private DataArgs() {
    }

    static List<ProteinRecord> labelled(String data) {
        if ("multiloc-train".equals(data)) {
            return MultiLoc.training();
        }
        if ("multiloc-test".equals(data)) {
            return MultiLoc.test();
        }
        if ("multiloc-validation".equals(data)) {
            // chooses between models (e.g. ensemble members) without touching the test set
            return WeightAveraging.validationPart(MultiLoc.training(), TrainingOptions.DEFAULT_VALIDATION_FRACTION);
        }
        List<InputProblem> problems = new ArrayList<>();
        List<ProteinRecord> records = FastaReader.readAll(Path.of(data), problems::add);
        problems.forEach(p -> System.err.println("loclens: " + p));
        List<ProteinRecord> labelled = new ArrayList<>();
        int unlabelled = 0;
        for (ProteinRecord r : records) {
            if (r.location().isPresent()) {
                labelled.add(r);
            } else {
                unlabelled++;
                if (unlabelled <= 5) {
                    System.err.println("loclens: " + data + ": " + r.id() + " skipped: no location label after the id");
                }
            }
        }
        if (labelled.isEmpty()) {
            throw new BadInputException(data, records.isEmpty() ? "no protein records could be read"
                    : "no record has a location label (header must be '>ID LOCATION', LOCATION one of " + String.join(" ",
                    org.loclens.model.data.Location.labels()) + ")");
        }
        if (unlabelled > 0) {
            System.err.println("loclens: " + data + ": " + unlabelled + " record(s) without a location label skipped");
        }
        return labelled;
    }
}
