package org.newsgraph.batch;

import java.util.LinkedHashMap;
import java.util.Map;

/** One article that failed or was skipped: the file, the stage, and why. */
public record ErrorRecord(String file, String stage, String reason, boolean skipped) {
    /** The fields of an {@code errors.ndjson} line, in their order (shared by the CLI and the Spark job). */
    public Map<String, Object> fields() {
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("file", file);
        rec.put("stage", stage);
        rec.put("reason", reason);
        rec.put("outcome", skipped ? "skipped" : "failed");
        return rec;
    }
}
