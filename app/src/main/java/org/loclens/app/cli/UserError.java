package org.loclens.app.cli;

/** A problem the user can fix; printed as one line without a stack trace. */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
