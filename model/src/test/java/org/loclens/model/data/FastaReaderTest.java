package org.loclens.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FastaReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty file|''|empty file",
            "only blanks|'  \n\n'|empty file",
            "html page|'<!DOCTYPE html><html><body>Not found</body></html>'|HTML",
            "json|'{\"a\": 1}'|JSON",
            "no header|'MKVLAAGIVALLLA\n'|no FASTA header"})
    void wholeFileProblemsNameTheFileAndTheReason(String label, String content, String reason) throws IOException {
        Path p = write("bad.fa", content);
        BadInputException e = assertThrows(BadInputException.class, () -> FastaReader.readAll(p, x -> { }));
        assertTrue(e.getMessage().startsWith(p.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        byte[] bytes = new byte[2000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path p = write("image.png", bytes);
        BadInputException e = assertThrows(BadInputException.class, () -> FastaReader.readAll(p, x -> { }));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void missingFileAndFolderAreClearErrors() {
        BadInputException missing = assertThrows(BadInputException.class,
                () -> FastaReader.readAll(dir.resolve("nope.fa"), x -> { }));
        assertEquals(dir.resolve("nope.fa") + ": no such file", missing.getMessage());
        BadInputException folder = assertThrows(BadInputException.class, () -> FastaReader.readAll(dir, x -> { }));
        assertTrue(folder.getMessage().contains("is a folder"));
    }

    @Test
    void badRecordsAreSkippedWithTheirIdAndReasonAndTheRestIsRead() throws IOException {
        String text = """
                >good1 first protein
                MKVLAAGIVALLLAAGCSSA
                >empty
                >digits
                MKV123LAA
                >dna
                ACGTACGTACGTACGTACGTACGTAAGT
                >good1
                MKKKKKKKKK
                >good2
                mkvlaa
                givall*
                """;
        List<InputProblem> problems = new ArrayList<>();
        List<ProteinRecord> records = FastaReader.readAll(write("mixed.fa", text), problems::add);
        assertEquals(List.of("good1", "good2"), records.stream().map(ProteinRecord::id).toList());
        assertEquals("MKVLAAGIVALL", records.get(1).sequence(), "lower case folded, lines joined, stop removed");
        assertEquals(List.of("empty", "digits", "dna", "good1"), problems.stream().map(InputProblem::id).toList());
        assertTrue(problems.get(0).reason().contains("empty sequence"));
        assertTrue(problems.get(1).reason().contains("'1'"));
        assertTrue(problems.get(2).reason().contains("nucleotide"));
        assertTrue(problems.get(3).reason().contains("duplicate id"));
        assertEquals(3, problems.get(1).recordNumber());
    }

    @Test
    void multiLocHeadersGiveLocationAndSignal() throws IOException {
        String text = ">P1 ER SP 14\nMKVLAAGIVALLLAAGCSSA\n>P2 plasma_membrane SA 5 25\nMKVLAAGIVALLLAAGCSSAMKV\n>P3 some free text\nMKV\n";
        List<ProteinRecord> r = FastaReader.readAll(write("ml.fa", text), x -> { });
        assertEquals(Location.ER, r.get(0).location().orElseThrow());
        assertEquals(new SignalAnnotation(SignalAnnotation.Type.SP, 1, 14), r.get(0).signal().orElseThrow());
        assertEquals(new SignalAnnotation(SignalAnnotation.Type.SA, 5, 25), r.get(1).signal().orElseThrow());
        assertTrue(r.get(2).location().isEmpty());
        assertEquals("some free text", r.get(2).description());
    }

    @Test
    void gzippedFastaIsRead() throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(">a\nMKVLA\n>b\nMKKLA\n".getBytes(StandardCharsets.US_ASCII));
        }
        List<ProteinRecord> r = FastaReader.readAll(write("x.fa.gz", bos.toByteArray()), x -> { });
        assertEquals(2, r.size());
    }

    @Test
    void aHundredThousandResidueProteinIsAccepted() throws IOException {
        String seq = "MKVLAAGIVA".repeat(10_000);
        List<ProteinRecord> r = FastaReader.readAll(write("titin.fa", ">big\n" + seq + "\n"), x -> { });
        assertEquals(100_000, r.get(0).length());
    }

    @Test
    void fiftyThousandRecordsStreamWithoutHoldingTheFile() {
        // a generated stream: the reader must hand out records one at a time
        InputStream huge = new InputStream() {
            private int record;
            private byte[] current = new byte[0];
            private int pos;

            @Override
            public int read() {
                if (pos == current.length) {
                    if (record == 50_000) {
                        return -1;
                    }
                    current = (">p" + record++ + "\n" + "MKVLAAGIVALLLAAGCSSA".repeat(10) + "\n").getBytes(StandardCharsets.US_ASCII);
                    pos = 0;
                }
                return current[pos++];
            }
        };
        int n = 0;
        long residues = 0;
        try (FastaReader r = FastaReader.open("generated", huge, p -> { throw new AssertionError(p.toString()); })) {
            for (ProteinRecord p; (p = r.next()) != null; ) {
                n++;
                residues += p.length();
            }
        }
        assertEquals(50_000, n);
        assertEquals(50_000L * 200, residues);
    }

    @Test
    void standardInputNameIsUsedInMessages() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> FastaReader.readAll("<stdin>", new ByteArrayInputStream(new byte[0]), x -> { }));
        assertEquals("<stdin>: empty file", e.getMessage());
    }
}
