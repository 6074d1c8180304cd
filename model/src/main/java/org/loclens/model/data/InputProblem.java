package org.loclens.model.data;

/**
 * A record that was skipped, with the reason, so that the user learns which protein was not predicted
 * and why. {@code recordNumber} is 1-based in the file; {@code id} may be empty when the header was.
 */
public record InputProblem(String source, int recordNumber, String id, String reason) {

    @Override
    public String toString() {
        return source + ": record " + recordNumber + (id.isEmpty() ? "" : " (" + id + ")") + " skipped: " + reason;
    }
}
