package org.newsgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.ArticleSkipped;
import org.newsgraph.pipeline.ArticleTimedOut;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StageFailure;
import org.newsgraph.pipeline.WorkMeter;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.ArticleRejected;

/**
 * Runs one adversarial shape at one size through the pipeline, as the batch does (reading
 * included, under a time budget), and measures its time, operations and memory: the peak heap
 * in use during the article and the process's peak resident size (reset before each article
 * where Linux allows it).
 */
public final class HostileBenchmark {
    /** One measurement; {@code outcome} is "written", "skipped: …", "timeout: …" or "failed: …". */
    public record Result(HostileShapes shape, int bytes, long words, double seconds, long ops, long peakHeapBytes,
                         long peakRssBytes, String outcome, Map<String, Double> stageSeconds) {
    }

    private HostileBenchmark() {
    }

    public static Result run(Pipeline pipeline, HostileShapes shape, int chars, long maxBytes, Duration budget) {
        byte[] bytes = shape.generate(chars).getBytes(StandardCharsets.UTF_8);
        Pipeline measured = new Pipeline(pipeline.stages());
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        WorkMeter meter = WorkMeter.start(budget);
        String outcome = "written";
        long words = 0;
        try {
            Article a = new ArticleReader(maxBytes).read(shape.name().toLowerCase(), bytes);
            words = a.text().split("\\W+").length;
            measured.run(a);
        } catch (ArticleRejected | ArticleSkipped e) {
            outcome = "skipped: " + e.getMessage();
        } catch (ArticleTimedOut e) {
            outcome = "timeout: " + e.getMessage();
        } catch (StageFailure e) {
            outcome = "failed in " + e.stage() + ": " + e.getCause();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(shape, bytes.length, words, seconds, meter.totalOps(), peakHeap(), peakRss(), outcome,
                new LinkedHashMap<>(measured.secondsPerStage()));
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5"); // resets VmHWM, the peak resident size
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed: the peak then covers the whole run so far
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
