package org.newsgraph.attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;

/**
 * Development harness part (not shipped: measured 2026-12-07, docs/attribution.md). Where a
 * reported statement's words begin and end, chosen by a classifier among the clause
 * boundaries near the rules' guess. The rules' content often runs on past where PolNeAR's ends
 * (into "as …", "after …", a second clause) or stops short of it; the alternatives are the
 * rules' own span and the spans that start or end at a punctuation mark or at a word that opens
 * a clause or phrase (tags CC, IN, TO, WDT, WP, WRB) within the sentence, never crossing the cue
 * or the source. Two classifiers score the ends, then the starts: is this the annotated boundary?
 */
final class ContentBounds {
    private static final int MAX_INSIDE = 6;
    private static final int MAX_OUTSIDE = 3;
    private static final Set<String> OPENERS = Set.of("CC", "IN", "TO", "WDT", "WP", "WRB");

    /** A candidate's tokens as the rules placed them, with its sentence and the tokens the content may not cross. */
    record Candidate(int first, int end, int sentenceFirst, int sentenceEnd, int cue, int cueEnd, int speaker, int speakerEnd) {
        boolean blocked(int i) {
            return i >= cue && i < cueEnd || i >= speaker && i < speakerEnd;
        }
    }

    private ContentBounds() {
    }

    static Candidate candidate(TokenTable t, Quote q) {
        int first = t.tokenAtOrAfter(q.content().begin());
        int end = t.tokenAtOrAfter(q.content().end());
        int s = t.sentence[Math.min(first, t.size() - 1)];
        int sentenceEnd = Math.min(t.size(), t.sentenceEnd[s]);
        while (sentenceEnd > t.sentenceFirst[s] + 1 && isPunct(t.words[sentenceEnd - 1])) {
            sentenceEnd--;
        }
        int[] cue = tokens(t, q.cue());
        int[] speaker = tokens(t, q.speakerMention());
        return new Candidate(first, Math.max(end, first + 1), t.sentenceFirst[s], Math.max(sentenceEnd, end), cue[0], cue[1], speaker[0], speaker[1]);
    }

    private static int[] tokens(TokenTable t, Span s) {
        return s == null ? new int[] {-1, -1} : new int[] {t.tokenAtOrAfter(s.begin()), t.tokenAtOrAfter(s.end())};
    }

    /** The ends tried with the rules' start: the rules' end, the cuts inside, the next cuts after it. */
    static List<Integer> ends(TokenTable t, Candidate c) {
        Set<Integer> ends = new LinkedHashSet<>(List.of(c.end()));
        for (int k = c.end() - 1; k > c.first() + 1 && ends.size() <= MAX_INSIDE; k--) {
            if (isCut(t, k)) {
                ends.add(trimEnd(t, c.first(), k));
            }
        }
        int outside = 0;
        for (int k = c.end(); k <= c.sentenceEnd() && outside < MAX_OUTSIDE && !c.blocked(k); k++) {
            if (k == c.sentenceEnd() || k > c.end() && isCut(t, k)) {
                ends.add(trimEnd(t, c.first(), k));
                outside++;
            }
        }
        return new ArrayList<>(ends);
    }

    /** The starts tried with a chosen end: the rules' start, the cuts after it, the cuts before it up to the cue or source. */
    static List<Integer> starts(TokenTable t, Candidate c, int end) {
        Set<Integer> starts = new LinkedHashSet<>(List.of(c.first()));
        for (int k = c.first(); k < end - 2 && starts.size() <= 2; k++) {
            if (isCut(t, k)) {
                starts.add(k + 1);
            }
        }
        for (int k = c.first() - 1; k >= c.sentenceFirst() && !c.blocked(k) && starts.size() <= 4; k--) {
            if (k == c.sentenceFirst() || isCut(t, k - 1)) {
                starts.add(k);
            }
        }
        return new ArrayList<>(starts);
    }

    private static int trimEnd(TokenTable t, int first, int e) {
        while (e > first + 1 && isPunct(t.words[e - 1])) {
            e--;
        }
        return e;
    }

    static List<String> endFeatures(TokenTable t, Candidate c, int e) {
        List<String> f = new ArrayList<>(24);
        String move = move(e - c.end());
        String ew = word(t, e);
        f.add("e=" + move);
        f.add("ew=" + ew);
        f.add("et=" + tag(t, e));
        f.add("ew1=" + word(t, e + 1));
        f.add("et1=" + tag(t, e + 1));
        f.add("ewt1=" + ew + "|" + tag(t, e + 1));
        f.add("lw=" + word(t, e - 1));
        f.add("lt=" + tag(t, e - 1));
        f.add("len=" + TokenView.bucket(e - c.first()));
        f.add("rlen=" + TokenView.bucket(c.end() - c.first()));
        f.add("toEnd=" + TokenView.bucket(c.sentenceEnd() - e));
        f.add("atEnd=" + (e >= c.sentenceEnd()));
        int commas = 0;
        boolean verb = false, verbAfter = false;
        for (int k = c.first(); k < e; k++) {
            commas += t.words[k].equals(",") ? 1 : 0;
            verb |= finite(t, k);
        }
        for (int k = e; k < c.sentenceEnd(); k++) {
            verbAfter |= finite(t, k);
        }
        f.add("commas=" + Math.min(3, commas));
        f.add("verb=" + verb);
        f.add("verbAfter=" + verbAfter);
        String cue = c.cue() < 0 ? "<none>" : t.words[c.cue()];
        f.add("side=" + (c.cue() < 0 ? "none" : c.cue() < c.first() ? "after" : "before"));
        f.add("cue|ew=" + cue + "|" + ew);
        f.add("cc|ew=" + (c.cue() < 0 ? "<none>" : t.classes[c.cue()]) + "|" + ew);
        f.add("ew|move=" + ew + "|" + move);
        return f;
    }

    static List<String> startFeatures(TokenTable t, Candidate c, int s, int e) {
        List<String> f = new ArrayList<>(20);
        String move = move(s - c.first());
        String sw = word(t, s);
        f.add("s=" + move);
        f.add("sw=" + sw);
        f.add("st=" + tag(t, s));
        f.add("pw=" + word(t, s - 1));
        f.add("pt=" + tag(t, s - 1));
        f.add("pwsw=" + word(t, s - 1) + "|" + sw);
        f.add("len=" + TokenView.bucket(e - s));
        f.add("fromStart=" + TokenView.bucket(s - c.sentenceFirst()));
        String side = c.cue() < 0 ? "none" : c.cue() < c.first() ? "after" : "before";
        f.add("side|s=" + side + "|" + move);
        f.add("cue|sw=" + (c.cue() < 0 ? "<none>" : t.words[c.cue()]) + "|" + sw);
        f.add("sw|move=" + sw + "|" + move);
        f.add("gap=" + TokenView.bucket(c.cue() < 0 ? 99 : Math.abs(s - c.cueEnd())));
        return f;
    }

    /** The end, then the start, each the best-scoring when it beats the rules' own by {@code margin}. */
    static Quote chooseApart(BinaryClassifier endModel, BinaryClassifier startModel, TokenTable t, Quote q, double margin) {
        if (q.kind() != QuoteKind.INDIRECT) {
            return q;
        }
        Candidate c = candidate(t, q);
        int end = best(ends(t, c), e -> endModel.yes(endFeatures(t, c, e)), margin);
        int start = best(starts(t, c, end), s -> startModel.yes(startFeatures(t, c, s, end)), margin);
        if (start == c.first() && end == c.end() || end - start < 2) {
            return q;
        }
        return new Quote(t.span(start, end), q.kind(), q.cue(), q.speakerMention(), q.speakerText(), q.speakerEntityId());
    }

    private static int best(List<Integer> choices, java.util.function.IntToDoubleFunction score, double margin) {
        int best = choices.get(0);
        double top = score.applyAsDouble(best) + margin;
        for (int x : choices.subList(1, choices.size())) {
            double p = score.applyAsDouble(x);
            if (p > top) {
                best = x;
                top = p;
            }
        }
        return best;
    }

    private static boolean finite(TokenTable t, int k) {
        return t.tags[k].equals("VBD") || t.tags[k].equals("VBZ") || t.tags[k].equals("VBP") || t.tags[k].equals("MD");
    }

    private static String move(int d) {
        return d == 0 ? "0" : d < 0 ? "-" + TokenView.bucket(-d) : "+" + TokenView.bucket(d);
    }

    private static boolean isCut(TokenTable t, int k) {
        return isPunct(t.words[k]) || OPENERS.contains(t.tags[k]);
    }

    private static boolean isPunct(String w) {
        return w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0)) || w.equals("--") || w.equals("—") || w.equals("–");
    }

    private static String word(TokenTable t, int i) {
        return i < 0 || i >= t.size() ? "<none>" : t.words[i];
    }

    private static String tag(TokenTable t, int i) {
        return i < 0 || i >= t.size() ? "<none>" : t.tags[i];
    }
}
