package org.newsgraph.model;

import java.util.Objects;

/**
 * A quotation: the quoted words (without marks), its kind, and where found, the cue (reporting
 * verb), the speaker mention as written and the entity it resolves to (ids may be null).
 */
public record Quote(Span content, QuoteKind kind, Span cue, Span speakerMention, String speakerText, String speakerEntityId) {
    public Quote {
        Objects.requireNonNull(content);
        Objects.requireNonNull(kind);
    }

    public Quote withSpeaker(Span cue, Span speakerMention, String speakerText, String speakerEntityId) {
        return new Quote(content, kind, cue, speakerMention, speakerText, speakerEntityId);
    }
}
