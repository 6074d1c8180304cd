package org.loclens.model.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bundled MultiLoc data set (Höglund et al. 2006; 5959 proteins, 11 locations), as used by
 * Sønderby et al. 2015, and its committed test split. Both live in the {@code resources} module.
 */
public final class MultiLoc {

    public static final String FASTA_RESOURCE = "/loclens/data/multiloc_5959_labelled.fasta";
    public static final String TEST_SPLIT_RESOURCE = "/loclens/data/multiloc_test_ids.txt";
    public static final String SAMPLE_RESOURCE = "/loclens/data/sample.fasta";

    private MultiLoc() {
    }

    /** All 5959 labelled proteins in file order. */
    public static List<ProteinRecord> all() {
        return FastaReader.readAll("MultiLoc (bundled)", open(FASTA_RESOURCE), p -> {
            throw new IllegalStateException("bundled MultiLoc data is damaged: " + p);
        });
    }

    /** Accessions of the committed held-out fifth (never used for any training choice). */
    public static Set<String> testIds() {
        Set<String> ids = new LinkedHashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(TEST_SPLIT_RESOURCE), StandardCharsets.US_ASCII))) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.trim();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    ids.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    public static List<ProteinRecord> training() {
        return DataSplit.select(all(), testIds(), false);
    }

    public static List<ProteinRecord> test() {
        return DataSplit.select(all(), testIds(), true);
    }

    public static InputStream open(String resource) {
        InputStream in = MultiLoc.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("resource " + resource + " is missing from the classpath (loclens-resources jar)");
        }
        return in;
    }
}
