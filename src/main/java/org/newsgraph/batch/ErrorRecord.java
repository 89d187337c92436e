package org.newsgraph.batch;

import java.util.LinkedHashMap;
import java.util.Map;

/** One article that failed, timed out or was skipped: the file, the stage, and why. */
public record ErrorRecord(String file, String stage, String reason, boolean skipped, boolean timedOut) {
    public ErrorRecord(String file, String stage, String reason, boolean skipped) {
        this(file, stage, reason, skipped, false);
    }

    /** "skipped", "timeout" or "failed": the {@code outcome} of the record in errors.ndjson. */
    public String outcome() {
        return skipped ? "skipped" : timedOut ? "timeout" : "failed";
    }

    /** The fields of an {@code errors.ndjson} line, in their order (shared by the CLI and the Spark job). */
    public Map<String, Object> fields() {
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("file", file);
        rec.put("stage", stage);
        rec.put("reason", reason);
        rec.put("outcome", outcome());
        return rec;
    }
}
