package org.loclens.model.data;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The eleven MultiLoc locations (Höglund et al. 2006), in the order of the paper's Table 2 and of every
 * probability vector LocLens writes. {@link #label()} is the word used in FASTA headers and in output columns.
 */
public enum Location {
    ER("ER"),
    GOLGI("Golgi"),
    CHLOROPLAST("chloroplast"),
    CYTOPLASMIC("cytoplasmic"),
    EXTRACELLULAR("extracellular"),
    LYSOSOMAL("lysosomal"),
    MITOCHONDRIAL("mitochondrial"),
    NUCLEAR("nuclear"),
    PEROXISOMAL("peroxisomal"),
    PLASMA_MEMBRANE("plasma_membrane"),
    VACUOLAR("vacuolar");

    public static final int COUNT = values().length;

    private final String label;

    Location(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label with underscores as spaces, for people. */
    public String displayName() {
        return label.replace('_', ' ');
    }

    /** Labels in index order, as used for output columns. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(Location::label).toList();
    }

    /** Parses a label case-insensitively; accepts spaces or hyphens for underscores. */
    public static Optional<Location> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Location l : values()) {
            if (l.label.toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
