package org.newsgraph.cli;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsgraph.batch.BatchRunner;
import org.newsgraph.bench.HostileBenchmark;
import org.newsgraph.bench.HostileShapes;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "hostile", description = "Adversarial article shapes (a long sentence, no full stop, thousands of quote marks or names, "
        + "deep HTML, a flattened table, a very long word) at several sizes: time, operations and peak memory of each.")
final class HostileBenchCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", paramLabel = "CHARS", defaultValue = "10000,100000,1000000",
            description = "Sizes in characters (default: ${DEFAULT-VALUE}); each is capped at --max-bytes.")
    List<Integer> sizes;

    @Option(names = "--shapes", split = ",", paramLabel = "SHAPE", description = "Shapes to run (default: all): ${COMPLETION-CANDIDATES}.")
    List<HostileShapes> shapes = List.of(HostileShapes.values());

    @Option(names = "--article-timeout-s", paramLabel = "SECONDS", description = "Budget per article as in run; 0: none (default: 0).")
    double timeoutSeconds;

    @picocli.CommandLine.Mixin
    PipelineOptions pipelineOptions;

    @Override
    public Integer call() {
        PipelineConfig config = pipelineOptions.config();
        Pipeline pipeline = pipelineOptions.build(config);
        Duration budget = timeoutSeconds > 0 ? Duration.ofMillis(Math.round(timeoutSeconds * 1000)) : null;
        System.out.printf("%-18s %10s %9s %9s %12s %9s %9s %9s  %s%n", "shape", "bytes", "words", "seconds", "ops", "ops/word",
                "heap MB", "RSS MB", "outcome; slowest stages");
        int failed = 0;
        for (HostileShapes shape : shapes) {
            for (int size : sizes) {
                HostileBenchmark.Result r = HostileBenchmark.run(pipeline, shape, size, config.maxBytes(), budget);
                String slowest = r.stageSeconds().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(3)
                        .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue())).collect(Collectors.joining(", "));
                System.out.printf(Locale.ROOT, "%-18s %10d %9d %9.2f %12d %9.1f %9.0f %9.0f  %s; %s%n", shape.name().toLowerCase(), r.bytes(),
                        r.words(), r.seconds(), r.ops(), r.ops() / (double) Math.max(1, r.words()), r.peakHeapBytes() / 1e6,
                        r.peakRssBytes() / 1e6, r.outcome(), slowest);
                if (r.outcome().startsWith("failed")) {
                    failed++;
                }
            }
        }
        System.out.printf("default per-article budget of run: %d s; heap: %s%n", BatchRunner.DEFAULT_ARTICLE_BUDGET.toSeconds(),
                Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        return failed > 0 ? 1 : 0;
    }
}
