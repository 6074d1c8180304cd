package org.loclens.model.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the committed MultiLoc test split: {@code java -cp ... org.loclens.model.data.MakeSplit OUT}.
 * A test checks that the committed file is exactly what this produces.
 */
public final class MakeSplit {

    private MakeSplit() {
    }

    public static List<String> lines() {
        Set<String> test = DataSplit.stratifiedHoldOut(MultiLoc.all(), DataSplit.TEST_FRACTION, DataSplit.TEST_SPLIT_SEED);
        List<String> lines = new ArrayList<>();
        lines.add("# MultiLoc held-out test fifth (Sonderby et al. 2015, section 2.6: 4/5 train, 1/5 test), " + test.size() + " accessions.");
        lines.add("# Stratified by location, seed " + DataSplit.TEST_SPLIT_SEED + "; made by org.loclens.model.data.MakeSplit.");
        lines.addAll(test.stream().sorted().toList());
        return lines;
    }

    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), lines(), StandardCharsets.US_ASCII);
    }
}
