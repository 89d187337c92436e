package org.newsgraph.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;

/**
 * What the reported-speech classifier sees of one candidate the rules propose: its cue, its
 * source, where its content starts and ends, and the words at those edges.
 */
final class ReportedFeatures {
    private ReportedFeatures() {
    }

    static List<String> of(TokenView v, Quote q, OtherQuotes others) {
        List<String> f = new ArrayList<>();
        String text = v.doc().text();
        Span c = q.content();
        int cb = v.first(c), ce = Math.max(cb + 1, v.end(c));
        f.add("bias");
        String cue = q.cue() == null ? "<none>" : q.cue().of(text).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "_");
        String cueSide = q.cue() == null ? "none" : q.cue().end() <= c.begin() ? "before" : q.cue().begin() >= c.end() ? "after" : "inside";
        f.add("cue=" + cue);
        f.add("cueside=" + cueSide);
        f.add("cue+side=" + cue + "|" + cueSide);
        if (q.cue() != null) {
            int k = v.first(q.cue());
            f.add("cuetag=" + v.tag(k));
            f.add("cuenext=" + v.word(v.end(q.cue())));
            f.add("cueprev=" + v.word(k - 1));
            int gap = cueSide.equals("before") ? cb - v.end(q.cue()) : cueSide.equals("after") ? k - ce : 0;
            f.add("cuegap=" + TokenView.bucket(Math.max(0, gap)));
        }
        if (q.speakerMention() == null) {
            f.add("spk=none");
        } else {
            int k = v.end(q.speakerMention()) - 1;
            f.add("spktag=" + v.tag(k));
            f.add("spkent=" + (q.speakerEntityId() != null));
            f.add("spkside=" + (q.speakerMention().end() <= c.begin() ? "before" : "after"));
            f.add("spklen=" + TokenView.bucket(v.end(q.speakerMention()) - v.first(q.speakerMention())));
            f.add("spkhead=" + v.word(k));
        }
        f.add("len=" + TokenView.bucket(ce - cb));
        f.add("w0=" + v.word(cb));
        f.add("t0=" + v.tag(cb));
        f.add("w1=" + v.word(cb + 1));
        f.add("t0t1=" + v.tag(cb) + "|" + v.tag(cb + 1));
        f.add("wb=" + v.word(cb - 1));
        f.add("tb=" + v.tag(cb - 1));
        f.add("wl=" + v.word(ce - 1));
        f.add("wa=" + v.word(ce));
        f.add("cue+w0=" + cue + "|" + v.word(cb));
        int sentence = v.sentence(c.begin());
        if (sentence >= 0) {
            Span s = v.sentenceSpan(sentence);
            f.add("startsent=" + (v.first(s) == cb));
            f.add("endsent=" + (ce >= v.end(s) - 1));
            f.add("sentidx=" + Math.min(sentence, 3));
            String st = s.of(text);
            f.add("marks=" + (st.indexOf('“') >= 0 || st.indexOf('"') >= 0));
        }
        boolean hasVerb = false;
        for (int i = cb; i < ce; i++) {
            hasVerb |= v.tag(i).startsWith("VB") || v.tag(i).equals("MD");
        }
        f.add("verb=" + hasVerb);
        long sameSentence = others.indirectInSentence(q, sentence);
        f.add("others=" + Math.min(sameSentence, 2));
        long nested = others.nestedWith(q);
        f.add("nested=" + Math.min(nested, 2));
        return f;
    }
}
