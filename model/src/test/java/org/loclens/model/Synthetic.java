package org.loclens.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.loclens.model.data.Location;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.network.Architecture;
import org.loclens.model.network.NetworkConfig;

/**
 * Synthetic proteins whose class is a planted motif: ER proteins start with a hydrophobic signal,
 * peroxisomal ones end in SKL, cytoplasmic ones have neither. Background residues avoid the motif letters.
 */
public final class Synthetic {

    public static final String N_MOTIF = "MLLLLLLLLLLA";
    public static final String C_MOTIF = "SKLSKLSKL"; // PTS1-like, repeated so attention learns it within seconds
    private static final String BACKGROUND = "DEGHNPQRTY";

    private Synthetic() {
    }

    public static List<ProteinRecord> proteins(int n, long seed) {
        Random r = new Random(seed);
        List<ProteinRecord> out = new ArrayList<>();
        Location[] classes = {Location.ER, Location.PEROXISOMAL, Location.CYTOPLASMIC};
        for (int i = 0; i < n; i++) {
            Location c = classes[i % 3];
            int len = 25 + r.nextInt(40);
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < len; k++) {
                s.append(BACKGROUND.charAt(r.nextInt(BACKGROUND.length())));
            }
            if (c == Location.ER) {
                s.replace(0, N_MOTIF.length(), N_MOTIF);
            } else if (c == Location.PEROXISOMAL) {
                s.replace(len - C_MOTIF.length(), len, C_MOTIF);
            }
            out.add(new ProteinRecord("syn" + i, "", s.toString(), Optional.of(c), Optional.empty()));
        }
        return out;
    }

    /** A network small enough to learn the motifs in seconds on one core. */
    public static NetworkConfig tinyConfig(Architecture a) {
        NetworkConfig d = NetworkConfig.defaults(a);
        return new NetworkConfig(a, d.convWidths(), 6, 24, 24, 24, 0.1, 0.1, 1e-2, 1000, 1L);
    }
}
