package org.loclens.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.loclens.model.network.Architecture;

/**
 * The models shipped in the resources module: {@code /loclens/models/default.properties} names the files
 * of the default predictor ({@code members=rlstm.zip,alstm.zip}), which is an ensemble when it names more
 * than one; {@code attention=} names the A-LSTM whose attention the views draw.
 */
public final class BundledModels {

    public static final String DIR = "/loclens/models/";
    public static final String INDEX = DIR + "default.properties";

    private BundledModels() {
    }

    /** Whether this build ships any model. */
    public static boolean available() {
        return BundledModels.class.getResource(INDEX) != null;
    }

    /** Names of the default members, in order. */
    public static List<String> defaultMembers() {
        Properties p = index();
        List<String> names = new ArrayList<>();
        for (String s : p.getProperty("members", "").split(",")) {
            if (!s.isBlank()) {
                names.add(s.trim());
            }
        }
        return names;
    }

    /** Loads the default members; throws with a clear message when none is bundled. */
    public static List<TrainedModel> loadDefault() {
        List<TrainedModel> models = new ArrayList<>();
        for (String name : defaultMembers()) {
            models.add(load(name));
        }
        if (models.isEmpty()) {
            throw new ModelFormatException("bundled models", "none listed in " + INDEX);
        }
        return models;
    }

    /** The bundled model of an architecture, if one is shipped (e.g. the A-LSTM for attention views). */
    public static Optional<TrainedModel> load(Architecture architecture) {
        String key = architecture == Architecture.ALSTM ? "alstm" : "rlstm";
        String name = index().getProperty(key);
        return name == null ? Optional.empty() : Optional.of(load(name));
    }

    public static TrainedModel load(String name) {
        try (InputStream in = BundledModels.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new ModelFormatException("bundled model " + name, "missing from the resources jar");
            }
            return ModelFile.read("bundled model " + name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties index() {
        Properties p = new Properties();
        try (InputStream in = BundledModels.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new ModelFormatException("bundled models", "this build ships no model (no " + INDEX
                        + "); train one with 'loclens train' and pass it with --model");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
