package org.newsgraph.tokens;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Token;

/**
 * Backend-neutral repairs of sentence splits: a sentence never starts in lower case in news, so
 * such a split was made at an abbreviation ("Rep. Gwen Moore (D-Wis.) said") and is undone; and
 * a quotation mark that opens the next sentence (". ''We are …") belongs to it, not to the last.
 */
public final class SentenceRepair {
    private SentenceRepair() {
    }

    public static List<List<Token>> repair(List<List<Token>> sentences, String text) {
        return moveOpeningMarks(joinLowerCaseStarts(sentences), text);
    }

    static List<List<Token>> moveOpeningMarks(List<List<Token>> sentences, String text) {
        List<List<Token>> out = new ArrayList<>();
        Token carried = null;
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> s = new ArrayList<>(sentences.get(i));
            if (carried != null) {
                s.add(0, carried);
                carried = null;
            }
            Token last = s.get(s.size() - 1);
            int b = last.span().begin(), e = last.span().end();
            boolean opening = s.size() > 1 && i + 1 < sentences.size() && QuotationMarks.doubleMarkLength(text, b) > 0 && text.charAt(b) != '”'
                    && b > 0 && Character.isWhitespace(text.charAt(b - 1)) && e < text.length() && !Character.isWhitespace(text.charAt(e));
            if (opening) {
                carried = s.remove(s.size() - 1);
            }
            out.add(s);
        }
        return out;
    }

    static List<List<Token>> joinLowerCaseStarts(List<List<Token>> sentences) {
        List<List<Token>> out = new ArrayList<>();
        for (List<Token> s : sentences) {
            if (!out.isEmpty() && Character.isLowerCase(s.get(0).word().charAt(0))) {
                List<Token> joined = new ArrayList<>(out.remove(out.size() - 1));
                joined.addAll(s);
                out.add(joined);
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
