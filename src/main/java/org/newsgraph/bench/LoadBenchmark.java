package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.load.LoadFailure;
import org.newsgraph.load.LoadSummary;
import org.newsgraph.load.LoadTarget;
import org.newsgraph.load.Loader;

/**
 * Bulk-load speed: loads the folders into an empty target {@code warmup} times uncounted (the JIT
 * compiles the row building and the driver's code), then {@code repeat} times; rows per second
 * count the rows written over the time of the transaction (reading the documents not included).
 */
public final class LoadBenchmark {
    public record Result(String target, int articles, long rows, List<Double> rowsPerSecond, List<Double> writeSeconds,
                         double readSeconds) {
        public double best() {
            return rowsPerSecond.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }

        public double median() {
            List<Double> s = new ArrayList<>(rowsPerSecond);
            s.sort(null);
            return s.isEmpty() ? 0 : s.get(s.size() / 2);
        }

        public String describe() {
            return String.format(Locale.ROOT, "%s: %d articles, %d rows; write %s s; rows/s %s (best %.0f, median %.0f); reading %.2f s",
                    target, articles, rows, join(writeSeconds, "%.2f"), join(rowsPerSecond, "%.0f"), best(), median(), readSeconds);
        }

        private static String join(List<Double> xs, String f) {
            return String.join(" ", xs.stream().map(x -> String.format(Locale.ROOT, f, x)).toList());
        }
    }

    private LoadBenchmark() {
    }

    /** {@code empty}: opens the target with no newsgraph article in it (a new file, or one just emptied). */
    public static Result run(List<Path> folders, Callable<LoadTarget> empty, int warmup, int repeat) throws IOException, LoadFailure {
        List<Double> rates = new ArrayList<>();
        List<Double> seconds = new ArrayList<>();
        LoadSummary last = null;
        for (int i = 0; i < warmup + repeat; i++) {
            try (LoadTarget t = openTarget(empty)) {
                last = Loader.load(folders, t, false, n -> { }, () -> { });
            }
            if (i < warmup) {
                continue;
            }
            rates.add(last.rowsPerSecond());
            seconds.add(last.writeSeconds());
        }
        return new Result(last.target(), last.inserted(), last.rowsWritten(), rates, seconds, last.readSeconds());
    }

    private static LoadTarget openTarget(Callable<LoadTarget> open) throws LoadFailure {
        try {
            return open.call();
        } catch (LoadFailure e) {
            throw e;
        } catch (Exception e) {
            throw new LoadFailure(e.getMessage(), e);
        }
    }
}
