package org.loclens.model.data;

import java.util.Optional;

/**
 * A sorting-signal annotation from a MultiLoc header: {@code SP n} (signal peptide, cleaved after n),
 * {@code cTP n} (chloroplast transit peptide), {@code mTP n} (mitochondrial transit peptide) or
 * {@code SA a b} (signal anchor from a to b). Residue numbers are 1-based and inclusive.
 */
public record SignalAnnotation(Type type, int start, int end) {

    /** The annotation kinds MultiLoc's SVMTarget used. */
    public enum Type { SP, CTP, MTP, SA;
        public String label() {
            return switch (this) {
                case SP -> "SP";
                case CTP -> "cTP";
                case MTP -> "mTP";
                case SA -> "SA";
            };
        }
    }

    public SignalAnnotation {
        if (start < 1 || end < start) {
            throw new IllegalArgumentException("signal range must be 1 <= start <= end, got " + start + ".." + end);
        }
    }

    public int length() {
        return end - start + 1;
    }

    /** Parses the words after the label, e.g. {@code "SP 14"} or {@code "SA 12 30"}; empty when there is none. */
    public static Optional<SignalAnnotation> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] w = text.trim().split("\\s+");
        try {
            switch (w[0]) {
                case "SP": return Optional.of(new SignalAnnotation(Type.SP, 1, Integer.parseInt(w[1])));
                case "cTP": return Optional.of(new SignalAnnotation(Type.CTP, 1, Integer.parseInt(w[1])));
                case "mTP": return Optional.of(new SignalAnnotation(Type.MTP, 1, Integer.parseInt(w[1])));
                case "SA": return Optional.of(new SignalAnnotation(Type.SA, Integer.parseInt(w[1]), Integer.parseInt(w[2])));
                default: return Optional.empty();
            }
        } catch (RuntimeException e) {
            return Optional.empty(); // a malformed annotation is not a reason to drop the protein
        }
    }

    @Override
    public String toString() {
        return type == Type.SA ? "SA " + start + "-" + end : type.label() + " 1-" + end;
    }
}
