package org.newsgraph.quotes;

import static org.newsgraph.tokens.QuotationMarks.doubleMarkLength;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.layout.Paragraphs;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.WorkMeter;

/**
 * Finds quoted stretches in paragraphs: curly and straight double quotes (and the typewriter
 * pair of two apostrophes, ''like this'', that some wire archives use), single quotes
 * outside double ones (headline style), quotes running over several paragraphs (each new
 * paragraph re-opens the mark; the stretch of each paragraph is one result), and nested
 * quotes (the outer quote is the result). An unclosed mark whose quote does not go on in the
 * next paragraph is ignored rather than swallowing the rest of the article.
 */
public final class QuoteMarks {
    /** A quoted stretch: the words between the marks, and whether the quote goes on in the next paragraph. */
    public record Stretch(Span content, Span marks, boolean continuesFromPrevious) {
    }

    /** "WALLACE: …": a mark opening a transcript line, its speaker's label in capitals. */
    private static final Pattern TRANSCRIPT_TURN = Pattern.compile("[\"“][A-Z][A-Z .'-]{1,30}:\\s+");

    /**
     * The longest single-quoted stretch looked for: headline-style single quotes hold a phrase, and
     * without a bound every apostrophe of a long paragraph would scan the rest of it.
     */
    private static final int MAX_SINGLE_QUOTE_CHARS = 2000;

    private QuoteMarks() {
    }

    /**
     * The quoted stretches of the paragraphs. In the headline (null if none), a single-quoted word
     * is a quote too ("The Trends Are 'Terrifying.'"); elsewhere single quotes need two words.
     */
    public static List<Stretch> find(String text, List<Span> paragraphs, Span headline) {
        List<Stretch> out = new ArrayList<>();
        boolean carried = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            boolean nextOpens = p + 1 < paragraphs.size() && opensWithDoubleMark(text, paragraphs.get(p + 1));
            boolean oneWordSingles = headline != null && headline.contains(para);
            carried = scanParagraph(text, para, carried, nextOpens, oneWordSingles, out);
        }
        return out;
    }

    private static boolean opensWithDoubleMark(String text, Span para) {
        return doubleMarkLength(text, para.begin()) > 0 && text.charAt(para.begin()) != '”';
    }

    /** Returns whether a double quote is still open at the paragraph end and goes on in the next. */
    private static boolean scanParagraph(String text, Span para, boolean continues, boolean nextOpens, boolean oneWordSingles,
                                         List<Stretch> out) {
        int open = -1;
        boolean fromPrevious = false;
        int i = para.begin();
        int openLength = 0;
        if (continues && opensWithDoubleMark(text, para)) {
            open = i;
            openLength = doubleMarkLength(text, i);
            fromPrevious = true;
            i += openLength;
        }
        WorkMeter.count(para.length());
        for (; i < para.end(); i++) {
            char c = text.charAt(i);
            int mark = doubleMarkLength(text, i);
            if (open < 0) {
                if (c == '“' || mark > 0 && c != '”' && isOpeningStraight(text, i, mark, para)) {
                    open = i;
                    openLength = mark;
                    fromPrevious = false;
                    i += mark - 1;
                } else if (c == '‘' || c == '\'' && isOpeningSingle(text, i, para)) {
                    int close = findSingleClose(text, i + 1, para.end(), oneWordSingles);
                    if (close > 0) {
                        add(text, i + 1, close, i, close + 1, false, out);
                        i = close;
                    }
                }
            } else if (c == '“' && text.charAt(open) == '"' && transcriptTurnStart(text, open, para.end()) > 0
                    && nestedClose(text, i, para, nextOpens) > 0) {
                i = text.indexOf('”', i + 1); // "WALLACE: … as “The Wall Street Journal” wrote …": past the nested quote
            } else if (mark > 0 && c == '"' && reopensAfterSentence(text, i, mark, para)) {
                // 'crucial. "We started …': a paragraph break flattened away; the new stretch is the same speaker's
                add(text, open + openLength, i, open, i, fromPrevious, out);
                open = i;
                openLength = mark;
                fromPrevious = true;
                i += mark - 1;
            } else if (mark > 0 && c != '“' && c != '`') {
                add(text, open + openLength, i, open, i + mark, fromPrevious, out);
                open = -1;
                i += mark - 1;
            } else if ((c == '“' || c == '`' && mark > 0) && i > open + openLength) {
                // A new opening mark before the old one closed: the old one was unbalanced.
                open = i;
                openLength = mark;
                fromPrevious = false;
                i += mark - 1;
            }
        }
        if (open >= 0 && nextOpens) {
            add(text, open + openLength, para.end(), open, para.end(), fromPrevious, out);
            return true;
        }
        return false;
    }

    /**
     * Where the words of a transcript turn start when the mark at {@code mark} opens one
     * ("WALLACE: Let's …"), looking no further than {@code limit}; else -1.
     */
    public static int transcriptTurnStart(String text, int mark, int limit) {
        Matcher m = TRANSCRIPT_TURN.matcher(text).region(mark, limit);
        return m.lookingAt() ? m.end() : -1;
    }

    /**
     * A curly quote inside a straight-quoted transcript turn: the index of its closing mark, when
     * the turn still goes on after it (closed later in the paragraph, or re-opened in the next);
     * else -1. Elsewhere a curly mark inside a straight quote is taken for a sign that the straight
     * one was stray, as in text pasted between systems.
     */
    private static int nestedClose(String text, int opening, Span para, boolean nextOpens) {
        int close = indexOf(text, '”', opening + 1, para.end());
        if (close < 0 || indexOf(text, '“', opening + 1, close) >= 0) {
            return -1;
        }
        boolean goesOn = nextOpens || indexOf(text, '"', close + 1, para.end()) >= 0;
        return goesOn ? close : -1;
    }

    /**
     * Inside an open straight quote, a straight mark after a sentence's end and a space, before a
     * letter, re-opens rather than closes: a quote running over paragraphs that were joined into one
     * line ("… crucial. "We started …") keeps only the marks that opened each paragraph.
     */
    private static boolean reopensAfterSentence(String text, int i, int length, Span para) {
        return i - 2 >= para.begin() && text.charAt(i - 1) == ' ' && ".?!".indexOf(text.charAt(i - 2)) >= 0
                && i + length < para.end() && Character.isLetter(text.charAt(i + length));
    }

    /** A straight mark opens after a non-letter and before a non-space ("said, '' Mr. Obama" closes). */
    private static boolean isOpeningStraight(String text, int i, int length, Span para) {
        boolean before = i == para.begin() || !Character.isLetterOrDigit(text.charAt(i - 1));
        return before && i + length < para.end() && !Character.isWhitespace(text.charAt(i + length));
    }

    private static boolean isOpeningSingle(String text, int i, Span para) {
        boolean startsWord = i == para.begin() || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
        return startsWord && i + 1 < para.end() && Character.isLetter(text.charAt(i + 1));
    }

    /** A closing single mark not followed by a letter (so not an apostrophe), with two words or more inside unless one will do. */
    private static int findSingleClose(String text, int from, int end, boolean oneWord) {
        // whether [from, j) holds a space after its first non-blank character: "two words or more",
        // kept as the scan goes rather than re-read for every candidate mark
        int firstNonBlank = -1;
        boolean twoWords = false;
        int limit = Math.min(end, from + MAX_SINGLE_QUOTE_CHARS);
        WorkMeter.count(limit - from);
        for (int j = from; j < limit; j++) {
            char c = text.charAt(j);
            if ((c == '’' || c == '\'') && (j + 1 >= end || !Character.isLetter(text.charAt(j + 1)))
                    && j > from && !Character.isWhitespace(text.charAt(j - 1))) {
                if (oneWord || twoWords) {
                    return j;
                }
            }
            if (firstNonBlank < 0 && !Character.isWhitespace(c)) {
                firstNonBlank = j;
            } else if (firstNonBlank >= 0 && c == ' ') {
                twoWords = true;
            }
            if (c == '“' || c == '"' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** Index of {@code c} in [from, to) of the text, or -1; looks no further than the paragraph. */
    private static int indexOf(String text, char c, int from, int to) {
        WorkMeter.count(1);
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static void add(String text, int begin, int end, int markBegin, int markEnd, boolean fromPrevious, List<Stretch> out) {
        Span content = Paragraphs.trim(text, begin, end);
        if (content != null) {
            out.add(new Stretch(content, new Span(markBegin, markEnd), fromPrevious));
        }
    }
}
