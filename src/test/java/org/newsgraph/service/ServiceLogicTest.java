package org.newsgraph.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The request handling that needs no HTTP server: media types, bounded lines, worker places, refusals. */
class ServiceLogicTest {
    @Test
    void mediaTypesAndCharsetsAreParsed() {
        MediaType t = MediaType.parse("Text/HTML ; Charset=\"ISO-8859-1\"");
        assertEquals("text/html", t.type());
        assertEquals(StandardCharsets.ISO_8859_1, t.charset());
        assertNull(MediaType.parse("text/plain").charset());
        assertTrue(MediaType.parse(null).isAbsent());
        assertThrows(UnsupportedCharsetException.class, () -> MediaType.parse("text/plain; charset=no such").charset());
    }

    @Test
    void aTooLongLineIsSkippedToItsEndAndTheNextIsRead() throws Exception {
        BoundedLines lines = new BoundedLines(new ByteArrayInputStream("short\r\n0123456789abc\nlast".getBytes(StandardCharsets.UTF_8)), 8);
        assertEquals("short", lines.next().text());
        assertTrue(lines.next().tooLong());
        assertEquals("last", lines.next().text());
        assertNull(lines.next());
    }

    @Test
    void aCancelledTaskGivesItsPlaceBackOnlyWhenItsWorkerIsFree() throws Exception {
        WorkerPool pool = new WorkerPool(1, 1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        Future<String> busy = pool.trySubmit(() -> {
            running.countDown();
            release.await(); // interrupted by cancel
            return "x";
        });
        assertTrue(running.await(10, TimeUnit.SECONDS));
        Future<String> waiting = pool.trySubmit(() -> "queued");
        assertNotNull(waiting);
        assertNull(pool.trySubmit(() -> "third"), "threads + queue places are taken");
        waiting.cancel(false);
        Future<String> again = pool.trySubmit(() -> "again");
        assertNotNull(again, "a queued task cancelled before it began frees its place at once");
        busy.cancel(true);
        assertEquals("again", again.get(10, TimeUnit.SECONDS));
        assertTrue(pool.shutdown(10_000));
    }

    @Test
    void nothingIsTakenBeforeTheModelsAreLoaded() throws Exception {
        ArticleService s = new ArticleService(new ServiceConfig(1, 0, 100, Duration.ofSeconds(1)));
        assertEquals(503, s.health().status());
        assertEquals("5", s.health().headers().get("Retry-After"));
        Reply r = s.article("text/plain", 3, new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)), null);
        assertEquals(503, r.status());
        assertTrue(r.body().contains("loading"));
        s.loadFailed("no model");
        assertTrue(s.health().body().contains("no model"));
        assertTrue(s.finish(1000));
    }
}
