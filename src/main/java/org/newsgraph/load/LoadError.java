package org.newsgraph.load;

/** A file that was not loaded, and why; the rest of the batch loads. */
public record LoadError(String file, String reason) {
}
