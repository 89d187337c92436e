package org.newsgraph.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.WorkMeter;
import org.newsgraph.resolution.MentionIndex;

/**
 * The mentions a quote's speaker is chosen from: the one the rules chose, every person or
 * organisation named in the sentence before the quote through the sentence after it, and the
 * pronouns and noun phrases there ({@link MentionChunks}), outside the quote itself and not
 * overlapping a name, nearest first.
 */
final class SpeakerCandidates {
    static final int MAX = 12;

    /** {@code head}: a pronoun or a noun phrase's last word (null for names); {@code headClass}: its class in the word lists. */
    record Candidate(Span mention, String text, String entityId, String type, boolean rule, String head, String headClass) {
        Candidate(Span mention, String text, String entityId, String type, boolean rule) {
            this(mention, text, entityId, type, rule, null, "");
        }
    }

    private final List<MentionChunks.Chunk> chunks;
    private final UnaryOperator<String> wordClass;

    private final MentionIndex mentions;

    /** {@code wordClass}: a lower-case word's class in the attribution word lists ("speaker", "noun", ...; "" for none). */
    SpeakerCandidates(TokenView v, UnaryOperator<String> wordClass) {
        this.wordClass = wordClass;
        mentions = new MentionIndex(v.doc());
        chunks = MentionChunks.of(v);
    }

    List<Candidate> of(TokenView v, Quote q) {
        List<Candidate> out = new ArrayList<>();
        if (q.speakerMention() != null) {
            out.add(new Candidate(q.speakerMention(), q.speakerText(), q.speakerEntityId(), "rule", true));
        }
        int first = v.sentence(q.content().begin());
        int last = v.sentence(Math.max(q.content().begin(), q.content().end() - 1));
        if (first < 0 || last < 0) {
            return out;
        }
        int from = v.sentenceSpan(Math.max(0, first - 1)).begin();
        int to = v.sentenceSpan(Math.min(v.sentences() - 1, last + 1)).end();
        List<Candidate> named = new ArrayList<>();
        List<Span> places = new ArrayList<>();
        // mentions are in text order: only those beginning in [from, to) can lie inside it
        for (int i = mentions.lastBeginningBefore(from) + 1; i < mentions.size() && mentions.mention(i).span().begin() < to; i++) {
            WorkMeter.count(1);
            Entity e = mentions.entityOf(i);
            Span s = mentions.mention(i).span();
            if (e.type() == EntityType.PLACE) {
                places.add(s);
                continue;
            }
            if (s.begin() < from || s.end() > to || q.content().overlaps(s)
                    || q.speakerMention() != null && q.speakerMention().overlaps(s)) {
                continue;
            }
            named.add(new Candidate(s, e.name(), e.id(), e.type().name(), false));
        }
        if (!chunks.isEmpty()) {
            String text = v.doc().text();
            for (int i = firstChunkAtOrAfter(from); i < chunks.size() && chunks.get(i).span().begin() < to; i++) {
                WorkMeter.count(1);
                MentionChunks.Chunk c = chunks.get(i);
                Span s = c.span();
                if (s.end() > to || q.content().overlaps(s) || q.speakerMention() != null && q.speakerMention().overlaps(s)
                        || named.stream().anyMatch(o -> o.mention().overlaps(s)) || places.stream().anyMatch(p -> p.overlaps(s))) {
                    // a place is nobody's speaker: "in Tulsa, Oklahoma" is a noun phrase, not a source
                    continue;
                }
                Entity antecedent = c.kind() == MentionChunks.Kind.WHO ? nameBefore(v, s) : null;
                String cls = wordClass.apply(c.head());
                named.add(antecedent == null ? new Candidate(s, s.of(text), null, c.kind().name(), false, c.head(), cls)
                        : new Candidate(s, antecedent.name(), antecedent.id(), c.kind().name(), false, c.head(), cls));
            }
        }
        named.sort(Comparator.comparingInt(c -> distance(c.mention(), q.content())));
        out.addAll(named.subList(0, Math.min(named.size(), MAX)));
        return out;
    }

    /** "Stevie Wonder, who joked": the person or organisation named right before the relative pronoun (a comma at most between), or null. */
    private Entity nameBefore(TokenView v, Span who) {
        int k = mentions.lastBeginningBefore(who.begin());
        while (k >= 0 && mentions.entityOf(k).type() == EntityType.PLACE) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        int between = v.first(who) - v.end(mentions.mention(k).span());
        return between >= 0 && between <= 1 ? mentions.entityOf(k) : null;
    }

    private int firstChunkAtOrAfter(int offset) {
        int lo = 0, hi = chunks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (chunks.get(mid).span().begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static int distance(Span a, Span b) {
        return a.end() <= b.begin() ? b.begin() - a.end() : a.begin() >= b.end() ? a.begin() - b.end() : 0;
    }
}
