package org.newsgraph.batch;

/** One article that failed, timed out or was skipped: the file, the stage, and why. */
public record ErrorRecord(String file, String stage, String reason, boolean skipped, boolean timedOut) {
    public ErrorRecord(String file, String stage, String reason, boolean skipped) {
        this(file, stage, reason, skipped, false);
    }

    /** "skipped", "timeout" or "failed": the {@code outcome} of the record in errors.ndjson. */
    public String outcome() {
        return skipped ? "skipped" : timedOut ? "timeout" : "failed";
    }
}
