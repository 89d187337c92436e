package org.newsgraph.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.model.Document;
import org.newsgraph.pipeline.DeclaredStage;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.service.ArticleService;
import org.newsgraph.service.ServiceConfig;
import org.newsgraph.service.ServiceInfo;

/** A server on a free loopback port in the test JVM, and a client for it. */
final class TestServer implements AutoCloseable {
    final ArticleService service;
    final JettyServer server;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    TestServer(ServiceConfig limits) throws Exception {
        service = new ArticleService(limits);
        server = new JettyServer(service, "127.0.0.1", 0, 30_000).start();
    }

    TestServer ready(Pipeline pipeline, String configHash) {
        service.ready(new Annotator(pipeline, configHash), new ServiceInfo("test", configHash, List.of("test"), "corenlp", List.of()));
        return this;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws Exception {
        server.close();
    }

    /** A pipeline of one stage that holds every article until the gate opens: makes "busy" deterministic. */
    static final class Gate {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch open = new CountDownLatch(1);
        final Pipeline pipeline = new Pipeline(List.of(new DeclaredStage("gate", Set.of(), Set.of()) {
            @Override
            public Document process(Document document) {
                entered.countDown();
                try {
                    if (!open.await(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the gate was never opened");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted at the gate");
                }
                return document;
            }
        }));
    }
}
