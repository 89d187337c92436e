package org.newsgraph.service;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.WorkMeter;

/**
 * One article's run on a worker, under the time left until its deadline: the stages count
 * their work on the thread's {@link WorkMeter} (as in {@code run}'s batches) and end the article
 * themselves once the time is up, so a worker given up on does not go on for long.
 */
final class ArticleJob implements Callable<Annotator.Annotated> {
    private final Annotator annotator;
    private final Article article;
    private final long deadlineNanos;
    private volatile WorkMeter meter;
    private volatile boolean abandoned;

    ArticleJob(Annotator annotator, Article article, long deadlineNanos) {
        this.annotator = annotator;
        this.article = article;
        this.deadlineNanos = deadlineNanos;
    }

    long deadlineNanos() {
        return deadlineNanos;
    }

    @Override
    public Annotator.Annotated call() {
        WorkMeter m = WorkMeter.start(Duration.ofNanos(Math.max(1, deadlineNanos - System.nanoTime())));
        meter = m;
        if (abandoned) {
            m.abandon();
        }
        Annotator.Annotated a = annotator.annotate(article);
        m.check();
        return a;
    }

    /** The answer is no longer wanted: the stages stop at their next count. */
    void abandon() {
        abandoned = true;
        WorkMeter m = meter;
        if (m != null) {
            m.abandon();
        }
    }
}
