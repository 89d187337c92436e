package org.newsgraph.load;

/** The target could not be opened or the batch was rolled back; the message says which and why. */
public final class LoadFailure extends Exception {
    public LoadFailure(String message) {
        super(message);
    }

    public LoadFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
