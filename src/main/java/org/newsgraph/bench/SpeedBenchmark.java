package org.newsgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsgraph.batch.BatchResult;
import org.newsgraph.batch.BatchRunner;
import org.newsgraph.batch.InputFiles;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.ArticleReader;

/**
 * End-to-end throughput of a whole batch (model loading included), peak heap and resident
 * memory, where the time goes per stage, and optionally the same files through CoreNLP's own
 * command-line pipeline for comparison.
 */
public final class SpeedBenchmark {
    public static final String CORENLP_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote,kbp";

    public record Result(int articles, long words, double loadSeconds, double batchSeconds, long peakHeapBytes, long peakRssBytes,
                         java.util.Map<String, Double> stageSeconds) {
        public double wordsPerSecondEndToEnd() {
            return words / (loadSeconds + batchSeconds);
        }

        public double wordsPerSecondAfterLoading() {
            return words / batchSeconds;
        }
    }

    public record CoreNlpResult(double seconds, long peakRssBytes, int exitCode) {
    }

    public static Result run(Path dir, int threads, PipelineConfig config) throws IOException {
        long t0 = System.nanoTime();
        Pipeline pipeline = PipelineFactory.build(config);
        double load = (System.nanoTime() - t0) / 1e9;
        Path out = Files.createTempDirectory("newsgraph-speed");
        BatchResult r = new BatchRunner(pipeline, new ArticleReader(config.maxBytes()), PipelineFactory.configHash(config), out, threads, true)
                .run(InputFiles.scan(List.of(dir)), null);
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        org.apache.commons.io.FileUtils.deleteQuietly(out.toFile());
        return new Result(r.written(), r.words(), load, r.seconds(), heap, peakRss(ProcessHandle.current().pid()), r.stageSeconds());
    }

    /** CoreNLP's own command line over the same files, as its users run it, with two threads. */
    public static CoreNlpResult runCoreNlp(Path dir, int threads, String heap) throws IOException, InterruptedException {
        List<Path> files = InputFiles.expand(List.of(dir));
        Path list = Files.createTempFile("corenlp-files", ".txt");
        Files.write(list, files.stream().map(p -> p.toAbsolutePath().toString()).toList());
        Path out = Files.createTempDirectory("corenlp-out");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), "edu.stanford.nlp.pipeline.StanfordCoreNLP",
                "-annotators", CORENLP_ANNOTATORS, "-threads", String.valueOf(threads), "-filelist", list.toString(),
                "-outputDirectory", out.toString(), "-outputFormat", "json"));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long peak = 0;
        while (!p.waitFor(200, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, currentRss(p.pid()));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        org.apache.commons.io.FileUtils.deleteQuietly(out.toFile());
        Files.deleteIfExists(list);
        return new CoreNlpResult(seconds, peak, p.exitValue());
    }

    /** VmHWM: the peak resident set of a process, from /proc (Linux). */
    static long peakRss(long pid) {
        return procStatus(pid, "VmHWM:");
    }

    static long currentRss(long pid) {
        return procStatus(pid, "VmRSS:");
    }

    private static long procStatus(long pid, String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
