package org.newsgraph.spark;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;

/** What a run did, as the CLI's closing line says it; the seconds include the executors' model loading. */
record JobSummary(long written, long unchanged, long skipped, long failed, long words, double seconds) {
    static JobSummary of(List<Row> statusCounts, double seconds) {
        long written = 0, unchanged = 0, skipped = 0, failed = 0, words = 0;
        for (Row r : statusCounts) {
            long n = r.getLong(1);
            words += r.isNullAt(2) ? 0 : r.getLong(2);
            switch (r.getString(0)) {
                case Rows.WRITTEN -> written = n;
                case Rows.UNCHANGED -> unchanged = n;
                case Rows.SKIPPED -> skipped = n;
                case Rows.FAILED -> failed = n;
                default -> throw new IllegalStateException("unknown status " + r.getString(0));
            }
        }
        return new JobSummary(written, unchanged, skipped, failed, words, seconds);
    }

    double wordsPerSecond() {
        return seconds > 0 ? words / seconds : 0;
    }

    String describe() {
        return String.format(Locale.ROOT, "done: %d written, %d unchanged, %d skipped, %d failed; %d words in %.1f s (%.0f words/s)",
                written, unchanged, skipped, failed, words, seconds, wordsPerSecond());
    }
}
