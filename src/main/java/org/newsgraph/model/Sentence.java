package org.newsgraph.model;

/** A sentence: its span and the half-open range of token indexes it covers. */
public record Sentence(Span span, int firstToken, int endToken) {
    public Sentence {
        if (firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("a sentence needs at least one token");
        }
    }
}
