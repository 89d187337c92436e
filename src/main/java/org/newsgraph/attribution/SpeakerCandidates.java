package org.newsgraph.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.WorkMeter;

/**
 * The mentions a quote's speaker is chosen from: the one the rules chose, and every person or
 * organisation named in the sentence before the quote through the sentence after it, outside
 * the quote itself, nearest first.
 */
final class SpeakerCandidates {
    static final int MAX = 8;

    record Candidate(Span mention, String text, String entityId, String type, boolean rule) {
    }

    private final List<Mention> mentions = new ArrayList<>();

    private record Mention(NamedEntity mention, Entity entity) {
    }

    SpeakerCandidates(TokenView v) {
        for (Entity e : v.doc().entities().all()) {
            if (e.type() == EntityType.PLACE) {
                continue;
            }
            for (NamedEntity m : e.mentions()) {
                mentions.add(new Mention(m, e));
            }
        }
        mentions.sort(Comparator.comparing(m -> m.mention().span()));
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
        for (int i = firstBeginningAtOrAfter(from); i < mentions.size() && mentions.get(i).mention().span().begin() < to; i++) {
            WorkMeter.count(1);
            Mention m = mentions.get(i);
            Span s = m.mention().span();
            if (s.begin() < from || s.end() > to || q.content().overlaps(s)
                    || q.speakerMention() != null && q.speakerMention().overlaps(s)) {
                continue;
            }
            named.add(new Candidate(s, m.entity().name(), m.entity().id(), m.entity().type().name(), false));
        }
        named.sort(Comparator.comparingInt(c -> distance(c.mention(), q.content())));
        out.addAll(named.subList(0, Math.min(named.size(), MAX)));
        return out;
    }

    private int firstBeginningAtOrAfter(int offset) {
        int lo = 0, hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).mention().span().begin() < offset) {
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
