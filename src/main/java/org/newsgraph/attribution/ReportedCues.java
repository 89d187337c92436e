package org.newsgraph.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;

/**
 * Reported speech after a verb the rules do not read as a cue: every verb outside quotation marks
 * that no rule took (and that is no copula or auxiliary) proposes the words after it (past a "that") up to the first comma or the
 * sentence end, its subject as the source; a classifier trained on PolNeAR's annotated
 * attributions says whether the proposal is an attribution. It reaches the long tail of cues
 * ("hailed", "ordered", "referring to", "threatening to …") that no fixed list holds.
 */
final class ReportedCues {
    static final int MIN_TOKENS = 2;
    private static final int MAX_SOURCE_GAP = 4;

    /** A verb and what it would report: content tokens [first, end), source tokens [source, sourceEnd) or -1. */
    record Proposal(int cue, int first, int end, int source, int sourceEnd) {
    }

    private ReportedCues() {
    }

    /** Every proposal of the document: verbs outside quotation marks that are no rule's cue. */
    static List<Proposal> proposals(TokenTable t) {
        List<Proposal> out = new ArrayList<>();
        for (int s = 0; s < t.sentenceFirst.length; s++) {
            int first = t.sentenceFirst[s];
            int end = Math.min(t.size(), t.sentenceEnd[s]);
            while (end > first && isPunct(t.words[end - 1])) {
                end--;
            }
            for (int i = first; i < end - MIN_TOKENS; i++) {
                if (!t.tags[i].startsWith("VB") || t.rule[i] == TokenTable.RULE_CUE || t.rule[i] == TokenTable.RULE_QUOTED
                        || ClauseWords.BE.contains(t.words[i]) || ClauseWords.AUXILIARIES.contains(t.words[i])) {
                    continue; // "is meant to …", "has said": a copula or auxiliary reports nothing itself; its verb may
                }
                int start = i + 1;
                if (t.words[start].equals("that")) {
                    start++;
                }
                int stop = start;
                while (stop < end && !t.words[stop].equals(",") && t.rule[stop] != TokenTable.RULE_QUOTED) {
                    stop++;
                }
                if (stop - start < MIN_TOKENS || stop < end && t.rule[stop] == TokenTable.RULE_QUOTED) {
                    continue;
                }
                int[] source = subject(t, first, i);
                out.add(new Proposal(i, start, stop, source[0], source[1]));
            }
        }
        return out;
    }

    /** The noun phrase or pronoun right before the verb (past auxiliaries, modals, adverbs), or {-1, -1}. */
    private static int[] subject(TokenTable t, int sentenceFirst, int verb) {
        int k = verb - 1;
        while (k >= sentenceFirst && verb - k <= MAX_SOURCE_GAP && (t.tags[k].startsWith("VB") || t.tags[k].equals("MD") || t.tags[k].startsWith("RB")
                || t.tags[k].equals("TO"))) {
            k--;
        }
        if (k < sentenceFirst || !(t.tags[k].startsWith("NN") || t.tags[k].equals("PRP") || t.tags[k].equals("WP"))) {
            return new int[] {-1, -1};
        }
        int end = k + 1;
        while (k - 1 >= sentenceFirst && (t.tags[k - 1].startsWith("NN") || t.tags[k - 1].startsWith("JJ") || t.tags[k - 1].equals("DT")
                || t.tags[k - 1].equals("PRP$") || t.tags[k - 1].equals("POS"))) {
            k--;
        }
        return new int[] {k, end};
    }

    /**
     * The source [k, end) as a speaker, past a time phrase taken for the subject ("Obama on Thursday
     * nominated", "Trump in recent weeks has hired"), or {-1, -1}. Only the speaker reads it: the
     * classifier's features keep the subject as found, so what is proposed does not change.
     */
    private static int[] speaker(TokenTable t, int sentenceFirst, int k, int end) {
        if (k < 0 || t.entityId[end - 1] != null || !TimeWords.isTimeHead(t.words[end - 1].toLowerCase(Locale.ROOT))) {
            return new int[] {k, end};
        }
        int time = end - 1;
        while (time > k && (TimeWords.isTimeHead(t.words[time - 1].toLowerCase(Locale.ROOT)) || t.tags[time - 1].startsWith("JJ")
                || t.tags[time - 1].equals("DT"))) {
            time--;
        }
        if (time > k) {
            return new int[] {k, time}; // "Trump Friday hired": the name before the time phrase ("Theresa May" is an entity)
        }
        int[] before = subject(t, sentenceFirst, k > sentenceFirst && t.tags[k - 1].equals("IN") ? k - 1 : k);
        return speaker(t, sentenceFirst, before[0], before[1]);
    }

    static List<String> features(TokenTable t, Proposal p) {
        List<String> f = new ArrayList<>(32);
        int i = p.cue();
        String w = t.words[i];
        f.add("w=" + w);
        f.add("t=" + t.tags[i]);
        f.add("wt=" + w + "|" + t.tags[i]);
        f.add("c=" + t.classes[i]);
        f.add("w-1=" + t.wordOr(i - 1));
        f.add("t-1=" + t.tagOr(i - 1));
        f.add("w+1=" + t.wordOr(i + 1));
        f.add("t+1=" + t.tagOr(i + 1));
        f.add("ww+1=" + w + "|" + t.wordOr(i + 1));
        f.add("wt+1=" + w + "|" + t.tagOr(i + 1));
        f.add("t+1t+2=" + t.tagOr(i + 1) + "|" + t.tagOr(i + 2));
        f.add("that=" + (p.first() > i + 1));
        f.add("len=" + TokenView.bucket(p.end() - p.first()));
        f.add("rule=" + t.rule[i]);
        f.add("ruleIn=" + t.rule[p.first()] + "|" + t.rule[p.end() - 1]);
        f.add("src=" + (p.source() < 0 ? "none" : t.tags[p.sourceEnd() - 1] + "|" + t.names[p.sourceEnd() - 1]));
        f.add("srcw=" + (p.source() < 0 ? "none" : t.words[p.sourceEnd() - 1]));
        f.add("w|src=" + w + "|" + (p.source() < 0 ? "none" : t.tags[p.sourceEnd() - 1]));
        f.add("gap=" + (p.source() < 0 ? "none" : TokenView.bucket(i - p.sourceEnd())));
        f.add("suf=" + (w.length() > 3 ? w.substring(w.length() - 3) : w));
        f.add("lastw=" + t.words[p.end() - 1]);
        f.add("atEnd=" + (p.end() >= Math.min(t.size(), t.sentenceEnd[t.sentence[i]]) - 1));
        boolean verb = false;
        for (int k = p.first(); k < p.end(); k++) {
            verb |= t.tags[k].equals("VBD") || t.tags[k].equals("VBZ") || t.tags[k].equals("VBP") || t.tags[k].equals("MD");
        }
        f.add("verb=" + verb);
        f.add("w|verb=" + w + "|" + verb);
        f.add("fromStart=" + TokenView.bucket(i - t.sentenceFirst[t.sentence[i]]));
        return f;
    }

    /**
     * The proposals scoring at least {@code threshold} added to the rules' quotes, best first, each
     * only where it overlaps neither the rules' reported speech nor a proposal already added.
     */
    static List<Quote> add(BinaryClassifier classifier, TokenTable t, List<Quote> rules, double threshold) {
        return add(classifier, t, proposals(t), rules, threshold);
    }

    /** As {@link #add(BinaryClassifier, TokenTable, List, double)}, over the proposals given (their ends chosen). */
    static List<Quote> add(BinaryClassifier classifier, TokenTable t, List<Proposal> ps, List<Quote> rules, double threshold) {
        double[] score = new double[ps.size()];
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < ps.size(); k++) {
            if (isPassive(t, ps.get(k).cue())) {
                continue; // "is meant to make sure …", "was asked to": as in the rules, a passive names no source
            }
            score[k] = classifier.yes(features(t, ps.get(k)));
            if (score[k] >= threshold) {
                order.add(k);
            }
        }
        order.sort((a, b) -> Double.compare(score[b], score[a]));
        List<Quote> out = new ArrayList<>(rules);
        List<Span> taken = new ArrayList<>();
        rules.stream().filter(q -> q.kind() == QuoteKind.INDIRECT).forEach(q -> taken.add(q.content()));
        for (int k : order) {
            Quote q = quote(t, ps.get(k));
            if (taken.stream().noneMatch(s -> s.overlaps(q.content()))) {
                taken.add(q.content());
                out.add(q);
            }
        }
        return out;
    }

    /**
     * Training examples from one annotated document: a proposal is right when it matches (half the
     * characters) an annotated reported statement that none of the rules' reported speech matches.
     */
    static List<BinaryClassifier.Example> examples(TokenTable t, List<Quote> rules, List<GoldAttribution> gold) {
        return examples(t, proposals(t), rules, gold);
    }

    /** As {@link #examples(TokenTable, List, List)}, over the proposals given (their ends chosen). */
    static List<BinaryClassifier.Example> examples(TokenTable t, List<Proposal> proposals, List<Quote> rules, List<GoldAttribution> gold) {
        List<GoldAttribution> open = open(rules, gold);
        List<BinaryClassifier.Example> out = new ArrayList<>();
        for (Proposal p : proposals) {
            Span s = t.span(p.first(), p.end());
            out.add(new BinaryClassifier.Example(features(t, p), open.stream().anyMatch(g -> g.overlapShare(s) >= AttributionTrainer.REPORTED_OVERLAP)));
        }
        return out;
    }

    /**
     * The proposals (no passive) that match an annotated reported statement none of the rules'
     * reported speech matches, as quotes: they teach the speaker ranker the sources of proposals too.
     */
    static List<Quote> matched(TokenTable t, List<Proposal> proposals, List<Quote> rules, List<GoldAttribution> gold) {
        List<GoldAttribution> open = open(rules, gold);
        List<Quote> out = new ArrayList<>();
        for (Proposal p : proposals) {
            Span s = t.span(p.first(), p.end());
            if (!isPassive(t, p.cue()) && open.stream().anyMatch(g -> g.overlapShare(s) >= AttributionTrainer.REPORTED_OVERLAP)) {
                out.add(quote(t, p));
            }
        }
        return out;
    }

    /** The annotated reported statements none of the rules' reported speech matches: what a proposal may add. */
    static List<GoldAttribution> open(List<Quote> rules, List<GoldAttribution> gold) {
        List<Quote> reported = rules.stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
        return gold.stream().filter(g -> !g.direct())
                .filter(g -> reported.stream().noneMatch(q -> g.overlapShare(q.content()) >= AttributionTrainer.REPORTED_OVERLAP)).toList();
    }

    private static boolean isPassive(TokenTable t, int verb) {
        return t.tags[verb].equals("VBN") && verb > 0 && ClauseWords.BE.contains(t.words[verb - 1]);
    }

    /** The proposal as reported speech, its source as written (resolved later by the speaker ranker). */
    static Quote quote(TokenTable t, Proposal p) {
        Span cue = t.span(p.cue(), p.cue() + 1);
        Span content = t.span(p.first(), p.end());
        int[] speaker = speaker(t, t.sentenceFirst[t.sentence[p.cue()]], p.source(), p.sourceEnd());
        if (speaker[0] < 0) {
            // the cue stays: the speaker ranker, choosing the source, sees where each candidate stands to it
            return new Quote(content, QuoteKind.INDIRECT, cue, null, null, null);
        }
        Span source = t.span(speaker[0], speaker[1]);
        String id = t.entityId[speaker[1] - 1];
        return new Quote(content, QuoteKind.INDIRECT, cue, source, id == null ? source.of(t.text) : t.entityName[speaker[1] - 1], id);
    }

    private static boolean isPunct(String w) {
        return w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0));
    }
}
