package org.loclens.app.gui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a view's FXML (beside its controller class) with the message bundle and the given controller. */
public final class ViewLoader {

    private ViewLoader() {
    }

    public static <T extends Parent> T load(Object controller, String fxml) {
        URL url = controller.getClass().getResource(fxml);
        if (url == null) {
            throw new IllegalStateException("missing view " + fxml + " beside " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, I18n.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url, e);
        }
    }
}
