package org.newsgraph.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;
import org.newsgraph.pipeline.WorkMeter;

/**
 * The document's entity mentions in text order, each with its entity, and for every token the
 * first mention (in text order) that contains it: one array a sentence, built the first time a
 * token of that sentence is asked about, so each rule's "is this word part of a name?" is a look-up.
 */
public final class MentionIndex {
    private final Tokens tokens;
    private final List<NamedEntity> mentions = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final SpanIndex spans;
    private final QuotedText quoted;
    /** Per sentence, per token of it: the mention index, or -1; null until the sentence is first asked about. */
    private final int[][] bySentence;

    public MentionIndex(Document doc) {
        this.tokens = doc.tokens();
        List<Map.Entry<NamedEntity, Entity>> all = new ArrayList<>();
        for (Entity e : doc.entities().all()) {
            for (NamedEntity m : e.mentions()) {
                all.add(Map.entry(m, e));
            }
        }
        all.sort(Map.Entry.comparingByKey(Comparator.comparing(NamedEntity::span)));
        for (Map.Entry<NamedEntity, Entity> me : all) {
            mentions.add(me.getKey());
            entities.add(me.getValue());
        }
        spans = new SpanIndex(mentions.stream().map(NamedEntity::span).toList());
        quoted = new QuotedText(doc.text());
        bySentence = new int[tokens.sentences().size()][];
    }

    public int size() {
        return mentions.size();
    }

    public NamedEntity mention(int i) {
        return mentions.get(i);
    }

    /** The mention stands inside quotation marks: in somebody's quoted words, not the writer's. */
    public boolean isQuoted(int i) {
        Span s = mentions.get(i).span();
        return quoted.holds(s.begin(), s.end());
    }

    public Entity entityOf(int i) {
        return entities.get(i);
    }

    /** Index of the last mention beginning before {@code offset}, or -1: where every backward search starts. */
    public int lastBeginningBefore(int offset) {
        return spans.lastBeginningBefore(offset);
    }

    /** The first mention (in text order) containing the token, or -1. */
    public int mentionAt(Token token) {
        Span span = token.span();
        int sentence = tokens.sentenceIndexAt(span.begin());
        int k = tokens.tokenAtOrAfter(span.begin());
        if (sentence < 0 || k >= tokens.tokens().size() || !tokens.tokens().get(k).span().equals(span)) {
            return scan(span); // not one of the document's tokens: no sentence array holds it
        }
        Sentence s = tokens.sentences().get(sentence);
        if (k < s.firstToken() || k >= s.endToken()) {
            return scan(span);
        }
        if (bySentence[sentence] == null) {
            bySentence[sentence] = build(s);
        }
        return bySentence[sentence][k - s.firstToken()];
    }

    /** Every mention overlapping the sentence, last first, so the first in text order is the one a token keeps. */
    private int[] build(Sentence s) {
        int[] out = new int[s.endToken() - s.firstToken()];
        Arrays.fill(out, -1);
        List<Token> all = tokens.tokens();
        for (int i = lastBeginningBefore(s.span().end()); i >= 0 && spans.maxEndUpTo(i) > s.span().begin(); i--) {
            Span m = mentions.get(i).span();
            for (int k = Math.max(s.firstToken(), tokens.tokenAtOrAfter(m.begin())); k < s.endToken() && all.get(k).span().begin() < m.end(); k++) {
                WorkMeter.count(1);
                if (m.contains(all.get(k).span())) {
                    out[k - s.firstToken()] = i;
                }
            }
        }
        return out;
    }

    /** The same question for a span that is no token of a sentence: only mentions beginning at or before it can hold it. */
    private int scan(Span tokenSpan) {
        int found = -1;
        for (int i = lastBeginningBefore(tokenSpan.begin() + 1); i >= 0 && spans.maxEndUpTo(i) > tokenSpan.begin(); i--) {
            WorkMeter.count(1);
            if (mentions.get(i).span().contains(tokenSpan)) {
                found = i;
            }
        }
        return found;
    }
}
