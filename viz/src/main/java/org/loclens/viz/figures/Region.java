package org.loclens.viz.figures;

/**
 * A stretch of a protein sequence, e.g. an annotated signal peptide.
 *
 * @param start first residue, 1-based
 * @param end   last residue, 1-based and inclusive
 * @param label short text drawn with the region, e.g. "SP"
 */
public record Region(int start, int end, String label) {

    /** Validates {@code 1 <= start <= end}. */
    public Region {
        if (start < 1 || end < start) {
            throw new IllegalArgumentException("Region needs 1 <= start <= end: " + start + ".." + end);
        }
        label = label == null ? "" : label;
    }

    /** Returns the number of residues covered. */
    public int length() {
        return end - start + 1;
    }

    /** Returns whether the region shares a residue with {@code [first, last]}. */
    public boolean overlaps(int first, int last) {
        return start <= last && end >= first;
    }
}
