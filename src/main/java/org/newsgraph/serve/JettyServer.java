package org.newsgraph.serve;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.newsgraph.service.ArticleService;

/**
 * The HTTP server: Jetty 12's core API (no servlets) in front of an {@link ArticleService}.
 * Stopping is graceful: the port closes at once, requests already in progress finish (up to
 * the grace period), then the pipeline's workers are let go.
 */
public final class JettyServer implements AutoCloseable {
    private static final int IDLE_TIMEOUT_MS = 30_000;
    private final Server server;
    private final ServerConnector connector;
    private final ArticleService service;
    private final long graceMillis;

    public JettyServer(ArticleService service, String host, int port, long graceMillis) {
        this.service = service;
        this.graceMillis = graceMillis;
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("newsgraph-http");
        server = new Server(threads);
        connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        server.addConnector(connector);
        server.setHandler(new GracefulHandler(new Routes(service)));
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        server.setErrorHandler(errors);
        server.setStopTimeout(graceMillis);
        server.setStopAtShutdown(false);
    }

    public JettyServer start() throws Exception {
        server.start();
        return this;
    }

    /** The port bound (the chosen one when started on port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    /** Refuses new work, lets in-flight requests finish, then stops. */
    @Override
    public void close() throws Exception {
        service.stopTaking();
        server.stop();
        service.finish(graceMillis);
    }
}
