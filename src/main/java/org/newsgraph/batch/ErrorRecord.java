package org.newsgraph.batch;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One article that was rejected (not an article: empty, binary, too large, missing, unreadable),
 * failed, timed out or was skipped: the file, the stage, and why.
 */
public record ErrorRecord(String file, String stage, String reason, boolean skipped, boolean timedOut, boolean rejected) {
    public ErrorRecord(String file, String stage, String reason, boolean skipped) {
        this(file, stage, reason, skipped, false, false);
    }

    public ErrorRecord(String file, String stage, String reason, boolean skipped, boolean timedOut) {
        this(file, stage, reason, skipped, timedOut, false);
    }

    /** Input that is not an article, found when reading it. */
    public static ErrorRecord rejected(String file, String reason) {
        return new ErrorRecord(file, "read", reason, false, false, true);
    }

    /** "rejected", "skipped", "timeout" or "failed": the {@code outcome} of the record in errors.ndjson. */
    public String outcome() {
        return rejected ? "rejected" : skipped ? "skipped" : timedOut ? "timeout" : "failed";
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
