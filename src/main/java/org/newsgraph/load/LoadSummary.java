package org.newsgraph.load;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one load did: articles inserted, replaced, unchanged and removed; files skipped with their
 * reasons; rows written and the rows each table holds afterwards; the time spent writing.
 */
public record LoadSummary(String target, int inserted, int replaced, int unchanged, int removed, List<LoadError> errors,
                          long rowsWritten, Map<String, Long> tableRows, double readSeconds, double writeSeconds) {

    public LoadSummary {
        errors = List.copyOf(errors);
        tableRows = Map.copyOf(new java.util.TreeMap<>(tableRows));
    }

    /** Rows per second of the write (the transaction), parsing of the documents not counted. */
    public double rowsPerSecond() {
        return writeSeconds > 0 ? rowsWritten / writeSeconds : 0;
    }

    public String describe() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "loaded into %s: %d inserted, %d replaced, %d unchanged, %d removed, %d skipped; %d rows written in %.2f s "
                        + "(%.0f rows/s; reading %.2f s)", target, inserted, replaced, unchanged, removed, errors.size(), rowsWritten,
                writeSeconds, rowsPerSecond(), readSeconds));
        b.append("\n  now held:");
        new java.util.TreeMap<>(tableRows).forEach((t, n) -> b.append(' ').append(t).append(' ').append(n).append(';'));
        b.setLength(b.length() - 1);
        return b.toString();
    }
}
