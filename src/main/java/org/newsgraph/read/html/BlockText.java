package org.newsgraph.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The paragraphs of an element as a reader sees them: every block element and every line break
 * ends a paragraph, so "{@code text<br><br>text}" pages split as well as {@code <p>} pages.
 * A paragraph that is mostly link text ("Read more: <a>…</a>", a row of share links) is a
 * pointer elsewhere, not article text, and is dropped. Figures are skipped: the caption is
 * metadata, read separately.
 */
final class BlockText implements NodeFilter {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "blockquote", "pre", "table", "tr", "td", "th", "section", "article", "header", "footer", "aside", "main",
            "dl", "dt", "dd", "hr", "br", "address", "details", "summary", "center");
    private static final Set<String> SKIPPED = Set.of("figure", "figcaption", "script", "style", "noscript", "template", "svg", "title", "head");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int linkChars;
    private int linkDepth;

    private BlockText() {
    }

    static List<String> of(Element root) {
        BlockText walker = new BlockText();
        root.filter(walker);
        walker.flush();
        return walker.paragraphs;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String s = t.text();
            current.append(s);
            if (linkDepth > 0) {
                linkChars += s.strip().length();
            }
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (SKIPPED.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCKS.contains(tag)) {
                flush();
            } else if (tag.equals("a")) {
                linkDepth++;
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (BLOCKS.contains(tag)) {
                flush();
            } else if (tag.equals("a")) {
                linkDepth--;
            }
        }
        return FilterResult.CONTINUE;
    }

    private void flush() {
        String text = current.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
        if (!text.isEmpty() && linkChars * 2 <= text.length()) {
            paragraphs.add(text);
        }
        current.setLength(0);
        linkChars = 0;
    }
}
