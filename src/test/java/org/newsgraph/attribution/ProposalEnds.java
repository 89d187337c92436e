package org.newsgraph.attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Span;

/**
 * Where a verb proposal's words end ({@link ReportedCues}): the proposal stops at the first comma,
 * which cuts "said that X, Y and Z" short and runs "hailed the plan as a victory for …" on; a
 * classifier trained on polnear-train chooses among the cuts of the rest of the sentence (commas,
 * semicolons and dashes, words opening a clause or phrase, the sentence end), each scored "the
 * words up to here match an annotated statement". Development harness part (not shipped: measured
 * 2026-12-07, fourth session, docs/attribution.md; harness ProposalEndsExperiment).
 */
final class ProposalEnds {
    /** Ends tried past the first comma: enough for "X, Y, and Z", few enough to stay in the clause. */
    private static final int MAX_AFTER = 4;
    /** Ends tried before the first comma. */
    private static final int MAX_BEFORE = 3;
    /** Tags of words that open a clause or phrase: a statement may end before them. */
    private static final Set<String> OPENERS = Set.of("CC", "IN", "TO", "WDT", "WP", "WRB");

    private ProposalEnds() {
    }

    /** The ends tried for a proposal, its own (the first comma) first; none crosses quoted words. */
    static List<Integer> ends(TokenTable t, ReportedCues.Proposal p, int sentenceEnd) {
        Set<Integer> ends = new LinkedHashSet<>(List.of(p.end()));
        int before = 0;
        for (int k = p.end() - 1; k >= p.first() + ReportedCues.MIN_TOKENS && before < MAX_BEFORE; k--) {
            if (OPENERS.contains(t.tags[k])) {
                ends.add(k);
                before++;
            }
        }
        int after = 0;
        for (int k = p.end() + 1; k <= sentenceEnd && after < MAX_AFTER; k++) {
            if (k < sentenceEnd && t.rule[k] == TokenTable.RULE_QUOTED) {
                break;
            }
            if (k == sentenceEnd || isCut(t, k)) {
                int e = k;
                while (e > p.first() + 1 && isPunct(t.words[e - 1])) {
                    e--;
                }
                ends.add(e);
                after++;
            }
        }
        return new ArrayList<>(ends);
    }

    static List<String> features(TokenTable t, ReportedCues.Proposal p, int e, int sentenceEnd) {
        List<String> f = new ArrayList<>(24);
        String move = e == p.end() ? "0" : e < p.end() ? "-" : "+";
        String ew = t.wordOr(e);
        f.add("m=" + move);
        f.add("ew=" + ew);
        f.add("et=" + t.tagOr(e));
        f.add("ew1=" + t.wordOr(e + 1));
        f.add("et1=" + t.tagOr(e + 1));
        f.add("ewt1=" + ew + "|" + t.tagOr(e + 1));
        f.add("lw=" + t.wordOr(e - 1));
        f.add("lt=" + t.tagOr(e - 1));
        f.add("len=" + TokenView.bucket(e - p.first()));
        f.add("toEnd=" + TokenView.bucket(sentenceEnd - e));
        f.add("atEnd=" + (e >= sentenceEnd));
        int commas = 0;
        boolean verb = false;
        boolean verbAfter = false;
        for (int k = p.first(); k < e; k++) {
            commas += t.words[k].equals(",") ? 1 : 0;
            verb |= finite(t, k);
        }
        for (int k = e; k < sentenceEnd; k++) {
            verbAfter |= finite(t, k);
        }
        f.add("commas=" + Math.min(3, commas));
        f.add("verb=" + verb);
        f.add("verbAfter=" + verbAfter);
        f.add("that=" + (p.first() > p.cue() + 1));
        String cue = t.words[p.cue()];
        f.add("cue|ew=" + cue + "|" + ew);
        f.add("cc|ew=" + t.classes[p.cue()] + "|" + ew);
        f.add("ew|m=" + ew + "|" + move);
        f.add("cue|m=" + cue + "|" + move);
        f.add("that|m=" + (p.first() > p.cue() + 1) + "|" + move);
        return f;
    }

    /** The proposal ending where the classifier scores best; its own end unless another beats it by {@code margin}. */
    static ReportedCues.Proposal choose(BinaryClassifier c, TokenTable t, ReportedCues.Proposal p, double margin) {
        int sentenceEnd = sentenceEnd(t, p);
        List<Integer> ends = ends(t, p, sentenceEnd);
        int best = p.end();
        double top = c.yes(features(t, p, best, sentenceEnd)) + margin;
        for (int e : ends.subList(1, ends.size())) {
            double s = c.yes(features(t, p, e, sentenceEnd));
            if (s > top) {
                best = e;
                top = s;
            }
        }
        return best == p.end() ? p : new ReportedCues.Proposal(p.cue(), p.first(), best, p.source(), p.sourceEnd());
    }

    /**
     * Training examples: each end of a proposal one of whose ends matches (half the characters) an
     * annotated reported statement in {@code open}, yes when that end matches it.
     */
    static List<BinaryClassifier.Example> examples(TokenTable t, List<ReportedCues.Proposal> proposals, List<GoldAttribution> open) {
        List<BinaryClassifier.Example> out = new ArrayList<>();
        for (ReportedCues.Proposal p : proposals) {
            int sentenceEnd = sentenceEnd(t, p);
            List<Integer> ends = ends(t, p, sentenceEnd);
            boolean[] yes = new boolean[ends.size()];
            boolean any = false;
            for (int k = 0; k < ends.size(); k++) {
                Span s = t.span(p.first(), ends.get(k));
                yes[k] = open.stream().anyMatch(g -> g.overlapShare(s) >= AttributionTrainer.REPORTED_OVERLAP);
                any |= yes[k];
            }
            if (!any) {
                continue;
            }
            for (int k = 0; k < ends.size(); k++) {
                out.add(new BinaryClassifier.Example(features(t, p, ends.get(k), sentenceEnd), yes[k]));
            }
        }
        return out;
    }

    /** The sentence's last token index + 1, trailing punctuation left out. */
    static int sentenceEnd(TokenTable t, ReportedCues.Proposal p) {
        int s = t.sentence[p.cue()];
        int end = Math.min(t.size(), t.sentenceEnd[s]);
        while (end > t.sentenceFirst[s] && isPunct(t.words[end - 1])) {
            end--;
        }
        return Math.max(end, p.end());
    }

    private static boolean finite(TokenTable t, int k) {
        return t.tags[k].equals("VBD") || t.tags[k].equals("VBZ") || t.tags[k].equals("VBP") || t.tags[k].equals("MD");
    }

    private static boolean isCut(TokenTable t, int k) {
        return isPunct(t.words[k]) || OPENERS.contains(t.tags[k]);
    }

    private static boolean isPunct(String w) {
        return w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0)) || w.equals("--") || w.equals("—") || w.equals("–");
    }
}
