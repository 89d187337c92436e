package org.newsgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.batch.InputFiles;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;
import org.newsgraph.serve.JettyServer;
import org.newsgraph.service.ArticleService;
import org.newsgraph.service.ServiceConfig;
import org.newsgraph.service.ServiceInfo;

/**
 * Load on {@code serve}: the server in this JVM on a loopback port, N clients each posting the
 * articles of a folder one after another (round robin), bounded by a request count and a time
 * limit per level. Reports requests/s and latency percentiles per level, and the process's peak
 * resident memory (server and clients together, models included).
 */
public final class ServeBenchmark {
    public record Level(int clients, int requests, int failures, double seconds, double p50Millis, double p99Millis, long words) {
        public double requestsPerSecond() {
            return requests / seconds;
        }
    }

    public record Result(int articles, double meanWords, double loadSeconds, List<Level> levels, long peakRssBytes) {
    }

    private ServeBenchmark() {
    }

    public static Result run(Path dir, PipelineConfig config, int threads, List<Integer> clientCounts, int requestsPerLevel,
                             double maxSecondsPerLevel) throws Exception {
        List<byte[]> texts = new ArrayList<>();
        long totalWords = 0;
        for (Path f : InputFiles.expand(List.of(dir))) {
            byte[] b = Files.readAllBytes(f);
            texts.add(b);
            totalWords += words(new String(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (texts.isEmpty()) {
            throw new IOException("no articles in " + dir);
        }
        int maxClients = clientCounts.stream().mapToInt(Integer::intValue).max().orElse(1);
        ArticleService service = new ArticleService(new ServiceConfig(threads, Math.max(4 * threads, maxClients), config.maxBytes(),
                Duration.ofSeconds(300)));
        long t0 = System.nanoTime();
        String hash = PipelineFactory.configHash(config);
        service.ready(new Annotator(PipelineFactory.build(config), hash),
                new ServiceInfo(PipelineFactory.VERSION, hash, config.stages(), config.tokenizer(), PipelineFactory.modelFiles(config)));
        double load = (System.nanoTime() - t0) / 1e9;
        List<Level> levels = new ArrayList<>();
        try (JettyServer server = new JettyServer(service, "127.0.0.1", 0, 60_000).start()) {
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/v1/articles");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            level(client, uri, texts, Math.min(threads * 2, texts.size()), Math.max(1, threads), 120); // warm-up, not reported
            for (int c : clientCounts) {
                levels.add(level(client, uri, texts, requestsPerLevel, c, maxSecondsPerLevel));
            }
        }
        return new Result(texts.size(), (double) totalWords / texts.size(), load, levels, SpeedBenchmark.peakRss(ProcessHandle.current().pid()));
    }

    private static Level level(HttpClient client, URI uri, List<byte[]> texts, int requests, int clients, double maxSeconds) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long[] latencies = new long[requests];
        long[] words = new long[requests];
        long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                int i;
                while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < requests) {
                    byte[] text = texts.get(i % texts.size());
                    HttpRequest req = HttpRequest.newBuilder(uri).header("Content-Type", "text/plain; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(text)).build();
                    long s = System.nanoTime();
                    HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
                    latencies[i] = System.nanoTime() - s;
                    if (r.statusCode() == 200) {
                        words[i] = words(new String(text, java.nio.charset.StandardCharsets.UTF_8));
                    } else {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        int done = Math.min(requests, next.get());
        long[] took = Arrays.stream(latencies, 0, done).filter(l -> l > 0).sorted().toArray();
        return new Level(clients, took.length, failures.get(), seconds, percentile(took, 0.50), percentile(took, 0.99),
                Arrays.stream(words).sum());
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int k = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, k))] / 1e6;
    }

    private static long words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).count();
    }
}
