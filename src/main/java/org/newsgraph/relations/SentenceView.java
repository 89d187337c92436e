package org.newsgraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.resolution.MentionIndex;

/**
 * One sentence's tokens with the entity mention (if any) each token belongs to, the unit the
 * relation patterns read; the mention a token belongs to comes from the document's
 * {@link MentionIndex}, as for the quote rules.
 */
final class SentenceView {
    /** An entity mention covering tokens [first, end) of the sentence. */
    record MentionRef(Entity entity, NamedEntity mention, int first, int end) {
        EntityType type() {
            return entity.type();
        }
    }

    final List<Token> tokens;
    private final String text;
    final List<String> lower = new ArrayList<>();
    final MentionRef[] mentionAt;
    final List<MentionRef> mentions = new ArrayList<>();
    /** Penn Treebank tags of the tokens, or null when the pipeline ran without the pos stage. */
    private final List<String> tags;
    final int previousBegin;
    private final QuoteSpeakers speakers;

    /**
     * {@code index}: the document's mentions, asked per token; {@code previousBegin}: where the
     * sentence before this one starts, or -1 for the first; {@code speakers}: the quote stage's speakers.
     */
    SentenceView(String text, List<Token> tokens, List<String> tags, MentionIndex index, QuoteSpeakers speakers, int previousBegin) {
        this.previousBegin = previousBegin;
        this.speakers = speakers;
        this.text = text;
        this.tokens = tokens;
        this.tags = tags;
        this.mentionAt = new MentionRef[tokens.size()];
        for (Token t : tokens) {
            lower.add(t.word().toLowerCase(Locale.ROOT));
        }
        if (tokens.isEmpty()) {
            return;
        }
        Span whole = new Span(tokens.get(0).span().begin(), tokens.get(tokens.size() - 1).span().end());
        int i = 0;
        while (i < tokens.size()) {
            int k = index.mentionAt(tokens.get(i));
            if (k < 0 || !whole.contains(index.mention(k).span())) {
                i++; // a mention running into the next sentence belongs to no sentence's patterns
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && index.mentionAt(tokens.get(end)) == k) {
                end++;
            }
            MentionRef ref = new MentionRef(index.entityOf(k), index.mention(k), i, end);
            mentions.add(ref);
            for (int j = i; j < end; j++) {
                mentionAt[j] = ref;
            }
            i = end;
        }
    }

    int size() {
        return tokens.size();
    }

    String word(int i) {
        return tokens.get(i).word();
    }

    /** Title-phrase ends by start token, computed once: every rule starting with a title asks at every token. */
    private int[] titleEnds;

    int titleEnd(int i, java.util.function.IntUnaryOperator compute) {
        if (i < 0 || i >= tokens.size()) {
            return -1;
        }
        if (titleEnds == null) {
            titleEnds = unknown();
        }
        if (titleEnds[i] == Integer.MIN_VALUE) {
            titleEnds[i] = compute.applyAsInt(i);
        }
        return titleEnds[i];
    }

    /** Title-head lengths by start token, computed once (a title phrase asks for the heads inside it again). */
    private int[] headLengths;

    int headLength(int i, java.util.function.IntUnaryOperator compute) {
        if (headLengths == null) {
            headLengths = unknown();
        }
        if (headLengths[i] == Integer.MIN_VALUE) {
            headLengths[i] = compute.applyAsInt(i);
        }
        return headLengths[i];
    }

    private int[] unknown() {
        int[] a = new int[tokens.size()];
        java.util.Arrays.fill(a, Integer.MIN_VALUE);
        return a;
    }

    /** The part-of-speech tag of token i, or "" when unknown. */
    String tag(int i) {
        return tags == null || i < 0 || i >= tags.size() ? "" : tags.get(i);
    }

    boolean hasTags() {
        return tags != null;
    }

    /** The person a quote's speaker phrase ending with token i - 1 was resolved to, or null. */
    Entity speakerEndingBefore(int i) {
        return i > 0 && i <= tokens.size() ? speakers.endingAt(tokens.get(i - 1).span().end()) : null;
    }

    MentionRef mention(int i) {
        return i >= 0 && i < mentionAt.length ? mentionAt[i] : null;
    }

    boolean is(int i, String... words) {
        if (i < 0 || i >= lower.size()) {
            return false;
        }
        for (String w : words) {
            if (lower.get(i).equals(w)) {
                return true;
            }
        }
        return false;
    }

    Span span(int first, int end) {
        return new Span(tokens.get(first).span().begin(), tokens.get(end - 1).span().end());
    }

    String text(int first, int end) {
        return span(first, end).of(text);
    }

    /** Skips a possessive marker token ("'s", "’s", "'") at i. */
    int skipPossessive(int i) {
        return is(i, "'s", "’s", "'", "’") ? i + 1 : i;
    }
}
