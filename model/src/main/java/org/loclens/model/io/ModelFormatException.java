package org.loclens.model.io;

/** A model file that cannot be used: the message names the file and the reason in one line. */
public class ModelFormatException extends RuntimeException {

    public ModelFormatException(String file, String reason) {
        super(file + ": " + reason);
    }

    public ModelFormatException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }
}
