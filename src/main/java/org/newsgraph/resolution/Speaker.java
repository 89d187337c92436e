package org.newsgraph.resolution;

import org.newsgraph.model.Span;

/**
 * Who a phrase refers to as a speaker: the mention as written, the text to show (the entity's
 * name when resolved), the entity (null when unnamed: "one academic") and the cue that made the
 * phrase a speaker (may be null).
 */
public record Speaker(Span mention, String text, String entityId, Span cue) {
}
