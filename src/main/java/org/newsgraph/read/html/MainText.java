package org.newsgraph.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.lexicon.WordList;

/**
 * The article's body paragraphs, found by Readability4J (a port of Mozilla's Readability, chosen
 * by measurement: docs/html.md). Before it runs, elements that are page furniture by what they
 * are (forms, navigation, AMP ads and consent) or by their class or id
 * ({@code models/html-furniture.txt}) are removed, since Readability keeps small boxes inside
 * the article container.
 */
final class MainText {
    private static final String FURNITURE_ELEMENTS = "script, style, noscript, template, iframe, form, button, input, select, textarea, nav, "
            + "amp-ad, amp-consent, amp-social-share, amp-sidebar, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static final String BASE_URI = "https://localhost/";
    private static final WordList FURNITURE_NAMES = new WordList("html-furniture.txt");

    private MainText() {
    }

    /** The body paragraphs, and the byline Readability took out of them (null if none). */
    record Extracted(List<String> paragraphs, String byline) {
    }

    /** Body paragraphs of the page; the document is changed (furniture removed). */
    static Extracted of(Document page) {
        removeFurniture(page);
        Element content = null;
        String byline = null;
        try {
            // Readability changes the page it reads, and may stop half-way: it gets a copy, so the fallback sees the whole page.
            Article article = new Readability4J(BASE_URI, page.clone()).parse();
            content = article.getArticleContent();
            byline = article.getByline();
        } catch (RuntimeException | StackOverflowError e) {
            // Readability gives up on some malformed pages and recurses once per level of nesting
            // (a page of thousands of nested divs overflows the stack); the cleaned body, walked
            // without recursion, is the fallback below.
        }
        List<String> out = content == null ? List.of() : BlockText.of(content);
        if (out.isEmpty() && page.body() != null) {
            out = BlockText.of(page.body());
        }
        return new Extracted(out, byline == null || byline.isBlank() ? null : byline.replaceAll("[\\s\\u00A0]+", " ").strip());
    }

    static void removeFurniture(Document page) {
        page.select(FURNITURE_ELEMENTS).remove();
        if (page.body() == null) {
            return;
        }
        int pageText = page.body().text().length();
        List<Element> furniture = new ArrayList<>();
        for (Element e : page.body().select("[class], [id]")) {
            if (namedAsFurniture(e) && e.text().length() * 3 <= pageText) {
                furniture.add(e);
            }
        }
        furniture.forEach(Element::remove);
    }

    private static boolean namedAsFurniture(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String word : names.split("[\\s_\\-]+")) {
            if (!word.isEmpty() && FURNITURE_NAMES.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
