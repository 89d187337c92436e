package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.batch.BatchResult;
import org.newsgraph.batch.BatchRunner;
import org.newsgraph.batch.ErrorRecord;
import org.newsgraph.batch.InputFiles;
import org.newsgraph.batch.ProgressReporter;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", description = "Process articles (files or directories) into JSON-LD documents.")
public final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories (.txt, .html, .htm).")
    List<Path> paths;

    @Option(names = "--out", defaultValue = "output", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--force", description = "Redo articles whose output is up to date.")
    boolean force;

    @Option(names = "--article-timeout-s", paramLabel = "SECONDS",
            description = "Time one article may take (reading, stages and writing); past it the article is recorded as a "
                    + "timeout in errors.ndjson and the batch goes on. 0: no limit (default: 60).")
    double articleTimeoutSeconds = BatchRunner.DEFAULT_ARTICLE_BUDGET.toSeconds();

    @picocli.CommandLine.Mixin
    PipelineOptions pipelineOptions;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        List<Path> files = InputFiles.expand(paths);
        PipelineConfig config = pipelineOptions.config();
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--threads must be at least 1");
        }
        if (articleTimeoutSeconds < 0 || Double.isNaN(articleTimeoutSeconds)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--article-timeout-s must be 0 or more");
        }
        java.time.Duration budget = articleTimeoutSeconds == 0 ? null : java.time.Duration.ofMillis(Math.round(articleTimeoutSeconds * 1000));
        err.printf("newsgraph: %d article files, %d threads, output in %s%n", files.size(), n, out);
        long t0 = System.nanoTime();
        Pipeline pipeline = pipelineOptions.build(config);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        BatchRunner runner = new BatchRunner(pipeline, new ArticleReader(config.maxBytes()), PipelineFactory.configHash(config), out, n, force, budget);
        Thread hook = new Thread(() -> {
            runner.stop();
            try {
                runner.awaitFinished(120);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        BatchResult r;
        try (ProgressReporter progress = new ProgressReporter(files.size(), System.console() != null, err)) {
            r = runner.run(files, progress);
        }
        Runtime.getRuntime().removeShutdownHook(hook);
        for (ErrorRecord e : r.errors()) {
            err.printf("%s: %s (%s): %s%n", e.outcome(), e.file(), e.stage(), e.reason());
        }
        err.printf(Locale.ROOT, "done: %d written, %d unchanged, %d skipped, %d failed; %d words in %.1f s (%.0f words/s; models loaded in %.1f s)%n",
                r.written(), r.unchanged(), r.skipped(), r.failed(), r.words(), r.seconds(), r.wordsPerSecond(), loadSeconds);
        return r.failed() > 0 || r.interrupted() ? 1 : 0;
    }
}
