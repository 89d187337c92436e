package org.newsgraph.read;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Extracts the readable text of an HTML page with jsoup: one paragraph per block element,
 * separated by blank lines, so the layout stage sees the same shape as plain-text articles.
 * Scripts, styles, navigation, headers, footers and asides are dropped.
 */
final class HtmlText {
    private static final Pattern HTML_START = Pattern.compile("\\A\\s*(<!doctype html|<html|<head|<body)", Pattern.CASE_INSENSITIVE);
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, figcaption, blockquote, pre";

    private HtmlText() {
    }

    static boolean looksLikeHtml(String text) {
        return HTML_START.matcher(text).lookingAt();
    }

    static String extract(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        page.select("script, style, noscript, nav, header, footer, aside, form, iframe").remove();
        StringBuilder out = new StringBuilder();
        String title = page.title().strip();
        if (!title.isEmpty() && page.select("h1").isEmpty()) {
            out.append(title);
        }
        for (Element block : page.body().select(BLOCKS)) {
            if (!block.select(BLOCKS).isEmpty() && block.select(BLOCKS).first() != block) {
                continue; // a container of other blocks: its children are taken one by one
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(t);
            }
        }
        if (out.length() == 0) {
            out.append(page.body().text().strip());
        }
        return out.toString();
    }
}
