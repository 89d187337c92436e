package org.newsgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;

class ArticleReaderTest {
    private final ArticleReader reader = new ArticleReader(1000);

    @Test
    void windows1252FallsBackAndSaysSo() throws Exception {
        byte[] bytes = "Caf\u00e9 \u201cquoted\u201d".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Article a = reader.read("x", bytes);
        assertEquals("Café “quoted”", a.text());
        assertTrue(a.encodingFallback());
        assertEquals("windows-1252", a.encoding());
    }

    @Test
    void utf8IsNormalisedToNfc() throws Exception {
        Article a = reader.read("x", "Cafe\u0301".getBytes(StandardCharsets.UTF_8));
        assertEquals("Café", a.text());
        assertFalse(a.encodingFallback());
    }

    @Test
    void badInputIsRejectedWithAReason() {
        assertTrue(assertThrows(ArticleRejected.class, () -> reader.read("x", new byte[0])).getMessage().contains("empty"));
        assertTrue(assertThrows(ArticleRejected.class, () -> reader.read("x", " \n\t ".getBytes(StandardCharsets.UTF_8)))
                .getMessage().contains("white space"));
        assertTrue(assertThrows(ArticleRejected.class, () -> reader.read("x", new byte[] {'a', 0, 'b'}))
                .getMessage().contains("NUL"));
        assertTrue(assertThrows(ArticleRejected.class, () -> reader.read("x", new byte[2000]))
                .getMessage().contains("size limit of 1000"));
    }

    @Test
    void htmlPageIsReducedToParagraphs() throws Exception {
        String html = "<!doctype html><html><head><title>T</title><script>var x;</script></head><body><nav>Menu</nav>"
                + "<h1>Big News</h1><p>First paragraph.</p><p>Second paragraph.</p></body></html>";
        Article a = reader.read("x", html.getBytes(StandardCharsets.UTF_8));
        assertEquals("Big News\n\nFirst paragraph.\n\nSecond paragraph.", a.text());
        assertTrue(a.encoding().endsWith("+html"));
    }
}
