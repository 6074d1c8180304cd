package org.loclens.model.data;

/**
 * A whole-file problem: the file cannot be used at all. The message is one line that names the file
 * and the reason, fit to print as it is.
 */
public class BadInputException extends RuntimeException {

    private final String source;

    public BadInputException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
    }

    public BadInputException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
    }

    public String source() {
        return source;
    }
}
