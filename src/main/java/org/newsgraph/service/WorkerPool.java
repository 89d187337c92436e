package org.newsgraph.service;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The threads that run the pipeline, behind a bounded admission: at most threads + queue
 * articles are running or waiting. A task given up on (timed out) keeps its place until it
 * really stops, so abandoned work cannot pile up behind the bound.
 */
final class WorkerPool {
    private final ThreadPoolExecutor executor;
    private final Semaphore places;
    private final int threads;
    private final AtomicLong meanNanos = new AtomicLong(1_000_000_000L);

    WorkerPool(int threads, int queue) {
        this.threads = threads;
        this.places = new Semaphore(threads + queue);
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "newsgraph-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the task if there is a place now; null when the service is full. */
    <T> Future<T> trySubmit(Callable<T> task) {
        return places.tryAcquire() ? start(task) : null;
    }

    /** Starts the task once a place frees, waiting at most the given time; null if none did. */
    <T> Future<T> submitWithin(Callable<T> task, long nanos) throws InterruptedException {
        return places.tryAcquire(Math.max(0, nanos), TimeUnit.NANOSECONDS) ? start(task) : null;
    }

    boolean hasPlace() {
        return places.availablePermits() > 0;
    }

    /** Seconds a refused client should wait: the work ahead of it at the mean article time. */
    int retryAfterSeconds() {
        double ahead = (double) executor.getQueue().size() / threads + 1;
        long s = Math.round(ahead * meanNanos.get() / 1e9);
        return (int) Math.max(1, Math.min(60, s));
    }

    /** Lets queued and running articles finish, at most the given time. */
    boolean shutdown(long millis) throws InterruptedException {
        executor.shutdown();
        return executor.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }

    private <T> Future<T> start(Callable<T> task) {
        AtomicBoolean claimed = new AtomicBoolean();
        FutureTask<T> f = new FutureTask<>(() -> {
            if (!claimed.compareAndSet(false, true)) {
                return null; // cancelled before it began; done() gave the place back
            }
            long t0 = System.nanoTime();
            try {
                return task.call();
            } finally {
                long took = System.nanoTime() - t0;
                meanNanos.updateAndGet(m -> (m * 7 + took) / 8);
                places.release();
            }
        }) {
            @Override
            protected void done() {
                if (isCancelled() && claimed.compareAndSet(false, true)) {
                    places.release();
                }
            }
        };
        try {
            executor.execute(f);
        } catch (RuntimeException e) {
            places.release();
            throw e;
        }
        return f;
    }
}
