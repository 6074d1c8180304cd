package org.loclens.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loclens.model.Synthetic;
import org.loclens.model.TinyModels;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.network.Architecture;
import org.loclens.model.predict.Prediction;
import org.loclens.model.predict.Predictor;

class ModelFileTest {

    @TempDir
    Path dir;

    @Test
    void saveThenLoadGivesIdenticalOutputsAndManifest() throws IOException {
        for (Architecture a : Architecture.values()) {
            TrainedModel model = TinyModels.untrained(a, 11);
            Path file = dir.resolve(a + ".zip");
            ModelFile.save(model, file);
            TrainedModel loaded = ModelFile.load(file);
            assertEquals(model.manifest(), loaded.manifest());
            List<ProteinRecord> proteins = Synthetic.proteins(6, 5);
            List<Prediction> before = Predictor.of(model).predict(proteins, Predictor.Options.ALL);
            List<Prediction> after = Predictor.of(loaded).predict(proteins, Predictor.Options.ALL);
            for (int i = 0; i < proteins.size(); i++) {
                assertArrayEquals(before.get(i).probabilities(), after.get(i).probabilities(), 1e-7);
            }
        }
    }

    @Test
    void savingReplacesTheOldFileAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("m.zip");
        ModelFile.save(TinyModels.untrained(Architecture.RLSTM, 1), file);
        ModelFile.save(TinyModels.untrained(Architecture.ALSTM, 2), file);
        assertEquals(Architecture.ALSTM, ModelFile.load(file).manifest().config().architecture());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aFailedSaveKeepsThePreviousModel() throws IOException {
        Path file = dir.resolve("keep.zip");
        ModelFile.save(TinyModels.untrained(Architecture.RLSTM, 1), file);
        byte[] before = Files.readAllBytes(file);
        TrainedModel broken = new TrainedModel(null, TinyModels.untrained(Architecture.RLSTM, 1).manifest());
        assertThrows(RuntimeException.class, () -> ModelFile.save(broken, file));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void corruptForeignAndFutureFilesGiveOneLineErrorsNamingTheFile() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.zip"), "hello");
        assertMessage(text, "not a LocLens model");

        Path foreign = dir.resolve("foreign.zip");
        zip(foreign, "readme.txt", "{}");
        assertMessage(foreign, "no manifest.json");

        Path future = dir.resolve("future.zip");
        zip(future, "manifest.json", "{\"formatVersion\": 99}");
        assertMessage(future, "made by a newer LocLens (model format 99");

        Path truncated = dir.resolve("truncated.zip");
        ModelFile.save(TinyModels.untrained(Architecture.RLSTM, 1), truncated);
        byte[] all = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(all, all.length / 2));
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelFile.load(truncated));
        assertTrue(e.getMessage().startsWith(truncated + ": "), e.getMessage());

        assertMessage(dir.resolve("missing.zip"), "no such file");
    }

    private static void assertMessage(Path file, String part) {
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelFile.load(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(part), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    private static void zip(Path file, String entry, String content) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(new FileOutputStream(file.toFile()))) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
    }
}
