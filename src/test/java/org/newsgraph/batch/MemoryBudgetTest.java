package org.newsgraph.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryBudgetTest {
    @TempDir
    Path dir;

    @Test
    void aLargeArticleWaitsUntilTheHeapItNeedsIsGivenBack() throws Exception {
        MemoryBudget budget = new MemoryBudget(1000L << 20);
        Path big = Files.write(dir.resolve("big.txt"), new byte[2 << 20]);
        Path small = Files.writeString(dir.resolve("small.txt"), "Officials met on Monday.");
        int bigMb = budget.weigh(big);
        assertEquals(Math.min(1000, (2L << 20) * MemoryBudget.HEAP_BYTES_PER_INPUT_BYTE >> 20), bigMb);
        assertEquals(1, budget.weigh(small));
        assertEquals(1000, budget.weigh(Files.write(dir.resolve("huge.txt"), new byte[16 << 20])), "never more than the whole budget");
        budget.acquire(bigMb);
        CountDownLatch second = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                budget.acquire(bigMb);
                second.countDown();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        t.start();
        assertFalse(second.await(300, TimeUnit.MILLISECONDS), "a second large article waits while the first holds the heap");
        budget.release(bigMb);
        assertTrue(second.await(5, TimeUnit.SECONDS), "and starts once it is given back");
        t.join();
    }
}
