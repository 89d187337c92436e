package org.newsgraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * Splits text into paragraphs: blocks separated by a blank line. Text without any blank line
 * is split at every line break instead, since a paragraph break must end a sentence.
 */
public final class Paragraphs {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r\\u00A0]*\\n\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n\\s*");

    private Paragraphs() {
    }

    public static List<Span> split(String text) {
        Pattern separator = BLANK_LINE.matcher(text).find() ? BLANK_LINE : LINE_BREAK;
        List<Span> out = new ArrayList<>();
        Matcher m = separator.matcher(text);
        int start = 0;
        while (m.find()) {
            add(text, start, m.start(), out);
            start = m.end();
        }
        add(text, start, text.length(), out);
        return out;
    }

    /** The span trimmed of surrounding white space, or null when nothing is left. */
    public static Span trim(String text, int begin, int end) {
        while (begin < end && isSpace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return begin < end ? new Span(begin, end) : null;
    }

    private static void add(String text, int begin, int end, List<Span> out) {
        Span s = trim(text, begin, end);
        if (s != null) {
            out.add(s);
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }
}
