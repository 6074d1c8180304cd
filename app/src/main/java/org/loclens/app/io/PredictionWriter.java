package org.loclens.app.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.loclens.model.data.Location;
import org.loclens.model.predict.Prediction;

/**
 * Writes predictions as TSV, CSV or JSON with the column contract other tools rely on: {@code id},
 * {@code location}, {@code confidence}, then one probability column per location label. Streams: one
 * line per prediction, nothing kept in memory.
 */
public final class PredictionWriter implements AutoCloseable {

    public enum Format { TSV, CSV, JSON;
        public static Format parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "tsv" -> TSV;
                case "csv" -> CSV;
                case "json" -> JSON;
                default -> throw new IllegalArgumentException("unknown format '" + s + "' (use tsv, csv or json)");
            };
        }
    }

    private final Writer out;
    private final Format format;
    private boolean first = true;

    public PredictionWriter(Writer out, Format format) throws IOException {
        this.out = out;
        this.format = format;
        switch (format) {
            case TSV, CSV -> {
                String sep = format == Format.TSV ? "\t" : ",";
                out.write(String.join(sep, header()) + "\n");
            }
            case JSON -> out.write("[\n");
            default -> throw new IllegalStateException();
        }
    }

    public static List<String> header() {
        List<String> h = new java.util.ArrayList<>(List.of("id", "location", "confidence"));
        h.addAll(Location.labels());
        return h;
    }

    public void write(Prediction p) throws IOException {
        double[] prob = p.probabilities();
        switch (format) {
            case TSV, CSV -> {
                String sep = format == Format.TSV ? "\t" : ",";
                StringBuilder s = new StringBuilder(field(p.id())).append(sep).append(p.location().label()).append(sep)
                        .append(num(p.confidence()));
                for (double v : prob) {
                    s.append(sep).append(num(v));
                }
                out.write(s.append('\n').toString());
            }
            case JSON -> {
                StringBuilder s = new StringBuilder(first ? "  {" : ",\n  {");
                s.append("\"id\": ").append(jsonString(p.id())).append(", \"location\": \"").append(p.location().label())
                        .append("\", \"confidence\": ").append(num(p.confidence())).append(", \"probabilities\": {");
                for (Location l : Location.values()) {
                    s.append(l.ordinal() == 0 ? "" : ", ").append('"').append(l.label()).append("\": ").append(num(prob[l.ordinal()]));
                }
                s.append('}');
                if (p.spread() != null) {
                    s.append(", \"ensembleSpread\": ").append(num(p.predictedClassSpread()));
                }
                out.write(s.append('}').toString());
            }
            default -> throw new IllegalStateException();
        }
        first = false;
    }

    private String field(String id) {
        if (format == Format.CSV && (id.contains(",") || id.contains("\""))) {
            return '"' + id.replace("\"", "\"\"") + '"';
        }
        return id;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 32) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    @Override
    public void close() throws IOException {
        if (format == Format.JSON) {
            out.write(first ? "]\n" : "\n]\n");
        }
        out.flush();
    }
}
