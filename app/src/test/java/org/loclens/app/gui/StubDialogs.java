package org.loclens.app.gui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.loclens.app.gui.common.DialogService;
import org.loclens.app.gui.common.FileType;

/** Canned answers for dialogs, and a record of what was asked. */
public final class StubDialogs implements DialogService {

    public final Deque<List<Path>> openAnswers = new ArrayDeque<>();
    public final Deque<Path> saveAnswers = new ArrayDeque<>();
    public boolean confirmAnswer = true;
    public final List<String> confirmations = new ArrayList<>();

    @Override
    public List<Path> openFiles(String title, Path initialFolder, FileType... types) {
        return openAnswers.isEmpty() ? List.of() : openAnswers.poll();
    }

    @Override
    public Optional<Path> openFile(String title, Path initialFolder, FileType... types) {
        return openFiles(title, initialFolder, types).stream().findFirst();
    }

    @Override
    public Optional<Path> saveFile(String title, Path initialFolder, String initialName, FileType... types) {
        return Optional.ofNullable(saveAnswers.poll());
    }

    @Override
    public boolean confirm(String title, String text, String okLabel) {
        confirmations.add(text);
        return confirmAnswer;
    }

    @Override
    public Optional<String> textInput(String title, String header, String prompt) {
        return Optional.empty();
    }
}
