package org.newsgraph.attribution;

import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/**
 * Attributes a quote to a mention the speaker ranker chose that names nobody by itself ("he",
 * "the judge"), resolving it to the entity it refers to as the quote rules resolve theirs, so
 * that a quote's speaker entity does not get lost when the ranker prefers the mention as written.
 */
@FunctionalInterface
public interface MentionResolver {
    /** {@code q} with {@code mention} for its speaker mention, and the text and entity (may be null) it refers to. */
    Quote attribute(Quote q, Span mention);

    /** The mention as written, with no entity: for callers that have no antecedent search. */
    static MentionResolver asWritten(String text) {
        return (q, m) -> q.withSpeaker(q.cue(), m, m.of(text), null);
    }
}
