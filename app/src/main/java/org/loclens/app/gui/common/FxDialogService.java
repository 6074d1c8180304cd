package org.loclens.app.gui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    private FileChooser chooser(String title, Path folder, FileType... types) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) {
            c.setInitialDirectory(folder.toFile());
        }
        for (FileType t : types) {
            List<String> patterns = t.extensions().stream().map(e -> e.equals("*") ? "*" : "*." + e).toList();
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(), patterns));
        }
        return c;
    }

    @Override
    public List<Path> openFiles(String title, Path initialFolder, FileType... types) {
        List<File> files = chooser(title, initialFolder, types).showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> openFile(String title, Path initialFolder, FileType... types) {
        File f = chooser(title, initialFolder, types).showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> saveFile(String title, Path initialFolder, String initialName, FileType... types) {
        FileChooser c = chooser(title, initialFolder, types);
        c.setInitialFileName(initialName);
        File f = c.showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public boolean confirm(String title, String text, String okLabel) {
        ButtonType ok = new ButtonType(okLabel, ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, ok, ButtonType.CANCEL);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(null);
        return a.showAndWait().filter(b -> b == ok).isPresent();
    }

    @Override
    public Optional<String> textInput(String title, String header, String prompt) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(header);
        TextArea area = new TextArea();
        area.setPromptText(prompt);
        area.setPrefColumnCount(70);
        area.setPrefRowCount(16);
        area.getStyleClass().add("sequence-text");
        d.getDialogPane().setContent(area);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? area.getText() : null);
        area.requestFocus();
        return d.showAndWait().filter(s -> !s.isBlank());
    }
}
