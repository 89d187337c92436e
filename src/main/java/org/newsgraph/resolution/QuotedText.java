package org.newsgraph.resolution;

import java.util.BitSet;
import org.newsgraph.tokens.QuotationMarks;

/**
 * Which characters of a text stand inside double quotation marks: a name there is in somebody's
 * quoted words, not the writer's, so it is no antecedent for the writer's "she wrote" ("“Donald
 * Trump's surprise visit … reminds me of …,” she wrote" is Schlafly's, not Trump's). A curly mark
 * opens or closes by its shape; a straight one opens after a space or bracket when a word follows;
 * a line break ends any open quote (a quote continued in the next paragraph opens again).
 */
final class QuotedText {
    private final BitSet inside = new BitSet();

    QuotedText(String text) {
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = close(open, i);
                continue;
            }
            int len = QuotationMarks.doubleMarkLength(text, i);
            if (len == 0) {
                continue;
            }
            if (open < 0 && opens(text, i, len)) {
                open = i;
            } else if (open >= 0 && c != '“') {
                open = close(open, i + len);
            }
            i += len - 1;
        }
        close(open, text.length());
    }

    private int close(int open, int end) {
        if (open >= 0) {
            inside.set(open, end);
        }
        return -1;
    }

    private static boolean opens(String text, int i, int len) {
        char c = text.charAt(i);
        if (c == '“' || c == '”') {
            return c == '“';
        }
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        boolean afterSpace = Character.isWhitespace(before) || before == '(' || before == '[' || before == '—';
        return afterSpace && i + len < text.length() && !Character.isWhitespace(text.charAt(i + len));
    }

    /** The characters [begin, end) all stand inside one quotation. */
    boolean holds(int begin, int end) {
        return end > begin && inside.nextClearBit(begin) >= end;
    }
}
