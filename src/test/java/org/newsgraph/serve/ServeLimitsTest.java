package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsgraph.service.ServiceConfig;

/** Readiness, the bounded queue, the time limit and graceful shutdown, on a pipeline whose timing the test holds. */
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES) // a hung socket fails the test, not the build
class ServeLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] TEXT = "Angela Merkel spoke in Berlin.".getBytes(StandardCharsets.UTF_8);

    @Test
    void healthSaysReadyOnlyOnceTheModelsAreLoaded() throws Exception {
        TestServer.Gate gate = new TestServer.Gate();
        try (TestServer s = new TestServer(new ServiceConfig(1, 0, 1000, Duration.ofSeconds(30)))) {
            HttpResponse<String> loading = s.get("/health");
            assertEquals(503, loading.statusCode());
            assertEquals("loading", JSON.readTree(loading.body()).path("status").asText());
            assertTrue(loading.headers().firstValue("Retry-After").isPresent());
            assertEquals(503, s.post("/v1/articles", "text/plain", TEXT).statusCode(), "no article before the models are in");
            assertEquals(503, s.get("/v1/info").statusCode());
            s.ready(gate.pipeline, "cafe");
            assertEquals(200, s.get("/health").statusCode());
            assertEquals("cafe", JSON.readTree(s.get("/v1/info").body()).path("configHash").asText());
        } finally {
            gate.open.countDown();
        }
    }

    @Test
    void aFullQueueAnswers503WithRetryAfter() throws Exception {
        TestServer.Gate gate = new TestServer.Gate();
        try (TestServer s = new TestServer(new ServiceConfig(1, 0, 1000, Duration.ofSeconds(60))).ready(gate.pipeline, "h")) {
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> post(s));
            assertTrue(gate.entered.await(30, TimeUnit.SECONDS));
            HttpResponse<String> refused = s.post("/v1/articles", "text/plain", TEXT);
            assertEquals(503, refused.statusCode(), "the one place is taken");
            assertTrue(JSON.readTree(refused.body()).path("reason").asText().contains("queue is full"));
            assertTrue(Integer.parseInt(refused.headers().firstValue("Retry-After").orElse("0")) >= 1);
            assertEquals(503, s.post("/v1/batch", "application/x-ndjson", "{\"text\":\"x\"}\n".getBytes(StandardCharsets.UTF_8)).statusCode());
            gate.open.countDown();
            assertEquals(200, first.get(60, TimeUnit.SECONDS).statusCode());
            assertEquals(200, s.post("/v1/articles", "text/plain", TEXT).statusCode(), "the place is free again");
        } finally {
            gate.open.countDown();
        }
    }

    @Test
    void anArticlePastTheTimeLimitAnswers504AndFreesItsPlace() throws Exception {
        TestServer.Gate gate = new TestServer.Gate();
        try (TestServer s = new TestServer(new ServiceConfig(1, 0, 1000, Duration.ofMillis(300))).ready(gate.pipeline, "h")) {
            HttpResponse<String> r = s.post("/v1/articles", "text/plain", TEXT);
            assertEquals(504, r.statusCode(), r.body());
            assertTrue(JSON.readTree(r.body()).path("reason").asText().contains("time limit"));
            gate.open.countDown();
            int status = 0;
            for (int i = 0; i < 200 && status != 200; i++) { // the interrupted worker gives its place back
                status = s.post("/v1/articles", "text/plain", TEXT).statusCode();
                if (status != 200) {
                    Thread.sleep(50);
                }
            }
            assertEquals(200, status);
        } finally {
            gate.open.countDown();
        }
    }

    @Test
    void shutdownLetsInFlightRequestsFinishAndTakesNoNewOnes() throws Exception {
        TestServer.Gate gate = new TestServer.Gate();
        TestServer s = new TestServer(new ServiceConfig(1, 0, 1000, Duration.ofSeconds(60))).ready(gate.pipeline, "h");
        int port = s.server.port();
        try {
            CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> post(s));
            assertTrue(gate.entered.await(30, TimeUnit.SECONDS));
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
                try {
                    s.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            boolean refused = false;
            for (int i = 0; i < 200 && !refused; i++) {
                try (Socket probe = new Socket("127.0.0.1", port)) {
                    Thread.sleep(50);
                } catch (ConnectException e) {
                    refused = true;
                }
            }
            assertTrue(refused, "the port closes once shutdown begins");
            gate.open.countDown();
            HttpResponse<String> r = inFlight.get(60, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode());
            assertEquals("Angela Merkel spoke in Berlin.", JSON.readTree(r.body()).path("text").asText());
            stopping.get(60, TimeUnit.SECONDS);
            assertThrows(Exception.class, () -> s.get("/health"));
        } finally {
            gate.open.countDown();
        }
    }

    private static HttpResponse<String> post(TestServer s) {
        try {
            return s.post("/v1/articles", "text/plain", TEXT);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
