package org.loclens.app.gui.common;

import java.util.List;

/** A file type for open and save dialogs: a description and extensions without dots. */
public record FileType(String description, List<String> extensions) {

    public static FileType of(String description, String... extensions) {
        return new FileType(description, List.of(extensions));
    }

    public static final FileType FASTA = of("FASTA", "fasta", "fa", "faa", "fas", "fasta.gz", "fa.gz", "faa.gz", "txt");
    public static final FileType MODEL = of("LocLens model", "zip");
    public static final FileType ANY = of("All files", "*");
}
