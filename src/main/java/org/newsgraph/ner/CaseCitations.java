package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;

/**
 * "Roe v. Wade", "Obergefell v. Hodges": a court case is cited by its parties, and the names on
 * either side of "v." are the case's title, not a person or an organisation of the story (the
 * tagger reads "Roe" and "Wade" as people). Only "v." with its period, the legal abbreviation:
 * "vs." joins contenders who are named in their own right ("Clinton vs. Trump"), and a bare
 * "v" is a fixture between teams ("Lancashire v Surrey").
 */
final class CaseCitations {
    private static final String VERSUS = "v.";

    private CaseCitations() {
    }

    /** {@code mentions} sorted by span; returns them without the parties of a cited case. */
    static List<NamedEntity> apply(Tokens tokens, List<NamedEntity> mentions) {
        List<NamedEntity> out = new ArrayList<>(mentions.size());
        for (NamedEntity m : mentions) {
            if (!isParty(tokens, m)) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean isParty(Tokens tokens, NamedEntity m) {
        List<Token> all = tokens.tokens();
        int first = tokens.tokenAtOrAfter(m.span().begin());
        int after = tokens.tokenAtOrAfter(m.span().end());
        boolean before = first >= 2 && all.get(first - 1).word().equals(VERSUS) && isCapitalised(all.get(first - 2));
        boolean next = after + 1 < all.size() && all.get(after).word().equals(VERSUS) && isCapitalised(all.get(after + 1));
        return before || next;
    }

    private static boolean isCapitalised(Token t) {
        return Character.isUpperCase(t.word().charAt(0));
    }
}
