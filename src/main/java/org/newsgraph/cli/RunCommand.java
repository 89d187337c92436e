package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", description = "Process articles (files or directories) into JSON-LD documents.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every article written, unchanged or skipped (not English)", "1:an article failed or timed out, or the run was interrupted",
                "2:usage error", "3:nothing failed, but input was rejected (empty, binary, too large, missing, unreadable)"})
public final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories (.txt, .html, .htm); "
            + "- alone reads one article from standard input and writes its document to standard output.")
    List<Path> paths;

    @Option(names = "--out", defaultValue = "output", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--force", description = "Redo articles whose output is up to date.")
    boolean force;

    @Option(names = "--prune", description = "Delete documents whose input is gone (they are listed in changes.ndjson either way).")
    boolean prune;

    @Option(names = "--article-timeout-s", paramLabel = "SECONDS",
            description = "Time one article may take (reading, stages and writing); past it the article is recorded as a "
                    + "timeout in errors.ndjson and the batch goes on. 0: no limit (default: 60).")
    double articleTimeoutSeconds = BatchRunner.DEFAULT_ARTICLE_BUDGET.toSeconds();

    @CommandLine.Mixin
    PipelineOptions pipelineOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        PipelineConfig config = pipelineOptions.config();
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (articleTimeoutSeconds < 0 || Double.isNaN(articleTimeoutSeconds)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--article-timeout-s must be 0 or more");
        }
        if (paths.contains(Path.of("-"))) {
            if (paths.size() > 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "- (standard input) cannot be combined with other paths");
            }
            return new StdinRun(pipelineOptions, config).call();
        }
        Duration budget = articleTimeoutSeconds == 0 ? null : Duration.ofMillis(Math.round(articleTimeoutSeconds * 1000));
        InputFiles.Scan scan = InputFiles.scan(paths);
        if (scan.files().isEmpty() && !scan.problems().isEmpty()) { // nothing to do: no need to load models or touch --out
            scan.problems().forEach(e -> err.println(line(e)));
            return ExitStatus.REJECTED;
        }
        err.printf("newsgraph: %d article files, %d threads, output in %s%n", scan.files().size(), n, out);
        long t0 = System.nanoTime();
        Pipeline pipeline = pipelineOptions.loadWithNotice(config);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        BatchRunner runner = new BatchRunner(pipeline, new ArticleReader(config.maxBytes()), PipelineFactory.configHash(config),
                out, n, force, budget).pruneRemoved(prune);
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
        try (ProgressReporter progress = new ProgressReporter(scan.files().size(), System.console() != null, err)) {
            r = runner.run(scan, progress);
        }
        Runtime.getRuntime().removeShutdownHook(hook);
        r.errors().forEach(e -> err.println(line(e)));
        err.printf(Locale.ROOT, "done: %d written, %d unchanged, %d skipped, %d rejected, %d failed; %d words in %.1f s "
                        + "(%.0f words/s; models loaded in %.1f s)%n",
                r.written(), r.unchanged(), r.skipped(), r.rejected(), r.failed(), r.words(), r.seconds(), r.wordsPerSecond(), loadSeconds);
        if (r.removed() > 0) {
            err.printf("%d documents whose input is gone: %s (see changes.ndjson)%n", r.removed(),
                    r.pruned() > 0 ? "deleted (--prune)" : "kept; --prune deletes them");
        }
        return status(r);
    }

    /** One line per problem, naming the file: {@code rejected: in/empty.txt (read): file is empty}. */
    static String line(ErrorRecord e) {
        return e.outcome() + ": " + e.file() + " (" + e.stage() + "): " + e.reason();
    }

    static int status(BatchResult r) {
        if (r.failed() > 0 || r.interrupted()) {
            return ExitStatus.FAILED;
        }
        return r.rejected() > 0 ? ExitStatus.REJECTED : ExitStatus.OK;
    }
}
