package org.newsgraph.batch;

/** One article that failed or was skipped: the file, the stage, and why. */
public record ErrorRecord(String file, String stage, String reason, boolean skipped) {
}
