package org.loclens.app.gui.predict;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.loclens.model.data.BadInputException;
import org.loclens.model.data.MultiLoc;

/**
 * Something to predict: a dropped or chosen file, pasted text, or the bundled sample. {@link #size()} in
 * bytes, so progress can be measured in bytes read while the proteins stream.
 */
public abstract class FastaSource {

    private final String name;

    FastaSource(String name) {
        this.name = name;
    }

    /** Shown in messages ("human.fasta: empty file"): a file's name, "pasted text" or "sample". */
    public String name() {
        return name;
    }

    /** Bytes, or 0 when unknown. */
    public abstract long size();

    /** Opens the raw bytes, counting them into {@code read}; whole-file problems are {@link BadInputException}s. */
    public abstract InputStream open(AtomicLong read);

    public static FastaSource of(Path file) {
        return new FileSource(file);
    }

    public static FastaSource ofText(String name, String fasta) {
        byte[] bytes = fasta.getBytes(StandardCharsets.UTF_8);
        return new FastaSource(name) {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public InputStream open(AtomicLong read) {
                return new Counting(new java.io.ByteArrayInputStream(bytes), read);
            }
        };
    }

    /** A classpath resource such as {@link MultiLoc#SAMPLE_RESOURCE}. */
    public static FastaSource ofResource(String name, String resource) {
        return new FastaSource(name) {
            @Override
            public long size() {
                return 0;
            }

            @Override
            public InputStream open(AtomicLong read) {
                return new Counting(MultiLoc.open(resource), read);
            }
        };
    }

    private static final class FileSource extends FastaSource {

        private final Path file;

        FileSource(Path file) {
            super(file.getFileName() == null ? file.toString() : file.getFileName().toString());
            this.file = file;
        }

        @Override
        public long size() {
            try {
                return Files.isRegularFile(file) ? Files.size(file) : 0;
            } catch (IOException e) {
                return 0;
            }
        }

        @Override
        public InputStream open(AtomicLong read) {
            if (Files.isDirectory(file)) {
                throw new BadInputException(name(), "is a folder, not a FASTA file");
            }
            try {
                return new Counting(Files.newInputStream(file), read);
            } catch (NoSuchFileException e) {
                throw new BadInputException(name(), "no such file");
            } catch (AccessDeniedException e) {
                throw new BadInputException(name(), "permission denied");
            } catch (IOException e) {
                throw new BadInputException(name(), "cannot be read (" + e.getMessage() + ")");
            }
        }
    }

    /** Counts bytes as the reader pulls them. */
    static final class Counting extends FilterInputStream {

        private final AtomicLong read;

        Counting(InputStream in, AtomicLong read) {
            super(in);
            this.read = read;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                read.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                read.addAndGet(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            read.addAndGet(s);
            return s;
        }
    }
}
