package org.newsgraph.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/** What the speaker ranker sees of one candidate mention for one quote. */
final class SpeakerFeatures {
    private SpeakerFeatures() {
    }

    static List<String> of(TokenView v, Quote q, SpeakerCandidates.Candidate c, int rank, OtherQuotes others) {
        List<String> f = new ArrayList<>();
        Span m = c.mention();
        Span content = q.content();
        String kind = q.kind().name();
        String type = c.rule() ? "rule:" + v.tag(v.end(m) - 1) : c.type();
        f.add("bias");
        f.add("rule=" + c.rule());
        f.add("type=" + type);
        f.add("kind+type=" + kind + "|" + type);
        f.add("kind+rule=" + kind + "|" + c.rule());
        String side = m.end() <= content.begin() ? "before" : "after";
        f.add("side=" + side);
        int gap = side.equals("before") ? v.first(content) - v.end(m) : v.first(m) - v.end(content);
        f.add("gap=" + TokenView.bucket(Math.max(0, gap)));
        f.add("side+gap=" + side + "|" + TokenView.bucket(Math.max(0, gap)));
        int sentence = v.sentence(m.begin()) - v.sentence(content.begin());
        f.add("sent=" + Math.max(-2, Math.min(2, sentence)));
        f.add("rank=" + Math.min(rank, 4));
        f.add("prev=" + v.word(v.first(m) - 1));
        f.add("next=" + v.word(v.end(m)));
        f.add("nexttag=" + v.tag(v.end(m)));
        f.add("prevtag=" + v.tag(v.first(m) - 1));
        f.add("cuerule=" + (q.cue() != null));
        if (q.cue() != null) {
            Span cue = q.cue();
            String cueSide = m.end() <= cue.begin() ? "before" : m.begin() >= cue.end() ? "after" : "on";
            int cueGap = cueSide.equals("before") ? v.first(cue) - v.end(m) : cueSide.equals("after") ? v.first(m) - v.end(cue) : 0;
            f.add("cueside=" + cueSide);
            f.add("cuegap=" + TokenView.bucket(Math.max(0, cueGap)));
            f.add("cueside+gap=" + cueSide + "|" + TokenView.bucket(Math.max(0, cueGap)));
        }
        boolean inOther = others.inOtherThan(q, m);
        f.add("inquote=" + inOther);
        boolean speaksElsewhere = others.spokenElsewhereBy(q, c.entityId());
        f.add("speaks=" + speaksElsewhere);
        return f;
    }
}
