package org.newsgraph.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;

/**
 * Keeps the articles in flight within the heap: each reserves heap in proportion to its file size
 * before it starts and gives it back when its worker is done with it, so two workers never hold
 * two maximum-size articles at once on a heap that fits one. The proportion is measured (see
 * docs/large-batches.md): the peak heap of the worst shape per byte of input.
 */
final class MemoryBudget {
    /**
     * Heap per input byte of the worst shape measured: a 5.1 MB page of quote marks ran out of a
     * 1.2 GB heap and ran in 2.5 GB (docs/large-batches.md), so 400 (2 GB for 5 MiB), and a
     * maximum-size article runs alone on the launcher's heap while small ones go on beside it.
     */
    static final long HEAP_BYTES_PER_INPUT_BYTE = 400;
    private static final long MB = 1 << 20;
    private final Semaphore megabytes;
    private final int total;

    /** {@code freeBytes}: heap left for articles once the models are loaded. */
    MemoryBudget(long freeBytes) {
        this.total = (int) Math.max(1, Math.min(Integer.MAX_VALUE, freeBytes / MB));
        this.megabytes = new Semaphore(total, true);
    }

    /** The heap left for articles in this JVM now (the models being loaded). */
    static MemoryBudget ofThisJvm() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        return new MemoryBudget(Math.max(rt.maxMemory() - used, rt.maxMemory() / 4));
    }

    /** How many megabytes an article of this file may need (at least 1, at most the whole budget). */
    int weigh(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (java.io.IOException e) {
            size = 0; // the read will fail and say why
        }
        return (int) Math.max(1, Math.min(total, size * HEAP_BYTES_PER_INPUT_BYTE / MB));
    }

    void acquire(int mb) throws InterruptedException {
        megabytes.acquire(mb);
    }

    void release(int mb) {
        megabytes.release(mb);
    }
}
