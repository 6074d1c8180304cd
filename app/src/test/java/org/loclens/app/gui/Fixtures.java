package org.loclens.app.gui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.loclens.app.gui.common.AppContext;
import org.loclens.app.gui.common.AppSettings;
import org.loclens.app.gui.common.Notifications;
import org.loclens.app.gui.task.CurrentThreadTaskExecutor;
import org.loclens.app.gui.task.TaskExecutor;
import org.loclens.model.Version;
import org.loclens.model.data.Location;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.data.SignalAnnotation;
import org.loclens.model.io.ModelManifest;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.network.Architecture;
import org.loclens.model.network.NetworkConfig;
import org.loclens.model.network.NetworkFactory;

/** Tiny, real test material: labelled random proteins and a small untrained A-LSTM (built in about a second). */
public final class Fixtures {

    /** The brief's tiny A-LSTM: six convolution widths of 6 filters, 24 units everywhere. */
    public static final NetworkConfig TINY = new NetworkConfig(Architecture.ALSTM, new int[] {1, 3, 5, 9, 15, 21}, 6, 24,
            24, 24, 0.1, 0.1, 1e-2, 1000, 1L);

    private static final String AMINO = "ACDEFGHIKLMNPQRSTVWY";
    private static TrainedModel tiny;
    private static TrainedModel tinyR;

    private Fixtures() {
    }

    /** A small untrained A-LSTM with a manifest, shared by all tests of the JVM (read-only use). */
    public static synchronized TrainedModel tinyModel() {
        if (tiny == null) {
            tiny = new TrainedModel(NetworkFactory.build(TINY, null), manifest(TINY));
        }
        return tiny;
    }

    /** The same size as an R-LSTM. */
    public static synchronized TrainedModel tinyRlstm() {
        if (tinyR == null) {
            NetworkConfig c = new NetworkConfig(Architecture.RLSTM, TINY.convWidths(), 6, 24, 24, 24, 0.1, 0.1, 1e-2, 1000, 1L);
            tinyR = new TrainedModel(NetworkFactory.build(c, null), manifest(c));
        }
        return tinyR;
    }

    /** Like the bundled default: an R-LSTM and an A-LSTM averaged. */
    public static List<TrainedModel> ensemble() {
        return List.of(tinyRlstm(), tinyModel());
    }

    static ModelManifest manifest(NetworkConfig config) {
        var summary = new ModelManifest.TrainingSummary(0, 0, 16, 0, 0, 0, "none", List.of());
        return new ModelManifest(ModelManifest.FORMAT_VERSION, Version.current(), config, ModelManifest.ENCODING,
                Location.labels(), summary, "", Map.of(), Instant.now().toString());
    }

    /** {@code n} labelled proteins of 20-60 residues, classes in turn, every third with a signal peptide. */
    public static List<ProteinRecord> labelled(int n, long seed) {
        Random r = new Random(seed);
        List<ProteinRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int length = 20 + r.nextInt(41);
            StringBuilder s = new StringBuilder("M");
            while (s.length() < length) {
                s.append(AMINO.charAt(r.nextInt(AMINO.length())));
            }
            Location l = Location.values()[i % Location.COUNT];
            Optional<SignalAnnotation> signal = i % 3 == 0
                    ? Optional.of(new SignalAnnotation(SignalAnnotation.Type.SP, 1, 12)) : Optional.empty();
            out.add(new ProteinRecord(String.format("TP%04d", i), "", s.toString(), Optional.of(l), signal));
        }
        return out;
    }

    /** FASTA text in MultiLoc's labelled header form. */
    public static String fasta(List<ProteinRecord> records) {
        StringBuilder s = new StringBuilder();
        for (ProteinRecord p : records) {
            s.append('>').append(p.id());
            p.location().ifPresent(l -> s.append(' ').append(l.label()));
            p.signal().ifPresent(a -> s.append(' ').append(a.type().label()).append(' ').append(a.end()));
            s.append('\n').append(p.sequence()).append('\n');
        }
        return s.toString();
    }

    /** A context whose tasks run synchronously on the calling thread (no toolkit needed). */
    public static AppContext syncContext(Path tmp, StubDialogs dialogs) {
        return context(new CurrentThreadTaskExecutor(), tmp, dialogs);
    }

    public static AppContext context(TaskExecutor executor, Path tmp, StubDialogs dialogs) {
        return new AppContext(executor, new AppSettings(tmp.resolve("config"), tmp.resolve("data")), new Notifications(),
                dialogs);
    }

    /** Smaller and faster still, for training tests. */
    public static NetworkConfig shrink(NetworkConfig c) {
        return new NetworkConfig(c.architecture(), new int[] {1, 3, 5}, 4, 8, 8, 8, 0.1, 0.1, 1e-2, 200, 1L);
    }
}
