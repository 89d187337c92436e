package org.newsgraph.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.newsgraph.model.PageMetadata;

class PageFactsTest {
    private static Facts facts(String head, String body) {
        return PageFacts.read(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"));
    }

    @Test
    void brokenJsonLdIsPassedOverAndTheNextSourceCounts() {
        Facts f = facts("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<meta property=\"og:title\" content=\"From OpenGraph\">", "<h1>From the page</h1>");
        assertEquals("From OpenGraph", f.get("headline"));
        assertEquals("meta:og:title", f.sources.get("headline"));
    }

    @Test
    void jsonLdArrayOfTypesStringAuthorsAndEntities() {
        Facts f = facts("<script type=\"application/ld+json\">[{\"@type\": \"WebSite\", \"name\": \"Site\"}, {\"@type\": [\"ReportageNewsArticle\"],"
                + " \"headline\": \"Smith &amp; Sons close\", \"author\": [\"Ann Lee\", {\"@type\": \"Person\", \"name\": \"Bo Chan\"}],"
                + " \"datePublished\": \"2020-02-03T04:05:06+0100\"}]</script>", "");
        assertEquals("Smith & Sons close", f.get("headline"));
        assertEquals(List.of("Ann Lee", "Bo Chan"), f.authors);
        assertEquals("2020-02-03T04:05:06+01:00", f.get("datePublished"));
    }

    @Test
    void datesOnlyWhenIso() {
        assertEquals("2016-09-28T10:15:00", Facts.isoDate("2016-09-28T10:15"));
        assertEquals("2016-09-28T10:15:00Z", Facts.isoDate("2016-09-28T10:15:00.000Z"));
        assertEquals("2016-09-28", Facts.isoDate("2016-09-28"));
        assertNull(Facts.isoDate("Sept. 28, 2016"));
        Facts f = facts("<meta property=\"article:published_time\" content=\"yesterday\">", "<time datetime=\"2016-09-27\">Tuesday</time>");
        assertEquals("2016-09-27", f.get("datePublished"));
        assertEquals("html:time", f.sources.get("datePublished"));
    }

    @Test
    void titleLosesTheSiteNameOnlyWhenThereIsNoH1() {
        assertEquals("Rates rise again", PageFacts.titleWithoutSiteName("Rates rise again | The Daily Ledger", null));
        assertEquals("Rates rise - and fall - in a long and eventful year for the bank",
                PageFacts.titleWithoutSiteName("Rates rise - and fall - in a long and eventful year for the bank", null));
        Facts f = facts("<title>Rates rise again | The Daily Ledger</title>", "<p>Text.</p>");
        assertEquals("Rates rise again", f.get("headline"));
        assertEquals("html:title", f.sources.get("headline"));
    }

    @Test
    void spansAreExactAndTheHeadlineIsNotRepeatedInTheBody() {
        HtmlPages.PageText page = HtmlPages.read("<!doctype html><html><head><meta name=\"author\" content=\"Ann Lee\"></head><body><article>"
                + "<h1>Cafe\u0301 owners protest</h1><figure><img src=x><figcaption>Owners outside the hall.</figcaption></figure>"
                + "<p>Owners of cafe\u0301s gathered on Monday to protest against the new rules on opening hours in the city centre.</p>"
                + "<p>The council said it would reply within a week to the letter the owners handed in at the town hall.</p></article></body></html>");
        PageMetadata m = page.metadata();
        assertEquals("Café owners protest", m.headline().of(page.text()), "NFC per paragraph keeps spans exact");
        assertEquals("Owners outside the hall.", m.imageCaption().of(page.text()));
        assertEquals(List.of("Ann Lee"), m.authors());
        assertEquals("meta:author", m.sources().get("author"));
        assertFalse(page.text().indexOf("Café owners protest") != page.text().lastIndexOf("Café owners protest"), page.text());
        assertTrue(page.text().endsWith("handed in at the town hall."));
    }

    @Test
    void aPageNestedTooDeeplyForReadabilityIsStillRead() {
        String page = "<!doctype html><html><body>" + "<div>".repeat(8000)
                + "<p>The only paragraph of the page sits under eight thousand levels of nesting.</p>" + "</div>".repeat(8000) + "</body></html>";
        HtmlPages.PageText read = HtmlPages.read(page);
        assertEquals("The only paragraph of the page sits under eight thousand levels of nesting.", read.text());
    }

    @Test
    void aSavedFragmentNamedHtmlIsReadAsAPage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("fragment.html");
        java.nio.file.Files.writeString(file, "<article><h1>Council approves budget</h1><p>The council approved the budget on Monday after a long debate "
                + "about the cost of the new bridge.</p><div class=\"share\"><a href=\"#\">Share on Facebook</a></div></article>");
        org.newsgraph.model.Article a = new org.newsgraph.read.ArticleReader(100_000).read(file);
        assertEquals("Council approves budget\n\nThe council approved the budget on Monday after a long debate about the cost of the new bridge.", a.text());
        assertEquals("html:h1", a.page().sources().get("headline"));
    }
}
