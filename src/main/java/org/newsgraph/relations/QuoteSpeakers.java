package org.newsgraph.relations;

import java.util.HashMap;
import java.util.Map;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Quote;

/**
 * The person each quote's speaker phrase was resolved to by the quote stage, by where the phrase
 * ends: "…,” said the New York businessman" is Donald Trump when attribution says so. A
 * description with no name in its sentence is named nowhere else, so its title reaches its person
 * only through the speaker's resolution.
 */
final class QuoteSpeakers {
    private static final QuoteSpeakers NONE = new QuoteSpeakers(Map.of());
    private final Map<Integer, Entity> byEnd;

    private QuoteSpeakers(Map<Integer, Entity> byEnd) {
        this.byEnd = byEnd;
    }

    /** None when the pipeline ran without the quote stage. */
    static QuoteSpeakers of(Document doc) {
        if (!doc.has(Layer.QUOTES)) {
            return NONE;
        }
        Map<Integer, Entity> byEnd = new HashMap<>();
        for (Quote q : doc.quotes()) {
            if (q.speakerMention() == null || q.speakerEntityId() == null) {
                continue;
            }
            doc.entities().byId(q.speakerEntityId()).filter(e -> e.type() == EntityType.PERSON)
                    .ifPresent(e -> byEnd.putIfAbsent(q.speakerMention().end(), e));
        }
        return new QuoteSpeakers(byEnd);
    }

    /** The person whose speaker phrase ends at this character offset, or null. */
    Entity endingAt(int offset) {
        return byEnd.get(offset);
    }
}
