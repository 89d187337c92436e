package org.newsgraph.model;

/**
 * A sentence the splitter found longer than the statistical stages take, and cut into pieces
 * of at most {@code maxTokens} tokens: recorded so the output can say its sentences there are
 * not the writer's.
 */
public record LongSentence(Span span, int tokens, int maxTokens, int pieces) {
    /** "sentence of 400,000 tokens split at 250 (1,600 pieces)". */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "sentence of %,d tokens at [%d, %d) split at %,d tokens (%,d pieces)",
                tokens, span.begin(), span.end(), maxTokens, pieces);
    }
}
