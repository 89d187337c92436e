package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.bench.ServeBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "serve", description = "Load on newsgraph serve over loopback (server in this JVM): requests/s, p50/p99 latency "
        + "per number of concurrent clients, peak RSS. Bounded in requests and time per level.")
final class ServeBenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Articles to post (e.g. the PolNeAR dev texts).")
    Path dir;

    @Option(names = "--clients", split = ",", defaultValue = "1,2,8", description = "Concurrent clients per level (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(names = "--requests", defaultValue = "84", description = "Requests per level, at most (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--max-seconds", defaultValue = "120", description = "Seconds per level, at most (default: ${DEFAULT-VALUE}).")
    double maxSeconds;

    @Option(names = "--threads", description = "Server worker threads (default: the number of cores).")
    Integer threads;

    @Mixin
    PipelineOptions pipelineOptions;

    @Override
    public Integer call() throws Exception {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        ServeBenchmark.Result r = ServeBenchmark.run(dir, pipelineOptions.config(), n, clients, requests, maxSeconds);
        System.out.printf(Locale.ROOT, "serve: %d articles (mean %.0f words), %d server threads, models loaded in %.1f s%n",
                r.articles(), r.meanWords(), n, r.loadSeconds());
        for (ServeBenchmark.Level l : r.levels()) {
            System.out.printf(Locale.ROOT, "serve %s: %d clients: %d requests in %.1f s, %.2f requests/s, %.0f words/s, p50 %.0f ms, p99 %.0f ms, %d failed%n",
                    LocalDate.now(), l.clients(), l.requests(), l.seconds(), l.requestsPerSecond(), l.words() / l.seconds(),
                    l.p50Millis(), l.p99Millis(), l.failures());
        }
        System.out.printf(Locale.ROOT, "serve: peak RSS %.2f GB (server and clients, one JVM)%n", r.peakRssBytes() / 1e9);
        return 0;
    }
}
