package org.newsgraph.batch;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.newsgraph.pipeline.WorkMeter;

/**
 * Runs one task per article on at most {@code slots} threads at once, each under a time budget.
 * The stages end an article whose time is up themselves, at their next {@link WorkMeter#count};
 * one that does not within a grace period (stuck where nothing counts) is abandoned: its result
 * is settled as timed out, its slot goes to a fresh thread so the batch goes on, and whatever it
 * computes later is dropped. A task publishes side effects (writes its output) only after
 * {@link Claim#claim()} succeeds, so an abandoned article never writes. Abandoning a thread
 * that goes on using the shared models is safe because every stage's model is shared between
 * threads already (each backend says why it is thread-safe).
 */
final class BudgetedWorkers implements AutoCloseable {
    /** The right to publish a result: true for exactly one of the task and the watchdog. */
    interface Claim {
        boolean claim();
    }

    private final Semaphore slots;
    private final Duration budget;
    private final Duration grace;
    private final ExecutorService threads;
    private final ScheduledExecutorService watchdog;

    BudgetedWorkers(int slots, Duration budget) {
        this.slots = new Semaphore(slots);
        this.budget = budget;
        this.grace = budget == null ? null : Duration.ofMillis(Math.max(1000, budget.toMillis() / 3));
        this.threads = Executors.newCachedThreadPool(daemons("newsgraph-worker"));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemons("newsgraph-watchdog"));
    }

    /**
     * Waits for a free slot, then starts the task. The future completes with the task's result, or
     * with {@code onAbandon(stage, seconds)} when the task overran its budget and grace.
     */
    <T> CompletableFuture<T> submit(Function<Claim, T> task, BiFunction<String, Double, T> onAbandon) throws InterruptedException {
        slots.acquire();
        CompletableFuture<T> result = new CompletableFuture<>();
        AtomicBoolean claimed = new AtomicBoolean();
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                slots.release();
            }
        };
        try {
            threads.execute(() -> {
                WorkMeter meter = WorkMeter.start(budget);
                ScheduledFuture<?> dog = budget == null ? null : watchdog.schedule(() -> {
                    if (claimed.compareAndSet(false, true)) {
                        meter.abandon();
                        result.complete(onAbandon.apply(meter.stage(), meter.elapsedSeconds()));
                        release.run();
                    }
                }, budget.plus(grace).toMillis(), TimeUnit.MILLISECONDS);
                try {
                    result.complete(task.apply(() -> claimed.compareAndSet(false, true)));
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                } finally {
                    if (dog != null) {
                        dog.cancel(false);
                    }
                    release.run();
                }
            });
        } catch (RuntimeException e) {
            release.run();
            throw e;
        }
        return result;
    }

    @Override
    public void close() {
        threads.shutdown();
        watchdog.shutdownNow();
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
