package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.newsgraph.service.ArticleService;
import org.newsgraph.service.Reply;

/**
 * Jetty's side of the routes: takes method, path, headers and body from Jetty's request, asks
 * the {@link ArticleService}, and writes its {@link Reply}. Blocking by design: the body is
 * read and the answer awaited on one of Jetty's threads, never on a pipeline worker, so a slow
 * client holds only its own connection.
 */
final class Routes extends Handler.Abstract {
    private static final long SWALLOW_BYTES = 2L << 20;

    private final ArticleService service;

    Routes(ArticleService service) {
        this.service = service;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        try {
            route(request, response, callback);
        } catch (Throwable e) {
            if (response.isCommitted()) {
                callback.failed(e); // mid-stream: all that can be done is to end the connection
            } else {
                send(response, callback, Reply.error(500, "unexpected " + e.getClass().getSimpleName()));
            }
        }
        return true;
    }

    private void route(Request request, Response response, Callback callback) throws IOException {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        Reply reply = switch (path) {
            case "/health" -> method.equals("GET") ? service.health() : notAllowed("GET");
            case "/v1/info" -> method.equals("GET") ? service.info() : notAllowed("GET");
            case "/v1/articles" -> method.equals("POST") ? article(request) : notAllowed("POST");
            case "/v1/batch" -> method.equals("POST") ? batch(request, response, callback) : notAllowed("POST");
            default -> Reply.error(404, "no such path; the paths are /v1/articles, /v1/batch, /health and /v1/info");
        };
        if (reply != null) {
            send(response, callback, reply);
        }
    }

    private Reply article(Request request) throws IOException {
        Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        try (InputStream body = Content.Source.asInputStream(request)) {
            Reply reply = service.article(request.getHeaders().get(HttpHeader.CONTENT_TYPE), request.getLength(), body,
                    query.getValue("identifier"));
            if (reply.status() == 413 && request.getLength() <= service.config().maxBytes() + SWALLOW_BYTES) {
                swallow(body);
            }
            return reply;
        }
    }

    /**
     * Reads and drops the rest of a body a little over the limit (at most {@link #SWALLOW_BYTES}, as
     * Tomcat's maxSwallowSize does): a client still sending when the 413 comes and the connection
     * closes sees a reset instead of the answer. A body declared far over the limit is not read.
     */
    private static void swallow(InputStream body) throws IOException {
        byte[] buffer = new byte[8192];
        long left = SWALLOW_BYTES;
        int n;
        while (left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= n;
        }
    }

    /** Streams the batch itself and returns null, or returns the refusal to send instead. */
    private Reply batch(Request request, Response response, Callback callback) throws IOException {
        Reply refused = service.batchRefusal(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        if (refused != null) {
            return refused;
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Reply.NDJSON + "; charset=utf-8");
        try (InputStream in = Content.Source.asInputStream(request); OutputStream out = Content.Sink.asOutputStream(response)) {
            service.batch(in, line -> {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            });
        }
        callback.succeeded();
        return null;
    }

    private static Reply notAllowed(String allowed) {
        return Reply.error(405, "use " + allowed).withHeader("Allow", allowed);
    }

    private static void send(Response response, Callback callback, Reply reply) {
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType() + "; charset=utf-8");
        reply.headers().forEach((k, v) -> response.getHeaders().put(k, v));
        Content.Sink.write(response, true, reply.body(), callback);
    }
}
