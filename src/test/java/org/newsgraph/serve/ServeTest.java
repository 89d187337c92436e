package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPipeline;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.batch.BatchRunner;
import org.newsgraph.batch.InputFiles;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.service.ServiceConfig;

/** The server with the real pipeline: same bytes as run, the input errors, concurrency, slow clients. */
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES) // a hung socket fails the test, not the build
class ServeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_BYTES = 200_000;
    private static final List<String> SEEDS = List.of("000_52d8e67cf034335a", "002_a4b618aeea5f0953");
    private static TestServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(new ServiceConfig(2, 16, MAX_BYTES, Duration.ofSeconds(120)))
                .ready(TestPipeline.get(), TestPipeline.configHash());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static byte[] seed(String name) throws Exception {
        return Files.readAllBytes(Path.of("seeds", name + ".txt"));
    }

    @Test
    void articleAndBatchGiveTheBytesRunWrites() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String s : SEEDS) {
            Files.copy(Path.of("seeds", s + ".txt"), in.resolve(s + ".txt"));
        }
        Path out = dir.resolve("out");
        new BatchRunner(TestPipeline.get(), new ArticleReader(MAX_BYTES), TestPipeline.configHash(), out, 2, true)
                .run(InputFiles.scan(List.of(in)), null);
        StringBuilder batch = new StringBuilder();
        for (String s : SEEDS) {
            HttpResponse<String> r = server.post("/v1/articles?identifier=" + s, "text/plain; charset=UTF-8", seed(s));
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
            assertArrayEquals(Files.readAllBytes(out.resolve(s + ".jsonld")), r.body().getBytes(StandardCharsets.UTF_8), s);
            batch.append(JSON.writeValueAsString(JSON.createObjectNode().put("identifier", s)
                    .put("text", new String(seed(s), StandardCharsets.UTF_8)))).append('\n');
        }
        Path page = Path.of("src/test/resources/html/plain-page.html");
        Path pageOut = dir.resolve("page-out");
        new BatchRunner(TestPipeline.get(), new ArticleReader(MAX_BYTES), TestPipeline.configHash(), pageOut, 1, true)
                .run(List.of(Files.copy(page, dir.resolve("page.html"))), null);
        HttpResponse<String> html = server.post("/v1/articles?identifier=page", "text/html", Files.readAllBytes(page));
        assertEquals(200, html.statusCode(), html.body());
        assertArrayEquals(Files.readAllBytes(pageOut.resolve("page.jsonld")), html.body().getBytes(StandardCharsets.UTF_8), "HTML");
        HttpResponse<String> b = server.post("/v1/batch", "application/x-ndjson", batch.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(200, b.statusCode());
        assertEquals(Files.readString(out.resolve(BatchRunner.ARTICLES)), b.body(), "the batch streams articles.ndjson's lines");
    }

    @Test
    void badInputGetsItsStatusAndAReasonNeverAStackTrace() throws Exception {
        assertError(400, server.post("/v1/articles", "text/plain", new byte[0]), "empty");
        assertError(400, server.post("/v1/articles", "text/plain", new byte[] {'a', 0, 'b'}), "NUL");
        assertError(413, server.post("/v1/articles", "text/plain", "word ".repeat(50_000).getBytes(StandardCharsets.UTF_8)), "200000");
        assertError(415, server.post("/v1/articles", "application/pdf", "text".getBytes(StandardCharsets.UTF_8)), "text/plain");
        assertError(415, server.post("/v1/articles", "text/plain; charset=klingon", "text".getBytes(StandardCharsets.UTF_8)), "klingon");
        assertError(400, server.post("/v1/articles?identifier=%01", "text/plain", "text".getBytes(StandardCharsets.UTF_8)), "identifier");
        HttpResponse<String> french = server.post("/v1/articles", "text/plain", ("Le président de la République a annoncé mardi une "
                + "réforme importante des retraites, qui sera présentée au Parlement dans les prochaines semaines, selon le "
                + "gouvernement.").getBytes(StandardCharsets.UTF_8));
        assertError(422, french, "not English");
        assertEquals("fra", JSON.readTree(french.body()).path("language").asText());
        assertError(415, server.post("/v1/batch", "text/plain", "{}".getBytes(StandardCharsets.UTF_8)), "ndjson");
        assertEquals(404, server.get("/v2/nothing").statusCode());
        assertEquals(405, server.get("/v1/articles").statusCode());
    }

    private static void assertError(int status, HttpResponse<String> r, String reasonPart) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(status, body.path("status").asInt());
        assertTrue(body.path("reason").asText().contains(reasonPart), r.body());
        assertTrue(!r.body().contains("\tat ") && !r.body().contains("Exception"), "no stack trace: " + r.body());
    }

    @Test
    void aDeclaredCharsetIsHonoured() throws Exception {
        String text = "The café in Zürich said it would reopen on Monday, the owner, Renée Müller, told reporters.";
        HttpResponse<String> r = server.post("/v1/articles?identifier=latin", "text/plain; charset=ISO-8859-1",
                text.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode doc = JSON.readTree(r.body());
        assertEquals(text, doc.path("text").asText());
        assertEquals("ISO-8859-1", doc.path("ng:provenance").path("ng:encoding").asText());
    }

    @Test
    void batchLinesThatFailGetRecordsInOrderAndTheRestGoOn() throws Exception {
        String body = "{\"identifier\":\"a\",\"text\":\"Angela Merkel met Emmanuel Macron in Berlin on Tuesday.\"}\n"
                + "not json\n"
                + "{\"identifier\":\"c\"}\n"
                + "{\"identifier\":\"d\",\"text\":\"" + "x".repeat((int) MAX_BYTES + 1) + "\"}\n"
                + "{\"text\":\"Barack Obama said the economy was growing.\"}\n";
        HttpResponse<String> r = server.post("/v1/batch", "application/x-ndjson", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        List<JsonNode> lines = new ArrayList<>();
        for (String l : r.body().split("\n")) {
            lines.add(JSON.readTree(l));
        }
        assertEquals(5, lines.size());
        assertEquals("a", lines.get(0).path("identifier").asText());
        assertEquals("NewsArticle", lines.get(0).path("@type").asText());
        assertEquals(400, lines.get(1).path("status").asInt());
        assertEquals(2, lines.get(1).path("line").asInt());
        assertEquals(400, lines.get(2).path("status").asInt());
        assertEquals(413, lines.get(3).path("status").asInt());
        assertEquals("line-5", lines.get(4).path("identifier").asText());
        assertEquals("NewsArticle", lines.get(4).path("@type").asText());
    }

    @Test
    void concurrentClientsAreAllAnsweredWithTheirOwnDocument() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String s : SEEDS) {
            texts.add(new String(seed(s), StandardCharsets.UTF_8));
        }
        String[] people = {"Angela Merkel", "Barack Obama", "Theresa May", "Justin Trudeau", "Shinzo Abe", "Emmanuel Macron"};
        for (String p : people) {
            texts.add(p + " told reporters in Washington on Monday that the talks had gone well.");
        }
        Annotator annotator = new Annotator(TestPipeline.get(), TestPipeline.configHash());
        ArticleReader reader = new ArticleReader(MAX_BYTES);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            expected.add(annotator.annotate(reader.read("c" + i, texts.get(i).getBytes(StandardCharsets.UTF_8))).pretty());
        }
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < texts.size(); i++) {
                    int k = i;
                    answers.add(clients.submit(() -> server.post("/v1/articles?identifier=c" + k, "text/plain",
                            texts.get(k).getBytes(StandardCharsets.UTF_8)).body()));
                }
            }
            for (int j = 0; j < answers.size(); j++) {
                assertEquals(expected.get(j % texts.size()), answers.get(j).get(), "answer " + j);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void slowAndOversizedClientsDoNotStallOthers() throws Exception {
        try (Socket slow = new Socket("127.0.0.1", server.server.port()); Socket huge = new Socket("127.0.0.1", server.server.port())) {
            OutputStream s = slow.getOutputStream();
            s.write(("POST /v1/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: 5000\r\n\r\n"
                    + "The first words of an article that never").getBytes(StandardCharsets.US_ASCII));
            s.flush();
            huge.getOutputStream().write(("POST /v1/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: 900000000\r\n\r\nsome").getBytes(StandardCharsets.US_ASCII));
            huge.getOutputStream().flush();
            huge.setSoTimeout(30_000);
            InputStream answer = huge.getInputStream();
            String status = new String(answer.readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", status, "an oversized body is refused from its declared length, unread");
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> r = server.post("/v1/articles", "text/plain",
                        "Theresa May spoke in London on Friday.".getBytes(StandardCharsets.UTF_8));
                assertEquals(200, r.statusCode(), "answered while a slow client holds its connection");
            }
            assertEquals(200, server.get("/health").statusCode());
        }
    }
}
