package org.newsgraph.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.ArticleSkipped;
import org.newsgraph.pipeline.ArticleTimedOut;
import org.newsgraph.pipeline.StageFailure;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.ArticleRejected;
import org.newsgraph.read.NotEnglish;

/**
 * The annotation service without any HTTP library: turns a request's media type, body and
 * identifier into a {@link Reply}, running the pipeline on a bounded pool with a time limit.
 * The adapter in {@code org.newsgraph.serve} only moves bytes and headers.
 */
public final class ArticleService {
    private static final List<String> ARTICLE_TYPES = List.of("text/plain", "text/html");
    private static final int LOADING_RETRY_AFTER_S = 5;

    private enum State { LOADING, READY, FAILED, STOPPING }

    private final ServiceConfig config;
    private final ArticleReader reader;
    private final WorkerPool pool;
    private volatile State state = State.LOADING;
    private volatile Annotator annotator;
    private volatile ObjectNode info;
    private volatile String loadError;

    public ArticleService(ServiceConfig config) {
        this.config = config;
        this.reader = new ArticleReader(config.maxBytes());
        this.pool = new WorkerPool(config.threads(), config.queue());
    }

    public ServiceConfig config() {
        return config;
    }

    /** The models are loaded: from now on articles are taken. */
    public void ready(Annotator loaded, ServiceInfo about) {
        info = about.toJson(config);
        annotator = loaded;
        state = State.READY;
    }

    public void loadFailed(String reason) {
        loadError = reason;
        state = State.FAILED;
    }

    /** Shutting down: health says so and new articles are refused; work already taken goes on. */
    public void stopTaking() {
        state = State.STOPPING;
    }

    /** Waits for the articles already taken, at most the given time. */
    public boolean finish(long millis) throws InterruptedException {
        stopTaking();
        return pool.shutdown(millis);
    }

    public Reply health() {
        ObjectNode n = Reply.MAPPER.createObjectNode();
        n.put("status", state.name().toLowerCase(java.util.Locale.ROOT));
        if (state == State.FAILED) {
            n.put("reason", loadError);
        }
        Reply r = Reply.json(state == State.READY ? 200 : 503, n);
        return state == State.LOADING ? r.withHeader("Retry-After", "" + LOADING_RETRY_AFTER_S) : r;
    }

    public Reply info() {
        ObjectNode about = info;
        return about == null ? unavailable() : Reply.json(200, about);
    }

    /** POST /v1/articles: one article in, its JSON-LD document (or an error) out. */
    public Reply article(String contentType, long declaredLength, InputStream body, String identifier) throws IOException {
        Reply refused = refusal();
        if (refused != null) {
            return refused;
        }
        MediaType type = MediaType.parse(contentType);
        if (!type.isAbsent() && !ARTICLE_TYPES.contains(type.type())) {
            return Reply.error(415, "send the article as text/plain or text/html, not " + type.type());
        }
        Charset charset;
        try {
            charset = type.charset();
        } catch (UnsupportedCharsetException e) {
            return Reply.error(415, "unsupported charset " + type.charsetName());
        }
        if (declaredLength > config.maxBytes()) {
            return tooLarge();
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBytes() + 1));
        if (bytes.length > config.maxBytes()) {
            return tooLarge();
        }
        if (bytes.length == 0) {
            return Reply.error(400, "empty body: send the article's text");
        }
        String id = identifier == null ? Identifiers.fromBody(bytes) : identifier;
        String badId = Identifiers.problem(id);
        if (badId != null) {
            return Reply.error(400, "identifier " + badId);
        }
        Article article;
        try {
            article = reader.read(id, bytes, charset);
        } catch (ArticleRejected e) {
            return Reply.error(400, e.getMessage());
        }
        ArticleJob job = new ArticleJob(annotator, article, System.nanoTime() + config.timeout().toNanos());
        Future<Annotator.Annotated> f;
        try {
            f = pool.trySubmit(job);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            f = null;
        }
        if (f == null) {
            return busy();
        }
        Outcome o = await(f, job);
        return o.failure() != null ? o.failure().toReply()
                : new Reply(200, Reply.JSON_LD, o.document().pretty(), Map.of());
    }

    /** POST /v1/batch, first half: the status when the batch cannot be taken at all, else null. */
    public Reply batchRefusal(String contentType) {
        return BatchStream.refusal(this, contentType);
    }

    /** POST /v1/batch, second half (after a 200 went out): streams one line per input line. */
    public void batch(InputStream body, LineSink out) throws IOException {
        new BatchStream(this).run(body, out);
    }

    /** Where batch output lines go; each call writes one line and flushes it to the client. */
    public interface LineSink {
        void line(String json) throws IOException;
    }

    /** Why no article can be taken now (loading, failed, stopping), or null when they can. */
    Reply refusal() {
        return state == State.READY ? null : unavailable();
    }

    Reply busy() {
        return Reply.error(503, "the queue is full; retry later")
                .withHeader("Retry-After", "" + pool.retryAfterSeconds());
    }

    WorkerPool pool() {
        return pool;
    }

    ArticleReader reader() {
        return reader;
    }

    Annotator annotator() {
        return annotator;
    }

    /** Waits for an article's result until the deadline; past it the work is cancelled (504). */
    static Outcome await(Future<Annotator.Annotated> f, ArticleJob job) {
        try {
            return Outcome.done(f.get(Math.max(0, job.deadlineNanos() - System.nanoTime()), TimeUnit.NANOSECONDS));
        } catch (TimeoutException | CancellationException e) {
            job.abandon();
            f.cancel(true);
            return Outcome.failed(Failure.of(504, "the article took longer than the time limit"));
        } catch (InterruptedException e) {
            job.abandon();
            f.cancel(true);
            Thread.currentThread().interrupt();
            return Outcome.failed(Failure.of(503, "the server is shutting down"));
        } catch (ExecutionException e) {
            return Outcome.failed(failure(e.getCause()));
        }
    }

    static Failure failure(Throwable e) {
        if (e instanceof NotEnglish n) {
            return new Failure(422, n.getMessage(), n.stage(), n.language());
        }
        if (e instanceof ArticleSkipped s) {
            return new Failure(422, s.getMessage(), s.stage(), null);
        }
        if (e instanceof ArticleTimedOut t) {
            return new Failure(504, "the article took longer than the time limit: " + t.getMessage(), t.stage(), null);
        }
        if (e instanceof StageFailure s) {
            return new Failure(500, describe(s.getCause()), s.stage(), null);
        }
        return new Failure(500, describe(e), "output", null);
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private Reply tooLarge() {
        return Reply.error(413, "the article is larger than the limit of " + config.maxBytes() + " bytes");
    }

    private Reply unavailable() {
        return switch (state) {
            case LOADING -> Reply.error(503, "the models are still loading")
                    .withHeader("Retry-After", "" + LOADING_RETRY_AFTER_S);
            case FAILED -> Reply.error(503, "the models failed to load: " + loadError);
            default -> Reply.error(503, "the server is shutting down");
        };
    }
}
