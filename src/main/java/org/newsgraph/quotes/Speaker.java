package org.newsgraph.quotes;

import org.newsgraph.model.Span;

/** Who a quote is attributed to: the mention as written, the entity (may be null) and the cue. */
record Speaker(Span mention, String text, String entityId, Span cue) {
}
