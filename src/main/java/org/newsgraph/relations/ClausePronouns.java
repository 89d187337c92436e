package org.newsgraph.relations;

import org.newsgraph.lexicon.KbpGazetteers;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.relations.SentenceView.MentionRef;

/**
 * The person a "he" or "she" inside a clause stands for: "met with Hillary Clinton while she was secretary
 * of state", "Bill Clinton had an affair while he was president". Within one sentence news names the person
 * before the pronoun that takes them up: the nearest person named before it whose given name (CoreNLP's
 * first-name list) is not of the other gender; a name the list does not hold ("Jeb") may be either. A clause
 * with no subject of its own ("Clinton's use of a private email server while secretary of state") takes up
 * the nearest person named before it, of either gender.
 */
final class ClausePronouns {
    private ClausePronouns() {
    }

    static Entity personBefore(SentenceView s, int i, KbpGazetteers kbp) {
        String gender = s.is(i, "he") ? "MALE" : s.is(i, "she") ? "FEMALE" : null;
        for (int k = i - 1; k >= 0; k--) {
            MentionRef m = s.mention(k);
            if (m != null && m.type() == EntityType.PERSON) {
                String known = kbp == null ? null : kbp.genderOfGivenName(m.entity().name());
                if (gender == null || known == null || known.equals(gender)) {
                    return m.entity();
                }
                k = m.first(); // "Bill Clinton had an affair with Monica Lewinsky while he was": not her
            }
        }
        return null;
    }
}
