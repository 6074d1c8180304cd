package org.loclens.model.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;

/**
 * A LocLens model file: one zip holding {@code manifest.json} and {@code network.zip} (DL4J's own format,
 * with the updater state so training can resume). Saving writes a temporary file in the target folder and
 * moves it over the target, so an interrupted save never destroys the previous model.
 */
public final class ModelFile {

    static final String MANIFEST = "manifest.json";
    static final String NETWORK = "network.zip";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ModelFile() {
    }

    public static ObjectMapper json() {
        return JSON;
    }

    public static void save(TrainedModel model, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(JSON.writeValueAsBytes(model.manifest()));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(NETWORK));
            ModelSerializer.writeModel(model.network(), new NonClosing(zip), true);
            zip.closeEntry();
            zip.finish(); // not close(): AtomicFiles syncs and closes the file itself
        });
    }

    /** Loads a model file; every failure is a {@link ModelFormatException} naming the file. */
    public static TrainedModel load(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new ModelFormatException(name, "is a folder, not a LocLens model file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(name, in);
        } catch (NoSuchFileException e) {
            throw new ModelFormatException(name, "no such file");
        } catch (AccessDeniedException e) {
            throw new ModelFormatException(name, "permission denied");
        } catch (IOException e) {
            throw new ModelFormatException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads a model from a stream (e.g. a bundled resource); {@code name} is used in messages. */
    public static TrainedModel read(String name, InputStream in) {
        ModelManifest manifest = null;
        byte[] network = null;
        boolean anyEntry = false;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                anyEntry = true;
                if (MANIFEST.equals(e.getName())) {
                    manifest = readManifest(name, zip.readAllBytes());
                } else if (NETWORK.equals(e.getName())) {
                    network = zip.readAllBytes();
                }
            }
        } catch (ZipException e) {
            throw new ModelFormatException(name, "not a LocLens model (damaged or not a zip file: " + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ModelFormatException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (!anyEntry) {
            throw new ModelFormatException(name, "not a LocLens model (not a zip file, or an empty one)");
        }
        if (manifest == null) {
            throw new ModelFormatException(name, "not a LocLens model (no " + MANIFEST + " inside)");
        }
        if (network == null) {
            throw new ModelFormatException(name, "damaged LocLens model (no " + NETWORK + " inside)");
        }
        ComputationGraph graph;
        try {
            graph = ModelSerializer.restoreComputationGraph(new ByteArrayInputStream(network), true);
        } catch (Exception e) {
            throw new ModelFormatException(name, "damaged LocLens model (network cannot be read: " + e.getMessage() + ")", e);
        }
        return new TrainedModel(org.loclens.model.network.NetworkFactory.withMaskedReverse(graph), manifest);
    }

    private static ModelManifest readManifest(String name, byte[] bytes) {
        int version;
        try {
            version = JSON.readTree(bytes).path("formatVersion").asInt(-1);
        } catch (IOException e) {
            throw new ModelFormatException(name, "damaged LocLens model (manifest is not JSON)", e);
        }
        if (version < 1) {
            throw new ModelFormatException(name, "not a LocLens model (manifest has no formatVersion)");
        }
        if (version > ModelManifest.FORMAT_VERSION) {
            throw new ModelFormatException(name, "made by a newer LocLens (model format " + version
                    + "; this version reads up to " + ModelManifest.FORMAT_VERSION + ")");
        }
        try {
            return JSON.readValue(bytes, ModelManifest.class);
        } catch (IOException e) {
            throw new ModelFormatException(name, "damaged LocLens model (manifest: " + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
    }

    /** Writes JSON atomically (temp file + move), for checkpoint state and reports. */
    public static void writeJsonAtomically(Object value, Path target) throws IOException {
        AtomicFiles.writeString(target, JSON.writeValueAsString(value));
    }

    /** ModelSerializer closes the stream it is given; the zip entry must stay open. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
