package org.newsgraph.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts the work of the article the current thread is processing, in operations (tokens
 * visited, candidates tried), stage by stage, and enforces the article's time budget: the
 * stages' loops call {@link #count}, which throws {@link ArticleTimedOut} once the deadline has
 * passed or the article was abandoned. Tests read the counts to check that work grows linearly
 * with the input, which wall-clock time on a shared machine cannot show.
 */
public final class WorkMeter {
    private static final ThreadLocal<WorkMeter> CURRENT = ThreadLocal.withInitial(WorkMeter::new);
    /** Operations between two looks at the clock: a look costs about as much as a few hundred counts. */
    private static final long CHECK_EVERY = 4096;

    private final Map<String, Long> opsPerStage = new LinkedHashMap<>();
    private long ops;
    private long nextCheck = CHECK_EVERY;
    private long startNanos;
    private long deadlineNanos = Long.MAX_VALUE;
    private volatile String stage = "read";
    private volatile boolean abandoned;

    /** The meter of the current thread. */
    public static WorkMeter current() {
        return CURRENT.get();
    }

    /** Records {@code n} operations of the current stage; throws when the article's time is up. */
    public static void count(long n) {
        WorkMeter m = CURRENT.get();
        m.ops += n;
        if (m.ops >= m.nextCheck) {
            m.nextCheck = m.ops + CHECK_EVERY;
            m.check();
        }
    }

    /** Starts metering a new article on this thread, with a budget (null for none). */
    public static WorkMeter start(java.time.Duration budget) {
        WorkMeter m = new WorkMeter();
        m.startNanos = System.nanoTime();
        if (budget != null) {
            m.deadlineNanos = m.startNanos + budget.toNanos();
        }
        CURRENT.set(m);
        return m;
    }

    /** Throws {@link ArticleTimedOut} when the deadline has passed or the article was abandoned. */
    public void check() {
        if (abandoned || deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0) {
            throw new ArticleTimedOut(stage, elapsedSeconds());
        }
    }

    /** Called from another thread: the article's result is no longer wanted; its next count throws. */
    public void abandon() {
        abandoned = true;
    }

    void enter(String stageName) {
        closeStage();
        stage = stageName;
        check();
    }

    void leave() {
        closeStage();
        stage = "output";
    }

    private void closeStage() {
        opsPerStage.merge(stage, ops, Long::sum);
        ops = 0;
        nextCheck = CHECK_EVERY;
    }

    /** The stage the article is in now: safe to read from another thread. */
    public String stage() {
        return stage;
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Operations counted per stage so far (the running stage's included). */
    public Map<String, Long> opsPerStage() {
        Map<String, Long> out = new LinkedHashMap<>(opsPerStage);
        if (ops > 0) {
            out.merge(stage, ops, Long::sum);
        }
        return out;
    }

    public long totalOps() {
        return opsPerStage().values().stream().mapToLong(Long::longValue).sum();
    }
}
