package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.batch.FailureReasons;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.ArticleSkipped;
import org.newsgraph.pipeline.StageFailure;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.ArticleRejected;

/**
 * {@code run -}: one article from standard input (text or an HTML page), its document on standard
 * output, the same bytes {@code run} writes to a file. Exit statuses as for a batch of one.
 */
final class StdinRun implements Callable<Integer> {
    static final String IDENTIFIER = "stdin";
    private final PipelineOptions options;
    private final PipelineConfig config;

    StdinRun(PipelineOptions options, PipelineConfig config) {
        this.options = options;
        this.config = config;
    }

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        byte[] bytes = System.in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBytes() + 1));
        Article article;
        try {
            article = new ArticleReader(config.maxBytes()).read(IDENTIFIER, bytes);
        } catch (ArticleRejected e) {
            err.println("rejected: standard input (read): " + e.getMessage());
            return ExitStatus.REJECTED;
        }
        Annotator annotator = new Annotator(options.loadWithNotice(config), PipelineFactory.configHash(config));
        try {
            String json = annotator.annotate(article).pretty();
            System.out.write(json.getBytes(StandardCharsets.UTF_8));
            System.out.flush();
            return ExitStatus.OK;
        } catch (ArticleSkipped e) {
            err.println("skipped: standard input (" + e.stage() + "): " + e.getMessage());
            return ExitStatus.OK;
        } catch (StageFailure e) {
            err.println("failed: standard input (" + e.stage() + "): " + FailureReasons.of(e.stage(), e.getCause()));
            return ExitStatus.FAILED;
        }
    }
}
