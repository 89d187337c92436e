package org.newsgraph.attribution;

import java.nio.file.Path;
import java.util.*;
import org.newsgraph.model.*;

/**
 * Development harness (not a test): sorts the rules' reported-speech misses and extras on a cached
 * PolNeAR folder into classes (cue unknown, cue known but no rule, boundaries off, kinds not
 * modelled; extras by whether any gold attribution is near), with counts and a sample of each.
 */
public final class ReportedErrors {
    static final Set<String> CUE_CLASSES = Set.of("cue", "verb", "noun", "adjective", "stance", "finding");

    public static void main(String[] args) throws Exception {
        List<TaggerExperiment.Item> items = TaggerExperiment.load(Path.of(args[0]), Path.of(args[1]));
        int sample = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        Map<String, Integer> fnCount = new TreeMap<>(), fpCount = new TreeMap<>();
        Map<String, List<String>> fnSample = new TreeMap<>(), fpSample = new TreeMap<>();
        Map<String, Integer> unknownCues = new HashMap<>(), knownCuesNoRule = new HashMap<>(), fpCues = new HashMap<>();
        int gold = 0, tp = 0, fp = 0;
        Random rnd = new Random(15);
        for (TaggerExperiment.Item it : items) {
            TokenTable t = it.table();
            List<Quote> pred = TaggerExperiment.quotes(it).stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
            List<GoldAttribution> golds = TaggerExperiment.gold(it).stream().filter(g -> !g.direct()).toList();
            boolean[] used = new boolean[pred.size()];
            gold += golds.size();
            for (GoldAttribution g : golds) {
                int best = -1; double bestShare = 0, near = 0; int nearK = -1;
                for (int k = 0; k < pred.size(); k++) {
                    double s = g.overlapShare(pred.get(k).content());
                    if (!used[k] && s >= 0.5 && s > bestShare) { best = k; bestShare = s; }
                    if (s > near) { near = s; nearK = k; }
                }
                if (best >= 0) { used[best] = true; tp++; continue; }
                String cls = classifyMiss(it, t, g, pred, nearK, near, unknownCues, knownCuesNoRule);
                fnCount.merge(cls, 1, Integer::sum);
                fnSample.computeIfAbsent(cls, k -> new ArrayList<>()).add(describe(t.text, g, nearK < 0 ? null : pred.get(nearK), near));
            }
            for (int k = 0; k < pred.size(); k++) {
                if (used[k]) continue;
                fp++;
                Quote q = pred.get(k);
                String cls = classifyExtra(t, q, golds, pred, used);
                fpCount.merge(cls, 1, Integer::sum);
                String cue = q.cue() == null ? "-" : q.cue().of(t.text).toLowerCase(Locale.ROOT);
                fpCues.merge(cls.substring(0, Math.min(cls.length(), 14)) + " " + cue, 1, Integer::sum);
                fpSample.computeIfAbsent(cls, x -> new ArrayList<>()).add(flat(q.content().of(t.text)) + "\t[cue: " + cue + "; src: "
                        + (q.speakerMention() == null ? "-" : flat(q.speakerMention().of(t.text))) + "]\t" + flat(sentenceOf(t, q.content())));
            }
        }
        System.out.printf("gold %d tp %d fp %d fn %d  P %.3f R %.3f%n", gold, tp, fp, gold - tp, tp / (double) (tp + fp), tp / (double) gold);
        System.out.println("== misses by class");
        fnCount.forEach((k, v) -> System.out.printf("%5d  %s%n", v, k));
        System.out.println("== extras by class");
        fpCount.forEach((k, v) -> System.out.printf("%5d  %s%n", v, k));
        System.out.println("== unknown cue words (top)");
        top(unknownCues, 60);
        System.out.println("== known cue words, no rule (top)");
        top(knownCuesNoRule, 40);
        System.out.println("== extras' cues (top)");
        top(fpCues, 50);
        for (var e : fnSample.entrySet()) {
            System.out.println("== sample miss: " + e.getKey());
            List<String> l = new ArrayList<>(e.getValue()); Collections.shuffle(l, rnd);
            l.stream().limit(sample).forEach(System.out::println);
        }
        for (var e : fpSample.entrySet()) {
            System.out.println("== sample extra: " + e.getKey());
            List<String> l = new ArrayList<>(e.getValue()); Collections.shuffle(l, rnd);
            l.stream().limit(sample).forEach(System.out::println);
        }
    }

    static void top(Map<String, Integer> m, int n) {
        m.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(n).forEach(e -> System.out.print(e.getKey() + ":" + e.getValue() + "  "));
        System.out.println();
    }

    static String classifyMiss(TaggerExperiment.Item it, TokenTable t, GoldAttribution g, List<Quote> pred, int nearK, double near,
                               Map<String, Integer> unknown, Map<String, Integer> known) {
        String text = t.text;
        int cb = g.content().stream().mapToInt(Span::begin).min().orElse(0), ce = g.content().stream().mapToInt(Span::end).max().orElse(0);
        String content = text.substring(cb, ce);
        if (near >= 0.1) {
            Quote q = pred.get(nearK);
            int len = g.content().stream().mapToInt(Span::length).sum();
            String how = q.content().length() > len ? "too long" : "too short";
            String side = q.content().begin() < cb - 2 ? "starts early" : q.content().begin() > cb + 2 ? "starts late" : "";
            side += q.content().end() > ce + 2 ? " ends late" : q.content().end() < ce - 2 ? " ends early" : "";
            return "c boundary: " + how + " (" + side.strip() + ")";
        }
        if (g.content().size() > 1) return "d content in fragments";
        if (content.contains("“") || content.contains("”") || content.contains("\"")) return "d holds a quotation mark (mixed)";
        int first = t.tokenAtOrAfter(cb);
        int s = first < t.size() ? t.sentence[first] : 0;
        if (s == 0) return "d headline";
        if (content.strip().endsWith("?")) return "d question";
        if (g.cues().isEmpty()) return "d no cue";
        // the cue's words and their classes
        StringBuilder cue = new StringBuilder();
        boolean isKnown = false, verb = false, noun = false, prep = false, ruleAtCue = false;
        for (Span c : g.cues()) {
            for (int i = t.tokenAtOrAfter(c.begin()); i < t.size() && t.begin[i] < c.end(); i++) {
                cue.append(cue.length() > 0 ? " " : "").append(t.words[i]);
                isKnown |= CUE_CLASSES.contains(t.classes[i]);
                verb |= t.tags[i].startsWith("VB");
                noun |= t.tags[i].startsWith("NN");
                prep |= t.tags[i].equals("IN") || t.tags[i].equals("TO");
                ruleAtCue |= t.rule[i] != TokenTable.NONE;
            }
        }
        String shape = verb ? "verb" : noun ? "noun" : prep ? "preposition" : "other";
        String key = cue.toString();
        if (!isKnown) {
            unknown.merge(key, 1, Integer::sum);
            return "a cue not in the lists (" + shape + ")";
        }
        known.merge(key, 1, Integer::sum);
        if (ruleAtCue) return "b cue known, rule output there but content elsewhere";
        boolean before = g.cues().get(0).begin() > ce;
        return "b cue known, no rule fired (" + shape + (before ? ", content before cue" : "") + ")";
    }

    static String classifyExtra(TokenTable t, Quote q, List<GoldAttribution> golds, List<Quote> pred, boolean[] used) {
        for (int k = 0; k < pred.size(); k++) {
            Span m = pred.get(k).content();
            if (used[k] && !m.equals(q.content()) && (m.contains(q.content()) || q.content().contains(m))) return "f nested in/around a matched one";
        }
        double best = 0;
        boolean cueRight = false;
        for (GoldAttribution g : golds) {
            best = Math.max(best, g.overlapShare(q.content()));
            if (q.cue() != null) cueRight |= g.cues().stream().anyMatch(c -> c.overlaps(q.cue()));
        }
        if (best >= 0.5) return "g duplicate of a matched gold";
        if (best >= 0.1) return "c boundary off (" + (cueRight ? "cue right" : "cue not gold") + ")";
        if (cueRight) return "h cue right, content elsewhere";
        return "e no gold attribution there (" + (q.cue() == null ? "no cue" : "cue") + ")";
    }

    static String sentenceOf(TokenTable t, Span s) {
        int i = Math.min(t.size() - 1, t.tokenAtOrAfter(s.begin()));
        int se = t.sentence[i];
        return t.text.substring(t.begin[t.sentenceFirst[se]], t.end[Math.min(t.size(), t.sentenceEnd[se]) - 1]);
    }

    static String describe(String text, GoldAttribution g, Quote nearest, double near) {
        StringBuilder b = new StringBuilder();
        g.content().forEach(c -> b.append(flat(c.of(text))).append(" … "));
        b.setLength(b.length() - 3);
        b.append("\t[cue: ");
        g.cues().forEach(c -> b.append(flat(c.of(text))).append(' '));
        b.append("; src: ");
        g.sources().forEach(c -> b.append(flat(c.of(text))).append(' '));
        b.append(']');
        if (nearest != null) b.append(String.format(Locale.ROOT, "\tnearest %.2f: %s", near, flat(nearest.content().of(text))));
        return b.toString();
    }

    static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
