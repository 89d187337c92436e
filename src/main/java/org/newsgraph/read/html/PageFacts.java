package org.newsgraph.read.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads what a page states about its article, most trusted source first: schema.org JSON-LD,
 * schema.org microdata, OpenGraph and {@code article:} meta tags, {@code <meta name=author>},
 * then the page's own elements ({@code <time datetime>}, {@code rel=author}, {@code <h1>},
 * {@code <title>}, {@code <figcaption>}). The page is not changed.
 */
final class PageFacts {
    private static final String MICRODATA_ARTICLE = "[itemscope][itemtype~=(?i)schema\\.org/(?:\\w*Article|BlogPosting|LiveBlogPosting|Report)$]";

    private PageFacts() {
    }

    static Facts read(Document page) {
        Facts facts = new Facts();
        JsonLdFacts.read(page, facts);
        microdata(page, facts);
        metaTags(page, facts);
        elements(page, facts);
        return facts;
    }

    private static void microdata(Document page, Facts facts) {
        Element item = page.selectFirst(MICRODATA_ARTICLE);
        if (item == null) {
            return;
        }
        String source = "microdata";
        facts.offer("headline", itemValue(item.selectFirst("[itemprop~=\\bheadline\\b]")), source);
        facts.offerDate("datePublished", itemValue(item.selectFirst("[itemprop~=\\bdatePublished\\b]")), source);
        facts.offerDate("dateModified", itemValue(item.selectFirst("[itemprop~=\\bdateModified\\b]")), source);
        List<String> authors = new ArrayList<>();
        for (Element a : item.select("[itemprop~=\\bauthor\\b]")) {
            Element name = a.hasAttr("itemscope") ? a.selectFirst("[itemprop~=\\bname\\b]") : a;
            authors.add(itemValue(name == null ? a : name));
        }
        facts.offerAuthors(authors, source);
        Element publisher = item.selectFirst("[itemprop~=\\bpublisher\\b]");
        if (publisher != null) {
            Element name = publisher.selectFirst("[itemprop~=\\bname\\b]");
            facts.offer("publisher", itemValue(name == null ? publisher : name), source);
        }
    }

    /** A microdata property's value: its content or datetime attribute, else its text. */
    private static String itemValue(Element e) {
        if (e == null) {
            return null;
        }
        for (String attr : new String[] {"content", "datetime"}) {
            if (e.hasAttr(attr)) {
                return e.attr(attr);
            }
        }
        return e.text();
    }

    private static void metaTags(Document page, Facts facts) {
        facts.offer("headline", meta(page, "og:title"), "meta:og:title");
        facts.offerDate("datePublished", meta(page, "article:published_time"), "meta:article:published_time");
        facts.offerDate("dateModified", meta(page, "article:modified_time"), "meta:article:modified_time");
        facts.offerDate("dateModified", meta(page, "og:updated_time"), "meta:og:updated_time");
        facts.offerAuthors(metas(page, "article:author"), "meta:article:author");
        facts.offerAuthors(metas(page, "author"), "meta:author");
        facts.offer("publisher", meta(page, "og:site_name"), "meta:og:site_name");
    }

    private static void elements(Document page, Facts facts) {
        Element scope = page.selectFirst("article");
        scope = scope == null ? page.body() : scope;
        if (scope == null) {
            return;
        }
        Element time = scope.selectFirst("time[datetime]");
        time = time == null ? page.selectFirst("time[datetime]") : time;
        if (time != null) {
            facts.offerDate("datePublished", time.attr("datetime"), "html:time");
        }
        List<String> rel = new ArrayList<>();
        for (Element a : page.select("a[rel~=^author$]")) {
            rel.add(a.text());
        }
        facts.offerAuthors(rel, "html:rel-author");
        Element h1 = scope.selectFirst("h1");
        h1 = h1 == null ? page.selectFirst("h1") : h1;
        facts.offer("headline", h1 == null ? null : h1.text(), "html:h1");
        facts.offer("headline", titleWithoutSiteName(page.title(), facts.get("publisher")), "html:title");
        Element caption = scope.selectFirst("figcaption");
        caption = caption == null ? page.selectFirst("figcaption") : caption;
        facts.offer("caption", caption == null ? null : caption.text(), "html:figcaption");
    }

    /** "Headline | Site" and "Headline - Site" without the site's name. */
    static String titleWithoutSiteName(String title, String siteName) {
        String t = title.strip();
        int cut = Math.max(Math.max(t.lastIndexOf(" | "), t.lastIndexOf(" - ")), t.lastIndexOf(" – "));
        if (cut > 0) {
            String tail = t.substring(cut + 3).strip();
            if (tail.equalsIgnoreCase(siteName) || tail.split("\\s+").length <= 4) {
                return t.substring(0, cut).strip();
            }
        }
        return t;
    }

    private static String meta(Document page, String key) {
        List<String> all = metas(page, key);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Values of {@code <meta property=key>} or {@code <meta name=key>}, in page order. */
    private static List<String> metas(Document page, String key) {
        List<String> out = new ArrayList<>();
        Elements tags = page.select("meta[content]");
        for (Element m : tags) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))) {
                out.add(m.attr("content"));
            }
        }
        return out;
    }
}
