package org.newsgraph.tokens;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Token;

/**
 * Backend-neutral repairs of sentence splits: a sentence never starts in lower case in news, so
 * such a split was made at an abbreviation ("Rep. Gwen Moore (D-Wis.) said") and is undone.
 */
public final class SentenceRepair {
    private SentenceRepair() {
    }

    public static List<List<Token>> joinLowerCaseStarts(List<List<Token>> sentences) {
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
