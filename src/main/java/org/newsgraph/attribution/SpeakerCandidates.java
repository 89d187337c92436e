package org.newsgraph.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.WorkMeter;
import org.newsgraph.resolution.MentionIndex;

/**
 * The mentions a quote's speaker is chosen from: the one the rules chose, and every person or
 * organisation named in the sentence before the quote through the sentence after it, outside
 * the quote itself, nearest first.
 */
final class SpeakerCandidates {
    static final int MAX = 8;

    record Candidate(Span mention, String text, String entityId, String type, boolean rule) {
    }

    private final MentionIndex mentions;

    SpeakerCandidates(TokenView v) {
        mentions = new MentionIndex(v.doc());
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
        // mentions are in text order: only those beginning in [from, to) can lie inside it
        for (int i = mentions.lastBeginningBefore(from) + 1; i < mentions.size() && mentions.mention(i).span().begin() < to; i++) {
            WorkMeter.count(1);
            Entity e = mentions.entityOf(i);
            Span s = mentions.mention(i).span();
            if (e.type() == EntityType.PLACE || s.begin() < from || s.end() > to || q.content().overlaps(s)
                    || q.speakerMention() != null && q.speakerMention().overlaps(s)) {
                continue;
            }
            named.add(new Candidate(s, e.name(), e.id(), e.type().name(), false));
        }
        named.sort(Comparator.comparingInt(c -> distance(c.mention(), q.content())));
        out.addAll(named.subList(0, Math.min(named.size(), MAX)));
        return out;
    }

    static int distance(Span a, Span b) {
        return a.end() <= b.begin() ? b.begin() - a.end() : a.begin() >= b.end() ? a.begin() - b.end() : 0;
    }
}
