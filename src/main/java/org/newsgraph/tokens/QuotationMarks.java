package org.newsgraph.tokens;

/**
 * Which characters are double quotation marks: the same answer for the sentence repair here and
 * for the quote stage, so both see the marks the other sees.
 */
public final class QuotationMarks {
    private QuotationMarks() {
    }

    /** Length of the double quotation mark at {@code i}: 1 for “ ” ", 2 for '' and ``, else 0. */
    public static int doubleMarkLength(String text, int i) {
        char c = text.charAt(i);
        if (c == '“' || c == '”' || c == '"') {
            return 1;
        }
        boolean pair = i + 1 < text.length() && (c == '\'' || c == '`') && text.charAt(i + 1) == c;
        return pair && (i + 2 >= text.length() || text.charAt(i + 2) != c) ? 2 : 0;
    }
}
