package org.newsgraph.service;

import java.time.Duration;

/**
 * How the annotation service is bounded: worker threads running the pipeline, articles that
 * may wait for one (beyond that, 503), the body size limit (413) and the time an article may
 * take from arrival to answer, waiting included (504).
 */
public record ServiceConfig(int threads, int queue, long maxBytes, Duration timeout) {
    public ServiceConfig {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        if (queue < 0) {
            throw new IllegalArgumentException("--queue must not be negative");
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("--max-bytes must be positive");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("--timeout-s must be positive");
        }
    }
}
