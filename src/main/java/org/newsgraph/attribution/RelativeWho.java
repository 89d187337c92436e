package org.newsgraph.attribution;

import java.util.List;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.resolution.Antecedents;
import org.newsgraph.resolution.MentionIndex;
import org.newsgraph.resolution.Speaker;

/**
 * "Sanders, who says it is “disastrous”": the relative pronoun is the mention that speaks (as
 * PolNeAR marks it), standing for the name right before it, whose entity it carries.
 */
final class RelativeWho {
    private final Antecedents antecedents;
    private final MentionIndex mentions;

    RelativeWho(Antecedents antecedents) {
        this.antecedents = antecedents;
        this.mentions = antecedents.mentions();
    }

    /** The speaker whose mention is the "who" at {@code who}; null when no person or organisation stands before it. */
    Speaker of(List<Token> t, int from, int who, Span cueSpan) {
        int n = who - 1;
        if (n >= from && t.get(n).word().equals(",")) {
            n--;
        }
        if (n >= from && t.get(n).word().equals(")")) {
            while (n >= from && !t.get(n).word().equals("(")) {
                n--; // "Rep. Jim Jordan (R-Ohio), who said"
            }
            n--;
        }
        int m = n >= from ? mentions.mentionAt(t.get(n)) : -1;
        if (m < 0 || mentions.entityOf(m).type() == EntityType.PLACE) {
            return null;
        }
        Speaker named = antecedents.named(m, cueSpan);
        return new Speaker(t.get(who).span(), named.text(), named.entityId(), cueSpan);
    }
}
