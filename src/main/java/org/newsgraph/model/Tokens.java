package org.newsgraph.model;

import java.util.List;

/**
 * The token and sentence layer. Sentences never cross a paragraph of the layout's content;
 * {@code longSentences} lists the writer's sentences that were cut to a maximum length.
 */
public record Tokens(List<Token> tokens, List<Sentence> sentences, List<LongSentence> longSentences) {
    public Tokens {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        longSentences = List.copyOf(longSentences);
    }

    public Tokens(List<Token> tokens, List<Sentence> sentences) {
        this(tokens, sentences, List.of());
    }

    public List<Token> of(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }

    /** Index of the first token starting at or after {@code offset}, or tokens.size(). */
    public int tokenAtOrAfter(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The sentence containing {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        int i = sentenceIndexAt(offset);
        return i < 0 ? null : sentences.get(i);
    }

    /** Index of the sentence containing {@code offset}, or -1; a binary search, not a scan. */
    public int sentenceIndexAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (offset < s.begin()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
