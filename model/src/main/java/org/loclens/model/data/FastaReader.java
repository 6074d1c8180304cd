package org.loclens.model.data;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Streams protein records from FASTA (plain or gzipped), one at a time, so that memory stays flat for
 * proteome-sized files. Whole-file problems (empty, binary, HTML, no header, unreadable) throw a
 * {@link BadInputException} naming the file; per-record problems (empty or invalid sequence, nucleotide
 * sequence, duplicate id) skip that record and are reported to the problem sink, and reading goes on.
 *
 * <p>Headers follow MultiLoc's labelled form when they can: {@code >ID LABEL [SP n|cTP n|mTP n|SA a b]}.
 * A second word that is not a location label is kept as free description.
 *
 * <p>We parse FASTA ourselves instead of with BioJava's {@code FastaReaderHelper}: that one loads the whole
 * file into a map, rewrites UniProt ids to accessions and stops at the first bad record, where we need
 * streaming, ids as written and per-record reasons.
 */
public final class FastaReader implements Closeable {

    /** Longest sequence accepted; longer records are skipped rather than risk running out of memory. */
    public static final int MAX_RESIDUES = 2_000_000;

    private static final int SNIFF_BYTES = 8192;

    private final String source;
    private final BufferedReader reader;
    private final Consumer<InputProblem> problems;
    private final Map<String, Integer> seenIds = new HashMap<>();
    private String pendingHeader;
    private int recordNumber;
    private int linesRead;
    private boolean finished;

    private FastaReader(String source, InputStream raw, Consumer<InputProblem> problems) throws IOException {
        this.source = source;
        this.problems = problems;
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        if (isGzip(in)) {
            try {
                in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            } catch (IOException e) {
                throw new BadInputException(source, "corrupt gzip file (" + e.getMessage() + ")");
            }
        }
        sniff(in);
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16);
        this.pendingHeader = firstHeader();
    }

    /** Opens a file, or standard input when the path is "-". */
    public static FastaReader open(String pathOrDash, Consumer<InputProblem> problems) {
        if ("-".equals(pathOrDash)) {
            return open("<stdin>", System.in, problems);
        }
        return open(Path.of(pathOrDash), problems);
    }

    public static FastaReader open(Path path, Consumer<InputProblem> problems) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new BadInputException(name, "is a folder, not a FASTA file");
        }
        try {
            return new FastaReader(name, Files.newInputStream(path), problems);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name, "no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException(name, "permission denied");
        } catch (IOException e) {
            throw new BadInputException(name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    public static FastaReader open(String sourceName, InputStream in, Consumer<InputProblem> problems) {
        try {
            return new FastaReader(sourceName, in, problems);
        } catch (IOException e) {
            throw new BadInputException(sourceName, "cannot be read (" + e.getMessage() + ")");
        }
    }

    public String source() {
        return source;
    }

    /** The next valid record, or {@code null} at the end of the file. */
    public ProteinRecord next() {
        try {
            while (!finished && pendingHeader != null) {
                String header = pendingHeader;
                recordNumber++;
                StringBuilder seq = new StringBuilder();
                boolean tooLong = false;
                String line;
                pendingHeader = null;
                while ((line = reader.readLine()) != null) {
                    linesRead++;
                    if (line.startsWith(">")) {
                        pendingHeader = line;
                        break;
                    }
                    if (line.startsWith(";")) {
                        continue; // old-style FASTA comment line
                    }
                    if (!tooLong) {
                        appendResidues(seq, line);
                        tooLong = seq.length() > MAX_RESIDUES;
                        if (tooLong) {
                            seq.setLength(0);
                        }
                    }
                }
                if (pendingHeader == null) {
                    finished = true;
                }
                ProteinRecord record = toRecord(header, seq, tooLong);
                if (record != null) {
                    return record;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": read failed at line " + linesRead + " (" + e.getMessage() + ")", e);
        }
    }

    private ProteinRecord toRecord(String header, StringBuilder seq, boolean tooLong) {
        String body = header.substring(1).trim();
        String[] words = body.isEmpty() ? new String[0] : body.split("\\s+", 3);
        String id = words.length > 0 ? words[0] : "";
        if (id.isEmpty()) {
            return skip(id, "header has no id");
        }
        if (tooLong) {
            return skip(id, "longer than " + MAX_RESIDUES + " residues");
        }
        String sequence = cleanTerminalStop(seq);
        if (sequence.isEmpty()) {
            return skip(id, "empty sequence");
        }
        String invalid = invalidCharacters(sequence);
        if (invalid != null) {
            return skip(id, "invalid character(s) " + invalid + " in sequence");
        }
        if (looksLikeNucleotides(sequence)) {
            return skip(id, "looks like a nucleotide sequence (DNA/RNA), not a protein");
        }
        Integer first = seenIds.putIfAbsent(id, recordNumber);
        if (first != null) {
            return skip(id, "duplicate id (first seen in record " + first + ")");
        }
        Optional<Location> location = Optional.empty();
        Optional<SignalAnnotation> signal = Optional.empty();
        String description = words.length > 1 ? body.substring(id.length()).trim() : "";
        if (words.length > 1) {
            location = Location.fromLabel(words[1]);
            if (location.isPresent()) {
                signal = SignalAnnotation.parse(words.length > 2 ? words[2] : "");
            }
        }
        return new ProteinRecord(id, description, sequence, location, signal);
    }

    private ProteinRecord skip(String id, String reason) {
        problems.accept(new InputProblem(source, recordNumber, id, reason));
        return null;
    }

    private static void appendResidues(StringBuilder seq, String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c)) {
                seq.append(Character.toUpperCase(c));
            }
        }
    }

    private static String cleanTerminalStop(StringBuilder seq) {
        int end = seq.length();
        while (end > 0 && seq.charAt(end - 1) == '*') {
            end--;
        }
        return seq.substring(0, end);
    }

    /** Letters are all accepted (unknown ones encode as X); anything else is reported, up to five distinct. */
    private static String invalidCharacters(String s) {
        StringBuilder bad = new StringBuilder();
        for (int i = 0; i < s.length() && bad.length() < 20; i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z')) {
                String shown = c < 32 || c > 126 ? String.format("U+%04X", (int) c) : "'" + c + "'";
                if (bad.indexOf(shown) < 0) {
                    bad.append(bad.length() == 0 ? "" : ", ").append(shown);
                }
            }
        }
        return bad.length() == 0 ? null : bad.toString();
    }

    /** DNA/RNA: at least 20 residues of which 90% or more are A, C, G, T, U or N. */
    static boolean looksLikeNucleotides(String s) {
        if (s.length() < 20) {
            return false;
        }
        int nuc = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case 'A', 'C', 'G', 'T', 'U', 'N' -> nuc++;
                default -> { }
            }
        }
        return nuc >= 0.9 * s.length();
    }

    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b;
    }

    private void sniff(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (head.length == 0) {
            throw new BadInputException(source, "empty file");
        }
        int control = 0;
        for (byte b : head) {
            int c = b & 0xff;
            if (c == 0) {
                throw new BadInputException(source, "binary file, not FASTA text");
            }
            if (c < 32 && c != '\n' && c != '\r' && c != '\t') {
                control++;
            }
        }
        if (control > head.length / 20) {
            throw new BadInputException(source, "binary file, not FASTA text");
        }
        String text = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
        if (text.isEmpty()) {
            throw new BadInputException(source, "empty file (only white space)");
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<?xml") || lower.startsWith("<")) {
            throw new BadInputException(source, "looks like an HTML/XML page, not FASTA");
        }
        if (lower.startsWith("{") || lower.startsWith("[")) {
            throw new BadInputException(source, "looks like JSON, not FASTA");
        }
    }

    private String firstHeader() throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            linesRead++;
            if (line.isBlank() || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith(">")) {
                return line;
            }
            throw new BadInputException(source, "no FASTA header: line " + linesRead + " does not start with '>'");
        }
        throw new BadInputException(source, "empty file (only white space)");
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // closing a reader we only read from cannot lose data
        }
    }

    /** Reads every valid record of a file into memory; for data sets, not proteomes. */
    public static java.util.List<ProteinRecord> readAll(Path path, Consumer<InputProblem> problems) {
        java.util.List<ProteinRecord> out = new java.util.ArrayList<>();
        try (FastaReader r = open(path, problems)) {
            for (ProteinRecord p; (p = r.next()) != null; ) {
                out.add(p);
            }
        }
        return out;
    }

    public static java.util.List<ProteinRecord> readAll(String name, InputStream in, Consumer<InputProblem> problems) {
        java.util.List<ProteinRecord> out = new java.util.ArrayList<>();
        try (FastaReader r = open(name, in, problems)) {
            for (ProteinRecord p; (p = r.next()) != null; ) {
                out.add(p);
            }
        }
        return out;
    }
}
