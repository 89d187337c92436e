package org.newsgraph.read.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.lexicon.Years;
import org.newsgraph.model.PageMetadata;
import org.newsgraph.model.Span;

/**
 * Reads a web page as an article: the text is the headline, the lead image's caption and the
 * body paragraphs (blank-line separated, the shape of a plain-text article), and the page's own
 * metadata comes with it, its headline and caption as spans of that text.
 */
public final class HtmlPages {
    /** The extractor named in provenance as the source of the article text. */
    public static final String TEXT_SOURCE = "html:readability4j";
    private static final int HEADER_LINES = 4;
    private static final int MAX_HEADER_LINE_WORDS = 15;
    private static final Pattern HTML_START = Pattern.compile(
            "\\A\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*(?:<!doctype html|<html|<head|<body)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** The text read from a page and what the page says about it. */
    public record PageText(String text, PageMetadata metadata) {
    }

    private HtmlPages() {
    }

    public static boolean looksLikeHtml(String text) {
        return HTML_START.matcher(text).lookingAt();
    }

    public static PageText read(String html) {
        Document page = Jsoup.parse(html);
        Facts facts = PageFacts.read(page);
        List<String> headerLines = facts.get("datePublished") == null ? datedLinesAfterHeadline(page) : List.of();
        MainText.Extracted main = MainText.of(page);
        String headline = nfc(facts.get("headline"));
        String caption = nfc(facts.get("caption"));

        StringBuilder text = new StringBuilder();
        Span headlineSpan = append(text, headline);
        Span captionSpan = append(text, caption);
        if (facts.authors.isEmpty() && main.byline() != null) {
            // A byline Readability cut from the body, kept as a line for the layout stage to read names from.
            append(text, nfc(main.byline()));
        }
        for (String line : headerLines) {
            if (!main.paragraphs().contains(line)) {
                append(text, nfc(line));
            }
        }
        boolean atTop = true;
        for (String p : main.paragraphs()) {
            String para = nfc(p);
            // Readability often keeps the page's <h1> as the first block; it is the headline already placed.
            boolean repeatsHeadline = atTop && headline != null && same(para, headline);
            if (!repeatsHeadline && !(caption != null && same(para, caption))) {
                append(text, para);
                atTop = false;
            }
        }
        Map<String, String> sources = new LinkedHashMap<>(facts.sources);
        if (captionSpan == null) {
            sources.remove("caption");
        }
        sources.put("text", TEXT_SOURCE);
        PageMetadata meta = new PageMetadata(headlineSpan, captionSpan, facts.authors, facts.get("datePublished"),
                facts.get("dateModified"), facts.get("publisher"), sources);
        return new PageText(text.toString(), meta);
    }

    /**
     * Short dated lines right after the {@code <h1>} ("Published: September 26, 2016"), for a page
     * that states no date anywhere else: extractors cut them with the header, and the layout stage
     * can read a date from them.
     */
    private static List<String> datedLinesAfterHeadline(Document page) {
        Element h1 = page.selectFirst("h1");
        List<String> out = new ArrayList<>();
        if (h1 == null || h1.parent() == null) {
            return out;
        }
        List<String> following = BlockText.of(h1.parent());
        int start = following.indexOf(h1.text().replaceAll("[\\s\\u00A0]+", " ").strip());
        for (int i = start + 1; start >= 0 && i < Math.min(start + 1 + HEADER_LINES, following.size()); i++) {
            String line = following.get(i);
            if (line.split(" ").length <= MAX_HEADER_LINE_WORDS && Years.mentionsYear(line)) {
                out.add(line);
            }
        }
        return out;
    }

    private static Span append(StringBuilder text, String paragraph) {
        if (paragraph == null || paragraph.isBlank()) {
            return null;
        }
        if (text.length() > 0) {
            text.append("\n\n");
        }
        int begin = text.length();
        text.append(paragraph);
        return new Span(begin, text.length());
    }

    private static boolean same(String a, String b) {
        return a.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "").equals(b.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", ""));
    }

    /** Each paragraph is normalised on its own, so the spans computed here stay exact. */
    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s.replaceAll("[\\s\\u00A0]+", " ").strip(), Normalizer.Form.NFC);
    }
}
