package org.newsgraph.attribution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import org.newsgraph.backend.opennlp.OpenNlpMaxent;
import org.newsgraph.model.*;

/**
 * Development harness (not a test): the shipped reported speech (rules + verb proposals from the shipped threshold,
 * the proposals' classifier trained on the other four folds) on the cached polnear-train output,
 * its misses and extras sorted into classes: no candidate at all, a proposal that matches but
 * the classifier rejected (or that was blocked), boundaries off, the wrong level. Args: trainDir
 * trainCache [samples] [skipNamesFile].
 */
public final class ReportedCvErrors {
    public static void main(String[] args) throws Exception {
        List<TaggerExperiment.Item> tr = TaggerExperiment.load(Path.of(args[0]), Path.of(args[1]));
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Set<String> skip = args.length > 3 ? new HashSet<>(Files.readAllLines(Path.of(args[3]))) : Set.of();
        BinaryClassifier.Trainer trainer = OpenNlpMaxent.quasiNewtonTrainer(100, 2, org.newsgraph.config.LearnedModels.CUE_L2_COST);
        Map<String, Integer> fn = new TreeMap<>(), fp = new TreeMap<>(), rejectedCues = new HashMap<>(), fpCues = new HashMap<>();
        Map<String, List<String>> fnSample = new TreeMap<>(), fpSample = new TreeMap<>();
        int[] totals = new int[3];
        CuesExperiment.eachHeldOut(tr, trainer, (c, it) -> {
            TokenTable t = it.table();
            List<Quote> rules = TaggerExperiment.quotes(it);
            List<Quote> out = ReportedCues.add(c, t, rules, AttributionTrainer.CUE_THRESHOLD);
            Set<Quote> fromRules = new HashSet<>(rules.stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList());
            List<Quote> pred = out.stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
            List<GoldAttribution> golds = TaggerExperiment.gold(it).stream().filter(g -> !g.direct()).toList();
            List<ReportedCues.Proposal> ps = ReportedCues.proposals(t);
            double[] score = ps.stream().mapToDouble(p -> c.yes(ReportedCues.features(t, p))).toArray();
            boolean[] used = new boolean[pred.size()];
            boolean show = !skip.contains(it.name());
            totals[0] += golds.size();
            for (GoldAttribution g : golds) {
                int best = -1;
                double bestShare = 0;
                for (int k = 0; k < pred.size(); k++) {
                    double s = g.overlapShare(pred.get(k).content());
                    if (!used[k] && s >= 0.5 && s > bestShare) { best = k; bestShare = s; }
                }
                if (best >= 0) { used[best] = true; totals[1]++; continue; }
                String cls = missClass(t, g, pred, fromRules, ps, score, rejectedCues);
                fn.merge(cls, 1, Integer::sum);
                if (show) fnSample.computeIfAbsent(cls, k -> new ArrayList<>()).add(ReportedErrors.describe(t.text, g, nearest(g, pred), share(g, nearest(g, pred))));
            }
            List<Span> matched = new ArrayList<>();
            for (int k = 0; k < pred.size(); k++) if (used[k]) matched.add(pred.get(k).content());
            for (int k = 0; k < pred.size(); k++) {
                if (used[k]) continue;
                totals[2]++;
                Quote q = pred.get(k);
                String origin = fromRules.contains(q) ? "rule" : "proposal";
                Span cs = q.content();
                double near = golds.stream().mapToDouble(g -> g.overlapShare(cs)).max().orElse(0);
                boolean nested = matched.stream().anyMatch(m -> !m.equals(cs) && (m.contains(cs) || cs.contains(m)));
                String cls = origin + ": " + (nested ? "nested in/around a matched one (level)" : near >= 0.5 ? "second match of a matched gold"
                        : near >= 0.1 ? "boundary off (0.1-0.5)" : "no gold near");
                fp.merge(cls, 1, Integer::sum);
                String cue = q.cue() == null ? "-" : q.cue().of(t.text).toLowerCase(Locale.ROOT);
                if (cls.endsWith("no gold near")) fpCues.merge(origin + " " + cue, 1, Integer::sum);
                if (show) fpSample.computeIfAbsent(cls, x -> new ArrayList<>()).add(ReportedErrors.flat(cs.of(t.text)) + "\t[cue: " + cue + "]\t"
                        + ReportedErrors.flat(ReportedErrors.sentenceOf(t, cs)));
            }
        });
        System.out.printf("gold %d matched %d extra %d: P %.3f R %.3f F1 %.3f%n", totals[0], totals[1], totals[2], totals[1] / (double) (totals[1] + totals[2]),
                totals[1] / (double) totals[0], 2.0 * totals[1] / (2 * totals[1] + totals[2] + totals[0] - totals[1]));
        System.out.println("== misses");
        fn.forEach((k, v) -> System.out.printf("%5d  %s%n", v, k));
        System.out.println("== extras");
        fp.forEach((k, v) -> System.out.printf("%5d  %s%n", v, k));
        System.out.println("== rejected proposals' cues");
        ReportedErrors.top(rejectedCues, 50);
        System.out.println("== extras with no gold near, by cue");
        ReportedErrors.top(fpCues, 50);
        Random rnd = new Random(15);
        for (var e : fnSample.entrySet()) {
            System.out.println("== sample miss: " + e.getKey());
            List<String> l = new ArrayList<>(e.getValue()); Collections.shuffle(l, rnd);
            l.stream().limit(samples).forEach(System.out::println);
        }
        for (var e : fpSample.entrySet()) {
            System.out.println("== sample extra: " + e.getKey());
            List<String> l = new ArrayList<>(e.getValue()); Collections.shuffle(l, rnd);
            l.stream().limit(samples).forEach(System.out::println);
        }
    }

    static Quote nearest(GoldAttribution g, List<Quote> pred) {
        return pred.stream().max(Comparator.comparingDouble(q -> g.overlapShare(q.content()))).orElse(null);
    }

    static double share(GoldAttribution g, Quote q) {
        return q == null ? 0 : g.overlapShare(q.content());
    }

    static String missClass(TokenTable t, GoldAttribution g, List<Quote> pred, Set<Quote> fromRules, List<ReportedCues.Proposal> ps, double[] score,
                            Map<String, Integer> rejectedCues) {
        if (pred.stream().anyMatch(q -> g.overlapShare(q.content()) >= 0.5)) return "1 a prediction matches, taken by another gold";
        for (int k = 0; k < ps.size(); k++) {
            ReportedCues.Proposal p = ps.get(k);
            if (g.overlapShare(t.span(p.first(), p.end())) < 0.5) continue;
            if (score[k] < AttributionTrainer.CUE_THRESHOLD) {
                rejectedCues.merge(t.words[p.cue()], 1, Integer::sum);
                return "2 a proposal matches, classifier rejected (score " + (score[k] < 0.25 ? "< 0.25" : "0.25 to the threshold") + ")";
            }
            return "3 a proposal matches, scored >= the threshold but blocked (passive, or overlaps a rule's or better proposal)";
        }
        Quote q = nearest(g, pred);
        double near = share(g, q);
        int gb = g.content().stream().mapToInt(Span::begin).min().orElse(0), ge = g.content().stream().mapToInt(Span::end).max().orElse(0);
        if (near >= 0.1) {
            Span c = q.content();
            String shape = c.begin() <= gb + 2 && c.end() >= ge - 2 ? "too long (holds the gold: outer level or runs on)"
                    : c.begin() >= gb - 2 && c.end() <= ge + 2 ? "too short (inside the gold: inner level or cut)" : "shifted";
            return "4 boundary: " + (fromRules.contains(q) ? "rule" : "proposal") + " overlaps 0.1-0.5, " + shape;
        }
        for (ReportedCues.Proposal p : ps) {
            if (g.overlapShare(t.span(p.first(), p.end())) >= 0.1) return "5 only a proposal not added overlaps 0.1-0.5";
        }
        if (g.content().size() > 1) return "6 no candidate: content in fragments";
        int first = Math.min(t.size() - 1, t.tokenAtOrAfter(gb));
        if (t.sentence[first] == 0) return "6 no candidate: headline";
        if (g.cues().isEmpty()) return "6 no candidate: no cue";
        boolean verb = false, noun = false, prep = false;
        for (Span cs : g.cues()) {
            for (int i = t.tokenAtOrAfter(cs.begin()); i < t.size() && t.begin[i] < cs.end(); i++) {
                verb |= t.tags[i].startsWith("VB");
                noun |= t.tags[i].startsWith("NN");
                prep |= t.tags[i].equals("IN") || t.tags[i].equals("TO");
            }
        }
        boolean after = g.cues().get(0).begin() >= ge;
        return "6 no candidate: cue " + (verb ? "verb" : noun ? "noun" : prep ? "preposition" : "other") + (after ? ", content before the cue" : "");
    }
}
