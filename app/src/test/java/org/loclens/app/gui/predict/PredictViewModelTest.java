package org.loclens.app.gui.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loclens.app.gui.Fixtures;
import org.loclens.app.gui.StubDialogs;
import org.loclens.app.gui.common.AppContext;
import org.loclens.app.gui.common.Notifications;
import org.loclens.app.io.PredictionWriter;
import org.loclens.model.data.Location;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.io.ModelFile;
import org.loclens.model.predict.Prediction;

/** The Predict ViewModel without the JavaFX toolkit: tasks run synchronously. */
class PredictViewModelTest {

    @TempDir
    Path tmp;

    AppContext context;
    PredictViewModel vm;

    @BeforeEach
    void setUp() {
        context = Fixtures.syncContext(tmp, new StubDialogs());
        context.activeModel().use(List.of(Fixtures.tinyModel()), null);
        vm = new PredictViewModel(context);
    }

    private Path write(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text, StandardCharsets.ISO_8859_1);
        return f;
    }

    @Test
    void predictingAFastaFileFillsOneRowPerProteinInFileOrder() throws Exception {
        List<ProteinRecord> proteins = Fixtures.labelled(40, 1);
        vm.predictFiles(List.of(write("forty.fasta", Fixtures.fasta(proteins))));

        assertEquals(40, vm.rows().size());
        for (int i = 0; i < 40; i++) {
            PredictionRow row = vm.rows().get(i);
            assertEquals(proteins.get(i).id(), row.id());
            assertEquals(proteins.get(i).length(), row.length());
            assertEquals(1.0, java.util.Arrays.stream(row.prediction().probabilities()).sum(), 1e-6);
            assertEquals("forty.fasta", row.source());
        }
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.fileProblems().isEmpty());
    }

    @Test
    void aBadFileIsReportedByNameAndTheOtherFilesGoOn() throws Exception {
        Path html = write("page.fasta", "<!DOCTYPE html><html><body>not found</body></html>\n");
        Path good = write("good.fasta", Fixtures.fasta(Fixtures.labelled(5, 2)));
        Path empty = write("empty.fa", "");
        Path missing = tmp.resolve("gone.fasta");

        vm.predictFiles(List.of(html, good, empty, missing));

        assertEquals(5, vm.rows().size(), "the good file is still predicted");
        assertEquals(List.of("page.fasta: looks like an HTML/XML page, not FASTA", "empty.fa: empty file",
                "gone.fasta: no such file"), vm.fileProblems());
        List<Notifications.Notice> errors = context.notifications().notices().stream()
                .filter(n -> n.kind() == Notifications.Kind.ERROR).toList();
        assertTrue(errors.stream().anyMatch(n -> n.text().startsWith("page.fasta")), errors.toString());
    }

    @Test
    void skippedRecordsAreListedWithTheirReasonsAndTheRestIsPredicted() throws Exception {
        String text = ">OK1\nMKVLAAGIVALLLAAGCSSEQ\n"
                + ">DNA1\nACGTACGTACGTACGTACGTACGTACGT\n"
                + ">OK1\nMKKLLPTAAAGLLLLAAQPAMA\n"
                + ">EMPTY\n\n"
                + ">OK2\nMSDNELLKQLAEQLGISEEEL\n";
        vm.predictFiles(List.of(write("mixed.fasta", text)));

        assertEquals(List.of("OK1", "OK2"), vm.rows().stream().map(PredictionRow::id).toList());
        assertEquals(3, vm.skipped().size());
        assertTrue(vm.skipped().get(0).reason().contains("nucleotide"));
        assertTrue(vm.skipped().get(1).reason().startsWith("duplicate id"));
        assertEquals("empty sequence", vm.skipped().get(2).reason());
        assertTrue(vm.summaryProperty().get().contains("3 skipped"), vm.summaryProperty().get());
    }

    @Test
    void aFileOfOnlyNucleotidesIsNamedAsNucleotideFasta() throws Exception {
        vm.predictFiles(List.of(write("genes.fasta", ">g1\nACGTTGCAACGTTGCAACGTTGCAAAA\n>g2\nTTGACCATGACCATGACCATGAAAAAAAA\n")));

        assertTrue(vm.rows().isEmpty());
        assertEquals(1, vm.fileProblems().size());
        assertTrue(vm.fileProblems().get(0).startsWith("genes.fasta: looks like a nucleotide FASTA"), vm.fileProblems().get(0));
    }

    @Test
    void pastedTextIsPredictedLikeAFile() {
        vm.predictText(">PASTED description here\nMKVLAAGIVALLLAAGCSSEQ\n");
        assertEquals(1, vm.rows().size());
        assertEquals("PASTED", vm.rows().get(0).id());
    }

    @Test
    void withoutAModelPredictingSaysHowToGetOne() throws Exception {
        AppContext none = Fixtures.syncContext(tmp.resolve("none"), new StubDialogs());
        PredictViewModel noModel = new PredictViewModel(none);
        noModel.predictFiles(List.of(write("x.fasta", ">A\nMKV\n")));
        assertTrue(noModel.rows().isEmpty());
        assertTrue(none.notifications().notices().get(0).text().contains("Train"), none.notifications().notices().toString());
    }

    private static PredictionRow row(String id, Location l, double confidence, double spread) {
        double[] p = new double[Location.COUNT];
        double rest = (1 - confidence) / (Location.COUNT - 1);
        java.util.Arrays.fill(p, rest);
        p[l.ordinal()] = confidence;
        double[] s = spread < 0 ? null : new double[Location.COUNT];
        if (s != null) {
            s[l.ordinal()] = spread;
        }
        return new PredictionRow(ProteinRecord.unlabelled(id, "MKVLA"), new Prediction(id, 5, p, s, null, null), "t");
    }

    @Test
    void filterByLocationSearchByIdAndFlaggedOnlyCombine() {
        vm.rows().setAll(List.of(row("P10001", Location.NUCLEAR, 0.9, -1), row("P10002", Location.NUCLEAR, 0.4, -1),
                row("Q20001", Location.ER, 0.8, 0.2), row("q20002", Location.CYTOPLASMIC, 0.95, 0.01)));

        vm.locationFilterProperty().set(Location.NUCLEAR);
        assertEquals(List.of("P10001", "P10002"), ids());
        vm.searchProperty().set("0002");
        assertEquals(List.of("P10002"), ids());
        vm.locationFilterProperty().set(null);
        assertEquals(List.of("P10002", "q20002"), ids());
        vm.searchProperty().set("Q2");
        assertEquals(List.of("Q20001", "q20002"), ids(), "search ignores case");
        vm.searchProperty().set("");
        vm.flaggedOnlyProperty().set(true);
        assertEquals(List.of("P10002", "Q20001"), ids(), "low confidence and ensemble disagreement are flagged");
        assertTrue(vm.summaryProperty().get().startsWith("4 proteins \u00b7 2 shown \u00b7 2 flagged"), vm.summaryProperty().get());
    }

    private List<String> ids() {
        return vm.visibleRows().stream().map(PredictionRow::id).toList();
    }

    @Test
    void exportWritesThePredictCommandColumnsInTsvCsvAndJson() throws Exception {
        vm.predictText(Fixtures.fasta(Fixtures.labelled(6, 3)));
        List<PredictionRow> rows = List.copyOf(vm.rows());

        Path tsv = tmp.resolve("out/p.tsv");
        vm.export(tsv, rows);
        List<String> lines = Files.readAllLines(tsv);
        assertEquals(String.join("\t", PredictionWriter.header()), lines.get(0));
        assertEquals(List.of("id", "location", "confidence", "ER", "Golgi"), PredictionWriter.header().subList(0, 5));
        assertEquals(7, lines.size());
        String[] first = lines.get(1).split("\t");
        assertEquals(3 + Location.COUNT, first.length);
        assertEquals(rows.get(0).id(), first[0]);
        assertEquals(rows.get(0).location().label(), first[1]);
        assertEquals(rows.get(0).confidence(), Double.parseDouble(first[2]), 1e-6);

        Path csv = tmp.resolve("out/p.csv");
        vm.export(csv, rows.subList(0, 2));
        List<String> csvLines = Files.readAllLines(csv);
        assertEquals(String.join(",", PredictionWriter.header()), csvLines.get(0));
        assertEquals(3, csvLines.size());

        Path json = tmp.resolve("out/p.json");
        vm.export(json, rows);
        JsonNode array = ModelFile.json().readTree(json.toFile());
        assertEquals(6, array.size());
        assertEquals(rows.get(5).id(), array.get(5).get("id").asText());
        assertEquals(Location.COUNT, array.get(0).get("probabilities").size());
        try (var files = Files.list(tmp.resolve("out"))) {
            assertEquals(3, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void openSampleFillsTheTableInOneClick() {
        vm.openSample();
        assertTrue(vm.rows().size() >= 10, "rows: " + vm.rows().size());
        assertTrue(vm.fileProblems().isEmpty(), vm.fileProblems().toString());
    }
}
