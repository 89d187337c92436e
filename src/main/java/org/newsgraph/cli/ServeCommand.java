package org.newsgraph.cli;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.serve.JettyServer;
import org.newsgraph.service.ArticleService;
import org.newsgraph.service.ServiceConfig;
import org.newsgraph.service.ServiceInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Annotate articles over HTTP (POST /v1/articles, /v1/batch); models loaded once.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only; put a reverse proxy in front for others).")
    String host;

    @Option(names = "--threads", description = "Pipeline worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--queue", description = "Articles that may wait for a worker before 503 (default: 4 per thread).")
    Integer queue;

    @Option(names = "--timeout-s", defaultValue = "60", description = "Seconds an article may take, waiting included, before 504 (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--grace-s", defaultValue = "60", description = "On SIGTERM, seconds to let in-flight requests finish (default: ${DEFAULT-VALUE}).")
    long graceSeconds;

    @CommandLine.Mixin
    PipelineOptions pipelineOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PipelineConfig config = pipelineOptions.config();
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        ServiceConfig limits;
        try {
            limits = new ServiceConfig(n, queue != null ? queue : 4 * n, config.maxBytes(), Duration.ofSeconds(timeoutSeconds));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!InetAddress.getByName(host).isLoopbackAddress()) {
            System.err.println("newsgraph serve: warning: listening on " + host + ", not loopback; the API has no authentication");
        }
        ArticleService service = new ArticleService(limits);
        JettyServer server = new JettyServer(service, host, port, graceSeconds * 1000).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("newsgraph serve: stopping; letting in-flight requests finish");
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("newsgraph serve: " + e);
            }
        }, "newsgraph-shutdown"));
        System.err.printf("newsgraph serve: listening on http://%s:%d/ (loading models; /health says when ready)%n", host, server.port());
        long t0 = System.nanoTime();
        Pipeline pipeline;
        try {
            pipeline = pipelineOptions.build(config);
        } catch (RuntimeException e) {
            service.loadFailed(e.getMessage());
            server.close();
            throw e;
        }
        String hash = PipelineFactory.configHash(config);
        service.ready(new Annotator(pipeline, hash),
                new ServiceInfo(PipelineFactory.VERSION, hash, config.stages(), config.tokenizer(), PipelineFactory.modelFiles(config)));
        System.err.printf(Locale.ROOT, "newsgraph serve: ready (models loaded in %.1f s; %d threads, queue %d, timeout %d s)%n",
                (System.nanoTime() - t0) / 1e9, limits.threads(), limits.queue(), timeoutSeconds);
        server.join();
        return 0;
    }
}
