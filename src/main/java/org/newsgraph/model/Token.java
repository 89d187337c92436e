package org.newsgraph.model;

/** One token: its span in the article text and its word form (possibly normalised). */
public record Token(Span span, String word) {
}
