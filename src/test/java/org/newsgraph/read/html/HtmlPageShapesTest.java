package org.newsgraph.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.layout.LayoutPatterns;
import org.newsgraph.layout.LayoutStage;
import org.newsgraph.model.Article;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layout;
import org.newsgraph.model.Span;
import org.newsgraph.read.ArticleReader;

/**
 * Hand-written pages of the common shapes (src/test/resources/html/), read and laid out: the
 * body holds every paragraph of the article and none of the site's chrome, and headline, date,
 * author and caption come from the page's metadata with their sources named.
 */
class HtmlPageShapesTest {
    private static final LayoutStage LAYOUT = new LayoutStage(new LayoutPatterns());
    /** Chrome every test page carries in some form; none of it is article text. */
    private static final List<String> CHROME = List.of("We use cookies", "E-mail this to a friend", "Advertisement", "Most read",
            "Terms of Use", "All rights reserved", "Related stories", "Sign up for The Morning Brief", "Read more",
            "Share this", "Skip to content", "Leave a comment", "Subscribe", "Key events");

    private record Page(String text, Layout layout) {
        String of(Span s) {
            return s == null ? null : s.of(text);
        }

        List<String> content() {
            return layout.content().stream().map(s -> s.of(text)).toList();
        }
    }

    private static Page read(String name) throws Exception {
        byte[] html = Files.readAllBytes(Path.of("src/test/resources/html", name));
        Article a = new ArticleReader(5_000_000).read(name, html);
        assertTrue(a.encoding().endsWith("+html"));
        return new Page(a.text(), LAYOUT.process(new Document(a)).layout());
    }

    /** The article's body paragraphs: the seed file without its first line (the headline). */
    private static List<String> seedBody(String seed) throws Exception {
        String[] paras = Files.readString(Path.of("seeds", seed), StandardCharsets.UTF_8).strip().split("\\n\\s*\\n|\\n");
        return Arrays.stream(paras).skip(1).map(p -> p.replaceAll("[\\s\\u00A0]+", " ").strip()).toList();
    }

    private static void assertBodyExactlyArticle(Page p, List<String> body) {
        List<String> content = p.content();
        for (String para : body) {
            assertTrue(content.contains(para), "body paragraph missing: " + para);
        }
        for (String chrome : CHROME) {
            assertFalse(content.stream().anyMatch(c -> c.contains(chrome)), "chrome in the body: " + chrome + " in " + content);
        }
        // headline and caption are content too; nothing else may be
        assertEquals(body.size() + (p.layout().headline() == null ? 0 : 1) + (p.layout().imageCaption() == null ? 0 : 1), content.size(), content.toString());
    }

    @Test
    void cmsPageWithJsonLdGraph() throws Exception {
        Page p = read("cms-jsonld.html");
        assertBodyExactlyArticle(p, seedBody("politico_2016-09-28_axelrod-calls-on-dean-to-apologi.txt"));
        Layout l = p.layout();
        assertEquals("Axelrod calls on Dean to apologize for suggesting Trump uses cocaine", p.of(l.headline()));
        assertEquals(List.of("Dana Whitcombe"), l.authors(), "the author is an @id reference into the @graph");
        assertEquals("2016-09-28T09:41:00-04:00", l.datePublished());
        assertEquals("2016-09-28T11:02:00-04:00", l.dateModified());
        assertEquals("The Daily Ledger", l.publisher());
        assertEquals("David Axelrod speaks at a panel in Chicago.", p.of(l.imageCaption()));
        assertEquals("Sam Ortega/Ledger Wire", l.imageCredit());
        assertEquals(Map.of("headline", "json-ld", "author", "json-ld", "datePublished", "json-ld", "dateModified", "json-ld",
                "publisher", "json-ld", "caption", "html:figcaption", "creditText", "layout", "text", "html:readability4j"), l.sources());
    }

    @Test
    void pageWithOnlyOpenGraph() throws Exception {
        Page p = read("opengraph-only.html");
        assertBodyExactlyArticle(p, seedBody("politico_2016-09-30_flight-attendants-union-endorses.txt"));
        Layout l = p.layout();
        assertEquals("Flight attendants' union endorses Clinton", p.of(l.headline()));
        assertEquals(List.of("Kara Lindqvist"), l.authors(), "an article:author that is a profile URL is not a name");
        assertEquals("2016-09-30T06:02:00Z", l.datePublished());
        assertNull(l.dateModified());
        assertEquals("Capital Courier", l.publisher());
        assertEquals("Flight attendants rally outside a union hall in Washington.", p.of(l.imageCaption()));
        assertEquals("meta:og:title", l.sources().get("headline"));
        assertEquals("meta:article:author", l.sources().get("author"));
        assertEquals("meta:article:published_time", l.sources().get("datePublished"));
        assertEquals("meta:og:site_name", l.sources().get("publisher"));
        assertFalse(p.text().contains("Teamsters"), "a 'Read more:' link paragraph is not body text");
    }

    @Test
    void pageWithNeitherTakesTheRestFromTheText() throws Exception {
        Page p = read("plain-page.html");
        assertBodyExactlyArticle(p, seedBody("breitbart_2016-09-26_green-party-candidate-jill-stein.txt"));
        Layout l = p.layout();
        assertEquals("Green Party candidate Jill Stein removed from N.Y. debate site by police", p.of(l.headline()));
        assertEquals(List.of("Marcus Hale"), l.authors());
        assertEquals("2016-09-26T16:05", l.datePublished());
        assertNull(l.imageCaption());
        assertEquals("html:h1", l.sources().get("headline"));
        assertEquals("layout", l.sources().get("author"));
        assertEquals("layout", l.sources().get("datePublished"));
        assertFalse(p.text().contains("Local team wins"), "the sidebar is not article text");
    }

    @Test
    void ampPageWithTwoAuthors() throws Exception {
        Page p = read("amp.html");
        assertBodyExactlyArticle(p, seedBody("huff-post_2016-09-20_hillary-clinton-speaks-directly-.txt"));
        Layout l = p.layout();
        assertEquals("Hillary Clinton Speaks ‘Directly To White People’ After Latest Police Shooting", p.of(l.headline()));
        assertEquals(List.of("Ava Moreno", "Julian Park"), l.authors());
        assertEquals("2016-09-20T17:33:00Z", l.datePublished());
        assertEquals("Courier Politics", l.publisher());
        assertEquals("Hillary Clinton speaks at a campaign rally in Philadelphia.", p.of(l.imageCaption()));
        assertEquals("Jo Reyes/Courier", l.imageCredit());
        assertEquals("json-ld", l.sources().get("author"));
    }

    @Test
    void liveBlogWithMicrodata() throws Exception {
        Page p = read("liveblog.html");
        List<String> posts = List.of(
                "The bridge at Carrow has reopened to one lane of traffic, the county council said, after engineers inspected its supports during a break in the rain.",
                "Drivers are still being asked to avoid the valley road unless their journey is essential.",
                "“We have never seen the river this high in November,” said Mayor Helen Strand, who visited the flood barrier at Millbrook this morning.",
                "She said the town’s emergency shelter at the leisure centre had taken in forty people overnight.",
                "Schools in Carrow, Millbrook and Eastleigh will stay closed today, the education authority announced, because buses cannot reach several villages.",
                "Good morning. The weather service has kept its amber warning for heavy rain in place until 6pm, with up to 80mm expected on high ground.");
        assertBodyExactlyArticle(p, posts);
        Layout l = p.layout();
        assertEquals("Storm Elin live: flooding closes roads across the valley", p.of(l.headline()));
        assertEquals(List.of("Ruth Ellery"), l.authors());
        assertEquals("2024-11-14T07:02:00Z", l.datePublished());
        assertEquals("2024-11-14T12:40:00Z", l.dateModified());
        assertEquals("Water covers the road outside Carrow on Thursday morning.", p.of(l.imageCaption()));
        assertEquals("microdata", l.sources().get("headline"));
        assertEquals("microdata", l.sources().get("datePublished"));
        assertNotNull(l.furniture().stream().filter(s -> s.of(p.text()).equals("12:40")).findAny().orElse(null),
                "a post's lone clock time is furniture");
    }
}
