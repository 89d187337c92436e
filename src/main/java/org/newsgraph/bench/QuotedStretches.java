package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.layout.Paragraphs;
import org.newsgraph.model.Span;
import org.newsgraph.quotes.QuoteMarks;
import org.newsgraph.tokens.QuotationMarks;

/**
 * Where the direct quotes of a PolNeAR Content span are: PolNeAR annotates what was said, with
 * or without its quotation marks, and the benchmark scores the stretches between the marks as
 * direct quotes apart from the unquoted rest.
 */
final class QuotedStretches {
    private QuotedStretches() {
    }

    /**
     * The fragments of one Content span joined where only spaces or punctuation part them, so
     * that a mark opened in one fragment and closed in the next (“… controversy. … I finished
     * it,”) makes one stretch.
     */
    static List<Span> regions(String text, List<Span> fragments) {
        List<Span> sorted = fragments.stream().sorted().toList();
        List<Span> out = new ArrayList<>();
        for (Span f : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && text.substring(last.end(), Math.max(last.end(), f.begin())).chars()
                    .noneMatch(ch -> Character.isLetterOrDigit(ch) || ch == '\n')) {
                out.set(out.size() - 1, new Span(last.begin(), Math.max(last.end(), f.end())));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The stretches between quotation marks inside a content span (the outer quote where they
     * nest). The marks may be inside the span or just outside it, and the span may start inside a
     * quoted transcript line, "WALLACE: …, whose label the annotators left out. In the headline,
     * single quotation marks quote too (‘intentional act’), as the quote guideline has it.
     */
    static List<Span> of(String text, Span c) {
        List<Span> out = new ArrayList<>();
        int paragraph = text.lastIndexOf('\n', c.begin() - 1) + 1;
        int open = -1;
        int i = c.begin();
        if (QuoteMarks.transcriptTurnStart(text, paragraph, c.begin()) == c.begin()) {
            open = c.begin();
        } else if (c.begin() > 0 && QuotationMarks.doubleMarkLength(text, c.begin() - 1) == 2) {
            open = c.begin() + 1; // the span starts inside the mark ''
            i = open;
        } else if (c.begin() > 0 && QuotationMarks.doubleMarkLength(text, c.begin() - 1) == 1 && text.charAt(c.begin() - 1) != '”'
                || c.begin() > 1 && QuotationMarks.doubleMarkLength(text, c.begin() - 2) == 2) {
            open = c.begin(); // the opening mark just before the span
        }
        int nested = 0;
        for (; i < c.end(); i++) {
            char ch = text.charAt(i);
            int mark = QuotationMarks.doubleMarkLength(text, i);
            if (open >= 0 && ch == '\n') {
                // A quote running over paragraphs re-opens the mark in each: one stretch per paragraph.
                addTrimmed(text, open, i, out);
                open = -1;
            } else if (open >= 0 && ch == '“') {
                nested++;
            } else if (nested > 0 && ch == '”') {
                nested--;
            } else if (open < 0 && mark > 0 && ch != '”') {
                open = i + mark;
                i += mark - 1;
            } else if (open >= 0 && mark > 0 && ch != '“' && ch != '`') {
                if (i > open) {
                    out.add(new Span(open, i));
                }
                open = -1;
                i += mark - 1;
            }
        }
        if (open >= 0 && c.end() > open) {
            boolean closedRightAfter = c.end() < text.length() && QuotationMarks.doubleMarkLength(text, c.end()) > 0;
            boolean paragraphEnds = c.end() >= text.length() || text.charAt(c.end()) == '\n';
            if (closedRightAfter || paragraphEnds) {
                addTrimmed(text, open, c.end(), out);
            }
        }
        if (out.isEmpty() && paragraph == 0) {
            out.addAll(singleQuotedStretches(text, c));
        }
        return out;
    }

    /** ‘…’ or '…' pairs in [c): an opening mark after a space or the span start, a closing one not followed by a letter. */
    private static List<Span> singleQuotedStretches(String text, Span c) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        int from = c.begin() > 0 && isSingleMark(text.charAt(c.begin() - 1)) ? c.begin() - 1 : c.begin();
        int to = c.end() < text.length() && isSingleMark(text.charAt(c.end())) ? c.end() + 1 : c.end();
        for (int i = from; i < to; i++) {
            if (!isSingleMark(text.charAt(i))) {
                continue;
            }
            boolean opens = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) && i + 1 < to
                    && Character.isLetterOrDigit(text.charAt(i + 1));
            boolean closes = i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                    && (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1)));
            if (open < 0 && opens && text.charAt(i) != '’') {
                open = i + 1;
            } else if (open >= 0 && closes && text.charAt(i) != '‘') {
                out.add(new Span(open, i));
                open = -1;
            }
        }
        return out;
    }

    private static boolean isSingleMark(char ch) {
        return ch == '‘' || ch == '’' || ch == '\'';
    }

    private static void addTrimmed(String text, int from, int to, List<Span> out) {
        Span stretch = Paragraphs.trim(text, from, to);
        if (stretch != null) {
            out.add(stretch);
        }
    }
}
