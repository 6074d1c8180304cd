package org.loclens.model.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loclens.model.data.Location;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.predict.Prediction;

/**
 * Held-out evaluation of a predictor: the confusion matrix and the numbers the model card reports,
 * ready to print as text or to write as JSON.
 */
public record Evaluation(String model, int proteins, ConfusionMatrix confusion) {

    public static Evaluation of(String model, List<ProteinRecord> labelled, List<Prediction> predictions) {
        List<Location> truth = new ArrayList<>();
        List<Location> predicted = new ArrayList<>();
        for (int i = 0; i < labelled.size(); i++) {
            truth.add(labelled.get(i).location().orElseThrow());
            predicted.add(predictions.get(i).location());
        }
        return new Evaluation(model, labelled.size(), ConfusionMatrix.of(truth, predicted));
    }

    /** A JSON-friendly view: accuracy, its 95% interval, per-class precision/recall/MCC, the matrix. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", model);
        m.put("proteins", proteins);
        m.put("accuracy", confusion.accuracy());
        double[] ci = confusion.accuracyInterval95();
        m.put("accuracy95", List.of(ci[0], ci[1]));
        m.put("meanRecall", confusion.meanRecall());
        Map<String, Object> perClass = new LinkedHashMap<>();
        for (Location l : Location.values()) {
            int c = l.ordinal();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("n", confusion.actual(c));
            row.put("precision", confusion.precision(c));
            row.put("recall", confusion.recall(c));
            row.put("mcc", confusion.mcc(c));
            perClass.put(l.label(), row);
        }
        m.put("perClass", perClass);
        m.put("classes", Location.labels());
        m.put("confusion", confusion.counts());
        return m;
    }

    /** A plain-text report: accuracy, per-class table, the confusion matrix (rows true, columns predicted). */
    public String toText() {
        StringBuilder s = new StringBuilder();
        double[] ci = confusion.accuracyInterval95();
        s.append(String.format("model     %s%nproteins  %d%naccuracy  %.4f  (95%% CI %.4f-%.4f)%nmean recall %.4f%n%n",
                model, proteins, confusion.accuracy(), ci[0], ci[1], confusion.meanRecall()));
        s.append(String.format("%-16s %5s %9s %7s %7s%n", "location", "n", "precision", "recall", "MCC"));
        for (Location l : Location.values()) {
            int c = l.ordinal();
            s.append(String.format("%-16s %5d %9.3f %7.3f %7.3f%n", l.label(), confusion.actual(c), confusion.precision(c),
                    confusion.recall(c), confusion.mcc(c)));
        }
        s.append("\nconfusion matrix (rows true, columns predicted)\n");
        s.append(String.format("%-16s", ""));
        for (Location l : Location.values()) {
            s.append(String.format("%6.5s", l.label()));
        }
        s.append('\n');
        for (Location l : Location.values()) {
            s.append(String.format("%-16s", l.label()));
            for (int v : confusion.counts()[l.ordinal()]) {
                s.append(String.format("%6d", v));
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** Markdown tables for the model card: accuracy with its interval, per-class measures, the confusion matrix. */
    public String toMarkdown() {
        StringBuilder s = new StringBuilder();
        double[] ci = confusion.accuracyInterval95();
        s.append(String.format("Accuracy **%.3f** (95%% Wilson interval %.3f–%.3f) on %d proteins; mean per-class recall %.3f.%n%n",
                confusion.accuracy(), ci[0], ci[1], proteins, confusion.meanRecall()));
        s.append("| location | n | precision | recall | MCC |\n|---|---:|---:|---:|---:|\n");
        for (Location l : Location.values()) {
            int c = l.ordinal();
            s.append(String.format("| %s | %d | %.3f | %.3f | %.3f |%n", l.label(), confusion.actual(c), confusion.precision(c),
                    confusion.recall(c), confusion.mcc(c)));
        }
        s.append("\nConfusion matrix (rows true, columns predicted):\n\n| true \\ predicted |");
        for (Location l : Location.values()) {
            s.append(' ').append(abbreviation(l)).append(" |");
        }
        s.append("\n|---|");
        s.append("---:|".repeat(Location.COUNT)).append('\n');
        for (Location l : Location.values()) {
            s.append("| ").append(l.label()).append(" |");
            for (int v : confusion.counts()[l.ordinal()]) {
                s.append(' ').append(v).append(" |");
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static String abbreviation(Location l) {
        return switch (l) {
            case ER -> "ER";
            case GOLGI -> "Gol";
            case CHLOROPLAST -> "Chl";
            case CYTOPLASMIC -> "Cyt";
            case EXTRACELLULAR -> "Ext";
            case LYSOSOMAL -> "Lys";
            case MITOCHONDRIAL -> "Mit";
            case NUCLEAR -> "Nuc";
            case PEROXISOMAL -> "Per";
            case PLASMA_MEMBRANE -> "PM";
            case VACUOLAR -> "Vac";
        };
    }
}
