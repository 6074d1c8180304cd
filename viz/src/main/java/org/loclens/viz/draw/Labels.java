package org.loclens.viz.draw;

import java.util.List;

/** Turns identifiers into the words figures print. */
public final class Labels {

    private Labels() {
    }

    /** Prints a class identifier for people: {@code plasma_membrane} becomes "plasma membrane". */
    public static String className(String id) {
        return id.replace('_', ' ');
    }

    /** Applies {@link #className} to every element. */
    public static List<String> classNames(List<String> ids) {
        return ids.stream().map(Labels::className).toList();
    }
}
