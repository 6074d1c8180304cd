package org.loclens.app.gui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Modal questions to the user (JabRef's {@code DialogService}): file choosers, confirmations, text input.
 * Views use it; tests replace it with canned answers. Messages that need no answer go to
 * {@link Notifications} instead.
 */
public interface DialogService {

    List<Path> openFiles(String title, Path initialFolder, FileType... types);

    Optional<Path> openFile(String title, Path initialFolder, FileType... types);

    Optional<Path> saveFile(String title, Path initialFolder, String initialName, FileType... types);

    /** An OK/Cancel question; true for OK. */
    boolean confirm(String title, String text, String okLabel);

    /** A large text field, e.g. for pasting FASTA; empty when cancelled. */
    Optional<String> textInput(String title, String header, String prompt);
}
