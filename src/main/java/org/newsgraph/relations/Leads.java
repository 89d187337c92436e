package org.newsgraph.relations;

import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.relations.SentenceView.MentionRef;

/**
 * The grammatical subject a sentence opens with, when it is a person: "Gordon Brown has outlined …",
 * "Leading British computer games maker Peter Molyneux has …". A description opening the next
 * sentence ("The chancellor has …") most often takes that person up again.
 */
final class Leads {
    private Leads() {
    }

    /**
     * The first person the sentence names, when nothing but names, titles and their modifiers come
     * before it ("With Bridge gone …", "After Mourinho …": a clause, not the subject); a sentence
     * opening with "He" or "She" keeps {@code before}, the lead of the sentence before; else null.
     */
    static Entity subject(SentenceView s, Entity before) {
        if (s.is(0, "he", "she")) {
            return before;
        }
        for (int i = 0; i < s.size(); i++) {
            MentionRef m = s.mention(i);
            if (m != null) {
                if (m.type() == EntityType.PERSON) {
                    return m.entity();
                }
                i = m.end() - 1;
                continue;
            }
            String tag = s.tag(i);
            boolean describes = tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("CD")
                    || tag.equals("POS") || tag.equals("VBG") && i == 0;
            if (!describes) {
                return null;
            }
        }
        return null;
    }
}
