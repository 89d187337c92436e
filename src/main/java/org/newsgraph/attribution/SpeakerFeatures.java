package org.newsgraph.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/** What the speaker ranker sees of one candidate mention for one quote. */
final class SpeakerFeatures {
    /** Tags that may stand between a subject and its reporting verb: "he also said", "Trump has said". */
    private static final Set<String> AUX = Set.of("RB", "MD", "VBZ", "VBD", "VBP", "VB", "VBN", "VBG", "TO");

    private SpeakerFeatures() {
    }

    static List<String> of(TokenView v, Quote q, List<SpeakerCandidates.Candidate> all, int rank, OtherQuotes others) {
        SpeakerCandidates.Candidate c = all.get(rank);
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
        if ("NOUN_PHRASE".equals(c.type())) {
            String cls = c.headClass();
            f.add("headclass=" + cls);
            f.add("headclass+kind=" + cls + "|" + kind);
        }
        if (q.cue() != null) {
            Span cue = q.cue();
            String cueSide = m.end() <= cue.begin() ? "before" : m.begin() >= cue.end() ? "after" : "on";
            int cueGap = cueSide.equals("before") ? v.first(cue) - v.end(m) : cueSide.equals("after") ? v.first(m) - v.end(cue) : 0;
            f.add("cueside=" + cueSide);
            f.add("cuegap=" + TokenView.bucket(Math.max(0, cueGap)));
            f.add("cueside+gap=" + cueSide + "|" + TokenView.bucket(Math.max(0, cueGap)));
            String rel = cueRelation(v, m, cue, cueSide);
            f.add("cuerel=" + rel);
            f.add("cuerel+type=" + rel + "|" + (c.rule() ? "rule" : c.type()));
            f.add("cuerel+kind=" + rel + "|" + kind);
            f.add("cuenearest=" + nearestToCue(v, all, rank, cue, cueSide));
        }
        int dp = v.paragraph(m.begin()) - v.paragraph(content.begin());
        f.add("para=" + Math.max(-2, Math.min(2, dp)));
        boolean inOther = others.inOtherThan(q, m);
        f.add("inquote=" + inOther);
        boolean speaksElsewhere = others.spokenElsewhereBy(q, c.entityId());
        f.add("speaks=" + speaksElsewhere);
        return f;
    }

    /** How the candidate stands to the cue in the cue's sentence: "X said", "X also said", "X, who ..., said", "said X". */
    static String cueRelation(TokenView v, Span m, Span cue, String cueSide) {
        if (cueSide.equals("on")) {
            return "on";
        }
        if (v.sentence(m.begin()) != v.sentence(cue.begin())) {
            return "othersentence";
        }
        int from = cueSide.equals("before") ? v.end(m) : v.end(cue);
        int to = cueSide.equals("before") ? v.first(cue) : v.first(m);
        if (to <= from) {
            return cueSide + ":adjacent";
        }
        boolean aux = to - from <= 3;
        for (int i = from; i < to && aux; i++) {
            aux = AUX.contains(v.tag(i));
        }
        if (aux) {
            return cueSide + ":aux";
        }
        if (v.word(from).equals(",")) {
            return cueSide + ":comma" + (v.word(to - 1).equals(",") ? "-comma" : "");
        }
        return cueSide + ":other";
    }

    /** Whether no other candidate of the cue's sentence stands between this one and the cue, on its side. */
    static boolean nearestToCue(TokenView v, List<SpeakerCandidates.Candidate> all, int rank, Span cue, String cueSide) {
        Span m = all.get(rank).mention();
        for (int i = 0; i < all.size(); i++) {
            Span o = all.get(i).mention();
            if (i == rank || o.overlaps(m)) {
                continue;
            }
            boolean between = cueSide.equals("before") ? o.begin() >= m.end() && o.end() <= cue.begin() : o.begin() >= cue.end() && o.end() <= m.begin();
            if (between) {
                return false;
            }
        }
        return true;
    }
}
