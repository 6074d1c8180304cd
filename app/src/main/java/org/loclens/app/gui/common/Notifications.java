package org.loclens.app.gui.common;

import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Non-modal messages shown in a bar at the top of the window: a bad file, an export written, a model that
 * could not be loaded. Changed on the UI thread only.
 */
public final class Notifications {

    public enum Kind { INFO, WARNING, ERROR }

    /** One message; the text names the file or thing it is about. */
    public record Notice(Kind kind, String text) {
        public Notice {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(text);
        }
    }

    /** More than this many are folded: the oldest go first. */
    static final int MAX = 6;

    private final ObservableList<Notice> notices = FXCollections.observableArrayList();

    public ObservableList<Notice> notices() {
        return notices;
    }

    public void info(String text) {
        add(new Notice(Kind.INFO, text));
    }

    public void warning(String text) {
        add(new Notice(Kind.WARNING, text));
    }

    public void error(String text) {
        add(new Notice(Kind.ERROR, text));
    }

    public void add(Notice n) {
        notices.add(n);
        while (notices.size() > MAX) {
            notices.remove(0);
        }
    }

    public void dismiss(Notice n) {
        notices.remove(n);
    }
}
