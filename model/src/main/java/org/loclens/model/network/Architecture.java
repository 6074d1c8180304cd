package org.loclens.model.network;

import java.util.Locale;

/** The two networks of Sønderby et al. 2015. */
public enum Architecture {
    /** §2.2: a forward and a backward LSTM over the convolutions; their last states are concatenated. */
    RLSTM("R-LSTM"),
    /** §2.3: a bidirectional LSTM with attention (eq. 11-13); its weights show where the network looks. */
    ALSTM("A-LSTM");

    private final String displayName;

    Architecture(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** "rlstm", "R-LSTM", "alstm" ... */
    public static Architecture parse(String text) {
        String k = text.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return switch (k) {
            case "rlstm" -> RLSTM;
            case "alstm" -> ALSTM;
            default -> throw new IllegalArgumentException("unknown architecture '" + text + "' (use rlstm or alstm)");
        };
    }
}
