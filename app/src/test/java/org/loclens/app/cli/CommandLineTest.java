package org.loclens.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loclens.app.io.PredictionWriter;
import org.loclens.model.data.Location;
import org.loclens.model.io.ModelFile;
import org.loclens.model.io.ModelManifest;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.network.Architecture;
import org.loclens.model.network.NetworkConfig;
import org.loclens.model.network.NetworkFactory;

/** The {@code loclens} command-line contract: columns, exit codes, one-line messages naming the file. */
class CommandLineTest {

    @TempDir
    static Path dir;
    static Path model;

    @BeforeAll
    static void tinyModel() throws Exception {
        NetworkConfig c = new NetworkConfig(Architecture.RLSTM, new int[] {1, 3, 5, 9, 15, 21}, 4, 8, 8, 8, 0.5, 0.05, 1e-3, 1000, 1L);
        ModelManifest m = new ModelManifest(ModelManifest.FORMAT_VERSION, "test", c, ModelManifest.ENCODING, Location.labels(),
                new ModelManifest.TrainingSummary(0, 0, 64, 0, 0, 0, "none", List.of()), "", Map.of(), "");
        model = dir.resolve("tiny.zip");
        ModelFile.save(new TrainedModel(NetworkFactory.build(c, null), m), model);
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = LocLensCommand.commandLine().execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void predictWritesTheTsvContractAndReportsSkippedRecords() throws Exception {
        Path fasta = Files.writeString(dir.resolve("in.fa"), ">a\nMKVLAAGIVALLLAAGCSSA\n>bad\nMKV1\n>b desc\nMSKLSKL\n");
        Run r = run("predict", fasta.toString(), "--model", model.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(String.join("\t", PredictionWriter.header()), lines.get(0));
        assertEquals("id\tlocation\tconfidence\tER\tGolgi\tchloroplast\tcytoplasmic\textracellular\tlysosomal\tmitochondrial"
                + "\tnuclear\tperoxisomal\tplasma_membrane\tvacuolar", lines.get(0));
        assertEquals(3, lines.size());
        for (String line : lines.subList(1, 3)) {
            String[] f = line.split("\t");
            double sum = 0;
            for (int i = 3; i < f.length; i++) {
                sum += Double.parseDouble(f[i]);
            }
            assertEquals(1.0, sum, 1e-4);
            assertTrue(Location.fromLabel(f[1]).isPresent());
        }
        assertTrue(r.err().contains("record 2 (bad) skipped: invalid character(s) '1'"), r.err());
    }

    @Test
    void jsonAndCsvFormatsAndAtomicOutFile() throws Exception {
        Path fasta = Files.writeString(dir.resolve("j.fa"), ">x,1\nMKVLAAGIVALLLAAGCSSA\n");
        Path json = dir.resolve("p.json");
        assertEquals(0, run("predict", fasta.toString(), "--model", model.toString(), "--format", "json", "--out", json.toString()).code());
        var tree = ModelFile.json().readTree(json.toFile());
        assertEquals("x,1", tree.get(0).get("id").asText());
        assertEquals(11, tree.get(0).get("probabilities").size());
        Run csv = run("predict", fasta.toString(), "--model", model.toString(), "--format", "csv");
        assertTrue(csv.out().lines().toList().get(1).startsWith("\"x,1\","), csv.out());
    }

    @Test
    void wholeFileProblemsExitTwoWithOneLineNamingTheFile() throws Exception {
        Path html = Files.writeString(dir.resolve("page.fa"), "<html><body>404</body></html>");
        Path dna = Files.writeString(dir.resolve("dna.fa"), ">g1\nACGTACGTACGTACGTACGTACGTTT\n>g2\nACGTTTGGGCCCAAATTTGGGCCCAA\n");
        Path empty = Files.writeString(dir.resolve("empty.fa"), "");
        for (Path bad : List.of(html, dna, empty, dir.resolve("missing.fa"))) {
            Run r = run("predict", bad.toString(), "--model", model.toString());
            assertEquals(2, r.code(), bad + ": " + r.err());
            assertTrue(r.err().contains("loclens: " + bad + ": "), r.err());
            assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());
        }
        assertTrue(run("predict", dna.toString(), "--model", model.toString()).err().contains("nucleotide FASTA"));
    }

    @Test
    void aBadModelFileIsOneLineNamingIt() throws Exception {
        Path fasta = Files.writeString(dir.resolve("ok.fa"), ">a\nMKV\n");
        Path notModel = Files.writeString(dir.resolve("model.zip"), "not a zip");
        Run r = run("predict", fasta.toString(), "--model", notModel.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("loclens: " + notModel + ": not a LocLens model"), r.err());
    }

    @Test
    void trainRefusesToOverwriteACheckpointWithoutResume() throws Exception {
        Path out = dir.resolve("m.zip");
        Files.createDirectories(Path.of(out + ".checkpoint"));
        Files.writeString(Path.of(out + ".checkpoint", "state.json"), "{}");
        Path data = Files.writeString(dir.resolve("train.fa"), ">a ER\nMKV\n");
        Run r = run("train", "--data", data.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--resume"), r.err());
    }

    @Test
    void trainNamesAnEncoderSourceThatIsMissingOrDoesNotFit() throws Exception {
        Path data = Files.writeString(dir.resolve("warm.fa"), ">a ER\nMKVLLLLA\n>b NUCLEAR\nMPKKKRKV\n");
        Path missing = dir.resolve("no-such-model.zip");
        Run gone = run("train", "--data", data.toString(), "--out", dir.resolve("w1.zip").toString(),
                "--encoder-from", missing.toString());
        assertEquals(2, gone.code());
        assertTrue(gone.err().contains("no-such-model.zip") && gone.err().contains("--encoder-from"), gone.err());

        // the tiny model has 4 filters per width and 8 units; a default A-LSTM has 10 and 100
        Run misfit = run("train", "--arch", "alstm", "--data", data.toString(), "--out", dir.resolve("w2.zip").toString(),
                "--validation", "0", "--encoder-from", model.toString());
        assertEquals(2, misfit.code());
        assertTrue(misfit.err().contains("tiny.zip") && misfit.err().contains("conv_w1"), misfit.err());
        assertFalse(Files.exists(dir.resolve("w2.zip")), "nothing was written");

        Run alone = run("train", "--data", data.toString(), "--out", dir.resolve("w3.zip").toString(), "--encoder-layers", "conv");
        assertEquals(2, alone.code());
        assertTrue(alone.err().contains("--encoder-layers conv needs --encoder-from"), alone.err());
        Run bogus = run("train", "--data", data.toString(), "--out", dir.resolve("w4.zip").toString(),
                "--encoder-from", model.toString(), "--encoder-layers", "lstm");
        assertEquals(2, bogus.code());
        assertTrue(bogus.err().contains("--encoder-layers lstm: expected all or conv"), bogus.err());
    }

    /** A labelled FASTA of {@code n} random proteins of 31–70 residues, labelled ER, nuclear and mitochondrial in turn. */
    static Path labelledFasta(String name, int n, long seed) throws java.io.IOException {
        String[] labels = {"ER", "nuclear", "mitochondrial"};
        java.util.Random random = new java.util.Random(seed);
        StringBuilder fasta = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int length = 30 + random.nextInt(40);
            StringBuilder seq = new StringBuilder("M");
            for (int k = 0; k < length; k++) {
                seq.append("ACDEFGHIKLMNPQRSTVWY".charAt(random.nextInt(20)));
            }
            fasta.append('>').append(name).append(i).append(' ').append(labels[i % 3]).append('\n').append(seq).append('\n');
        }
        return Files.writeString(dir.resolve(name + ".fa"), fasta.toString());
    }

    @Test
    void averageWritesOneModelAndReportsValidationForEachInput() throws Exception {
        Path data = labelledFasta("avg-train", 60, 3);
        String hash = org.loclens.model.train.Trainer.hash(org.loclens.model.data.FastaReader.readAll(data, p -> { }));
        NetworkConfig c = new NetworkConfig(Architecture.RLSTM, new int[] {1, 3}, 4, 8, 8, 8, 0.5, 0.05, 1e-3, 1000, 1L);
        Path[] epochs = new Path[2];
        for (int e = 0; e < 2; e++) {
            ModelManifest m = new ModelManifest(ModelManifest.FORMAT_VERSION, "test", c, ModelManifest.ENCODING, Location.labels(),
                    new ModelManifest.TrainingSummary(e + 1, e + 1, 64, 54, 6, 1, "none", List.of()), hash, Map.of(), "");
            epochs[e] = dir.resolve("epoch" + (e + 1) + ".zip");
            ModelFile.save(new TrainedModel(NetworkFactory.build(c, null), m), epochs[e]);
        }
        Path out = dir.resolve("averaged.zip");
        Run r = run("average", epochs[0].toString(), epochs[1].toString(), "--data", data.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.out().lines().filter(l -> l.contains("validation loss")).count(), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("average\t")), r.out());
        var averaged = ModelFile.load(out).manifest().metrics();
        assertEquals(2.0, averaged.get("averagedModels"));
        assertEquals(1.0, averaged.get("averagedFirstEpoch"));
        assertEquals(2.0, averaged.get("averagedLastEpoch"));

        Run wrongData = run("average", model.toString(), epochs[1].toString(), "--data", data.toString(), "--out", out.toString());
        assertTrue(wrongData.code() != 0 && wrongData.err().contains("data hash"), wrongData.err());
    }

    @Test
    void aRunWithoutAValidationPartTrainsOnAllItsProteinsAndItsAverageIsNotScored() throws Exception {
        Path data = labelledFasta("all-train", 12, 5);
        Path out = dir.resolve("all.zip");
        Path checkpoint = Path.of(out + ".checkpoint", "last.zip");
        String[] train = {"train", "--data", data.toString(), "--out", out.toString(), "--units", "8", "--validation", "0",
                "--lr-patience", "0", "--patience", "0", "--epochs", "2", "--epochs-this-run", "1"};
        Run first = run(train);
        assertEquals(75, first.code(), first.err()); // one epoch of two done: resume for the next
        assertTrue(first.err().contains("no validation part"), first.err());
        Path e1 = Files.copy(checkpoint, dir.resolve("all-e1.zip"));
        String[] resume = java.util.Arrays.copyOf(train, train.length + 1);
        resume[train.length] = "--resume";
        Run second = run(resume);
        assertEquals(0, second.code(), second.err());
        assertTrue(second.err().contains("(epoch 2, the last: no validation part)"), second.err());

        TrainedModel trained = ModelFile.load(out);
        assertEquals(12, trained.manifest().training().trainProteins());
        assertEquals(0, trained.manifest().training().validationProteins());
        assertTrue(EvaluateCommand.describeTraining(trained).contains("kept epoch 2 (no validation part: trained on all 12 proteins)"),
                EvaluateCommand.describeTraining(trained));

        Path averaged = dir.resolve("all-average.zip");
        Run average = run("average", e1.toString(), checkpoint.toString(), "--data", data.toString(), "--out", averaged.toString());
        assertEquals(0, average.code(), average.err());
        assertTrue(average.out().startsWith("no validation part"), average.out());
        assertFalse(average.out().contains("validation loss"), average.out());
        var metrics = ModelFile.load(averaged).manifest().metrics();
        assertEquals(2.0, metrics.get("averagedModels"));
        assertFalse(metrics.containsKey("validationAccuracy"), "nothing was scored: " + metrics);
    }

    @Test
    void theValidationPartIsTheBundledRunsHoldOutInsideTheTrainingSplit() {
        List<org.loclens.model.data.ProteinRecord> training = org.loclens.model.data.MultiLoc.training();
        java.util.Set<String> trainingIds = new java.util.HashSet<>(training.stream().map(r -> r.id()).toList());
        java.util.Set<String> testIds = new java.util.HashSet<>(org.loclens.model.data.MultiLoc.test().stream().map(r -> r.id()).toList());
        List<org.loclens.model.data.ProteinRecord> validation = DataArgs.labelled("multiloc-validation");
        assertEquals(473, validation.size(), "the part the model card's validation numbers are on");
        assertTrue(validation.stream().allMatch(r -> trainingIds.contains(r.id()) && !testIds.contains(r.id())));
        assertEquals(validation.stream().map(r -> r.id()).toList(),
                org.loclens.model.train.WeightAveraging.validationPart(training, 0.1).stream().map(r -> r.id()).toList(),
                "the same proteins `average` and `train` validate on");

        Run r = run("evaluate", "--model", model.toString(), "--data", "multiloc-validation");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("473"), r.out());
    }

    @Test
    void evaluateReportsWhereAnAlstmsAttentionGoesAndAnRlstmHasNone() throws Exception {
        Path alstm = dir.resolve("tiny-alstm.zip");
        ModelFile.save(org.loclens.app.gui.Fixtures.tinyModel(), alstm);
        Path data = Files.writeString(dir.resolve("eval.fa"), ">a ER\nMKVLLLLAGAGLLLAVSAQA\n>b NUCLEAR\nMPKKKRKVEDPSSGKRK\n");
        Path md = dir.resolve("eval.md");

        Run a = run("evaluate", "--model", alstm.toString(), "--data", data.toString(), "--markdown", md.toString());
        assertEquals(0, a.code(), a.err());
        assertTrue(a.out().contains("A-LSTM attention on the first and last 5 residues: "), a.out());
        assertTrue(Files.readString(md).contains("A-LSTM attention on the first and last 5 residues: "));

        Run r = run("evaluate", "--model", model.toString(), "--data", data.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("attention"), r.out());
    }
}
