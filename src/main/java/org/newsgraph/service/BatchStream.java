package org.newsgraph.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Future;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.model.Article;
import org.newsgraph.read.ArticleRejected;

/**
 * POST /v1/batch: NDJSON lines {"identifier", "text"} in, one NDJSON line out per input line
 * (its compact JSON-LD document, or an error record), in input order, each written as soon as
 * it and those before it are done. A batch keeps at most as many articles in the pool as there
 * are worker threads, so single articles still find queue places beside it.
 */
final class BatchStream {
    static final List<String> TYPES = List.of("application/x-ndjson", "application/ndjson", "application/jsonl");

    private record Pending(int line, String identifier, Future<Annotator.Annotated> future, Outcome ready, ArticleJob job) {
    }

    private final ArticleService service;
    private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();

    BatchStream(ArticleService service) {
        this.service = service;
    }

    static Reply refusal(ArticleService service, String contentType) {
        Reply r = service.refusal();
        if (r != null) {
            return r;
        }
        MediaType type = MediaType.parse(contentType);
        if (!TYPES.contains(type.type())) {
            return Reply.error(415, "send the batch as application/x-ndjson, one {\"identifier\", \"text\"} object a line");
        }
        return service.pool().hasPlace() ? null : service.busy();
    }

    void run(InputStream body, ArticleService.LineSink out) throws IOException {
        long max = service.config().maxBytes();
        BoundedLines lines = new BoundedLines(body, (int) Math.min(Integer.MAX_VALUE - 8, 2 * max + 4096));
        int n = 0;
        try {
            BoundedLines.Line l;
            while ((l = lines.next()) != null) {
                n++;
                if (l.text() != null && l.text().isBlank()) {
                    continue;
                }
                while (inFlight.size() >= service.config().threads()) {
                    emit(inFlight.removeFirst(), out);
                }
                inFlight.addLast(l.tooLong() ? failed(n, null, Failure.of(413, "the line is longer than the limit for an article of "
                        + max + " bytes")) : start(n, l.text()));
                while (!inFlight.isEmpty() && isDone(inFlight.peekFirst())) {
                    emit(inFlight.removeFirst(), out);
                }
            }
            while (!inFlight.isEmpty()) {
                emit(inFlight.removeFirst(), out);
            }
        } finally {
            inFlight.forEach(p -> {
                if (p.future() != null) {
                    p.job().abandon(); // the client went away
                    p.future().cancel(true);
                }
            });
        }
    }

    private Pending start(int line, String json) {
        JsonNode node;
        try {
            node = Reply.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return failed(line, null, Failure.of(400, "not JSON: " + e.getOriginalMessage()));
        }
        if (!(node instanceof ObjectNode o)) {
            return failed(line, null, Failure.of(400, "not a JSON object"));
        }
        JsonNode idNode = o.get("identifier");
        if (idNode != null && !idNode.isTextual()) {
            return failed(line, null, Failure.of(400, "identifier is not a string"));
        }
        String id = idNode == null ? "line-" + line : idNode.asText();
        String badId = Identifiers.problem(id);
        if (badId != null) {
            return failed(line, null, Failure.of(400, "identifier " + badId));
        }
        JsonNode text = o.get("text");
        if (text == null || !text.isTextual()) {
            return failed(line, id, Failure.of(400, "no \"text\" string"));
        }
        byte[] bytes = text.asText().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > service.config().maxBytes()) {
            return failed(line, id, Failure.of(413, "the article is larger than the limit of " + service.config().maxBytes() + " bytes"));
        }
        Article article;
        try {
            article = service.reader().read(id, bytes);
        } catch (ArticleRejected e) {
            return failed(line, id, Failure.of(400, e.getMessage()));
        }
        ArticleJob job = new ArticleJob(service.annotator(), article, System.nanoTime() + service.config().timeout().toNanos());
        Future<Annotator.Annotated> f;
        try {
            f = service.pool().submitWithin(job, job.deadlineNanos() - System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(line, id, Failure.of(503, "the server is shutting down"));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return failed(line, id, Failure.of(503, "the server is shutting down"));
        }
        if (f == null) {
            return failed(line, id, Failure.of(503, "no worker became free within the time limit"));
        }
        return new Pending(line, id, f, null, job);
    }

    private static Pending failed(int line, String id, Failure f) {
        return new Pending(line, id, null, Outcome.failed(f), null);
    }

    private static boolean isDone(Pending p) {
        return p.ready() != null || p.future().isDone();
    }

    private static void emit(Pending p, ArticleService.LineSink out) throws IOException {
        Outcome o = p.ready() != null ? p.ready() : ArticleService.await(p.future(), p.job());
        if (o.document() != null) {
            out.line(o.document().compact());
            return;
        }
        ObjectNode rec = Reply.MAPPER.createObjectNode();
        if (p.identifier() != null) {
            rec.put("identifier", p.identifier());
        }
        rec.put("line", p.line());
        rec.setAll(o.failure().toJson());
        rec.put("outcome", o.failure().skipped() ? "skipped" : "failed");
        out.line(rec.toString());
    }
}
