package org.newsgraph.tokens;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.LongSentence;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;
import org.newsgraph.pipeline.WorkMeter;

/**
 * Cuts sentences longer than a maximum into pieces, as CoreNLP's {@code ssplit.maxLength} does:
 * a flattened table or a paragraph without a full stop is one "sentence" of thousands of tokens,
 * and the taggers' time and memory grow with sentence length. A piece ends at the last comma,
 * semicolon or colon of its second half when there is one, else at the maximum. Token offsets
 * are untouched; each cut sentence is listed in the layer for the output's provenance.
 */
public final class SentenceCap {
    /**
     * 250 tokens: the longest of 37,368 sentences in PolNeAR (train and dev), the BBC sample and
     * the seeds has 220 tokens, 99.9% have at most 81; so no news sentence is cut.
     */
    public static final int MAX_TOKENS = 250;

    private SentenceCap() {
    }

    public static Tokens cap(Tokens in, int maxTokens) {
        if (maxTokens < 2) {
            throw new IllegalArgumentException("a sentence cap below 2 tokens");
        }
        List<Token> tokens = in.tokens();
        List<Sentence> out = new ArrayList<>(in.sentences().size());
        List<LongSentence> cut = new ArrayList<>(in.longSentences());
        for (Sentence s : in.sentences()) {
            int length = s.endToken() - s.firstToken();
            if (length <= maxTokens) {
                out.add(s);
                continue;
            }
            int pieces = 0;
            int begin = s.firstToken();
            while (begin < s.endToken()) {
                int end = pieceEnd(tokens, begin, s.endToken(), maxTokens);
                WorkMeter.count(end - begin);
                out.add(new Sentence(new Span(tokens.get(begin).span().begin(), tokens.get(end - 1).span().end()), begin, end));
                pieces++;
                begin = end;
            }
            cut.add(new LongSentence(s.span(), length, maxTokens, pieces));
        }
        return new Tokens(tokens, out, cut);
    }

    /** Exclusive end of the piece starting at {@code begin}: after a clause mark in the second half, else at the maximum. */
    private static int pieceEnd(List<Token> tokens, int begin, int sentenceEnd, int maxTokens) {
        int limit = begin + maxTokens;
        if (limit >= sentenceEnd) {
            return sentenceEnd;
        }
        for (int i = limit - 1; i >= begin + maxTokens / 2; i--) {
            String w = tokens.get(i).word();
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                return i + 1;
            }
        }
        return limit;
    }
}
