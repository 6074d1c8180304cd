package org.loclens.model.data;

import java.util.Objects;
import java.util.Optional;

/**
 * One protein as read from FASTA: its id (first word of the header), the rest of the header, the
 * cleaned sequence (upper case, terminal '*' removed), and, for labelled data, its location and
 * MultiLoc sorting-signal annotation.
 */
public record ProteinRecord(String id, String description, String sequence,
                            Optional<Location> location, Optional<SignalAnnotation> signal) {

    public ProteinRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sequence, "sequence");
        description = description == null ? "" : description;
        location = location == null ? Optional.empty() : location;
        signal = signal == null ? Optional.empty() : signal;
    }

    public static ProteinRecord unlabelled(String id, String sequence) {
        return new ProteinRecord(id, "", sequence, Optional.empty(), Optional.empty());
    }

    public int length() {
        return sequence.length();
    }

    /** The same protein with another sequence (what-if edits keep id and labels). */
    public ProteinRecord withSequence(String newSequence) {
        return new ProteinRecord(id, description, newSequence, location, signal);
    }
}
