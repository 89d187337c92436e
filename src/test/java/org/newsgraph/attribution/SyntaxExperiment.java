package org.newsgraph.attribution;

import java.nio.file.Path;
import java.util.*;
import java.util.function.*;
import org.newsgraph.backend.opennlp.OpenNlpMaxent;
import org.newsgraph.config.LearnedModels;
import org.newsgraph.model.*;

/**
 * Development harness (not a test): the verb proposals with dependency syntax, 5-fold CV on
 * polnear-train and dev as LearnerExperiment (the shipped L-BFGS learner, L2 3). Args: trainDir
 * trainCache trainParses devDir devCache devParses variant[,flag…][;variant…] [thresholds]. Flags:
 * "feats" syntax features of the proposal; "bounds" the cue's clausal complement as the content
 * ("both": as well as the comma span; "onecue": one statement per cue); "obj" the verb's object as
 * content where no proposal is made; "rules" the rules' statements cut to the complement
 * ("rulestart" may start earlier, "rulesonly" scores the rules alone); "anygold" proposals
 * labelled against every reported gold; "before" "…, X verbed." proposes the words before the
 * comma; no flag ("base") reproduces the shipped figures.
 */
public final class SyntaxExperiment {
    static final List<String> COMPLEMENTS = List.of("ccomp", "xcomp", "parataxis");
    static Set<String> on = new HashSet<>();

    record Ctx(TokenTable t, ClauseTree tree) {}

    static List<ReportedCues.Proposal> proposals(Ctx c) {
        TokenTable t = c.t();
        ClauseTree tr = c.tree();
        List<ReportedCues.Proposal> base = ReportedCues.proposals(t);
        List<ReportedCues.Proposal> out = new ArrayList<>();
        for (ReportedCues.Proposal p : base) {
            int i = p.cue();
            if (on.contains("bounds") && tr.parsed(i)) {
                int comp = tr.child(i, COMPLEMENTS);
                if (comp > i) {
                    int[] st = tr.subtree(comp);
                    int first = Math.max(st[0], i + 1), end = st[1];
                    while (first < end && (t.words[first].equals("that") || t.tags[first].equals(",") || t.tags[first].equals(":"))) first++;
                    while (end > first && isPunct(t.words[end - 1])) end--;
                    boolean quoted = false;
                    for (int k = first; k < end; k++) quoted |= t.rule[k] == TokenTable.RULE_QUOTED;
                    if (end - first >= ReportedCues.MIN_TOKENS && !quoted) {
                        if (on.contains("both")) out.add(p);
                        out.add(new ReportedCues.Proposal(i, first, end, p.source(), p.sourceEnd()));
                        continue;
                    }
                }
            }
            out.add(p);
        }
        if (on.contains("before")) {
            Set<Integer> cues = new HashSet<>();
            for (ReportedCues.Proposal p : base) cues.add(p.cue());
            for (int s = 0; s < t.sentenceFirst.length; s++) {
                int first = t.sentenceFirst[s], end = Math.min(t.size(), t.sentenceEnd[s]);
                for (int i = first + 3; i < end; i++) {
                    if (cues.contains(i) || !t.tags[i].startsWith("VB") || t.rule[i] != TokenTable.NONE
                            || ClauseWords.BE.contains(t.words[i]) || ClauseWords.AUXILIARIES.contains(t.words[i])) continue;
                    int after = i + 1;
                    while (after < end && isPunct(t.words[after])) after++;
                    if (after < end && !t.words[i + 1].equals(",")) continue; // the verb closes its clause
                    int k = i - 1;
                    while (k > first && i - k <= 4 && (t.tags[k].startsWith("RB") || t.tags[k].equals("MD") || t.tags[k].startsWith("VB"))) k--;
                    if (!(t.tags[k].startsWith("NN") || t.tags[k].equals("PRP"))) continue;
                    int srcEnd = k + 1;
                    while (k - 1 > first && (t.tags[k - 1].startsWith("NN") || t.tags[k - 1].startsWith("JJ") || t.tags[k - 1].equals("DT")
                            || t.tags[k - 1].equals("PRP$") || t.tags[k - 1].equals("POS"))) k--;
                    if (k - 1 <= first || !t.words[k - 1].equals(",")) continue;
                    int cEnd = k - 1, cFirst = first;
                    boolean quoted = false;
                    for (int j = cFirst; j < cEnd; j++) quoted |= t.rule[j] != TokenTable.NONE;
                    if (quoted || cEnd - cFirst < ReportedCues.MIN_TOKENS) continue;
                    out.add(new ReportedCues.Proposal(i, cFirst, cEnd, k, srcEnd));
                }
            }
        }
        if (on.contains("obj")) {
            Set<Integer> cues = new HashSet<>();
            for (ReportedCues.Proposal p : base) cues.add(p.cue());
            for (int i = 0; i < t.size(); i++) {
                if (cues.contains(i) || !tr.parsed(i) || !t.tags[i].startsWith("VB") || t.rule[i] == TokenTable.RULE_CUE || t.rule[i] == TokenTable.RULE_QUOTED
                        || ClauseWords.BE.contains(t.words[i]) || ClauseWords.AUXILIARIES.contains(t.words[i])) continue;
                int obj = tr.child(i, List.of("obj"));
                if (obj <= i) continue;
                int[] st = tr.subtree(obj);
                int first = Math.max(st[0], i + 1), end = st[1];
                while (end > first && isPunct(t.words[end - 1])) end--;
                boolean quoted = false;
                for (int k = first; k < end; k++) quoted |= t.rule[k] == TokenTable.RULE_QUOTED;
                if (end <= first || quoted) continue;
                int subj = tr.child(i, List.of("nsubj"));
                int[] ss = subj < 0 ? new int[] {-1, -1} : new int[] {tr.subtree(subj)[0], subj + 1};
                out.add(new ReportedCues.Proposal(i, first, end, ss[0], ss[1]));
            }
        }
        return out;
    }

    /** The rules' quotes; with "rules", a reported statement after a verb cue with a clausal complement takes that clause's words. */
    static List<Quote> rules(TaggerExperiment.Item it, ClauseTree tr) {
        List<Quote> qs = TaggerExperiment.quotes(it);
        if (!on.contains("rules")) return qs;
        TokenTable t = it.table();
        List<Quote> out = new ArrayList<>();
        for (Quote q : qs) {
            if (q.kind() == QuoteKind.INDIRECT && q.cue() != null && q.cue().end() <= q.content().begin()) {
                int i = t.tokenAtOrAfter(q.cue().begin());
                int cb = t.tokenAtOrAfter(q.content().begin());
                if (tr.parsed(i) && t.tags[i].startsWith("VB")) {
                    int comp = tr.child(i, COMPLEMENTS);
                    if (comp > i) {
                        int[] st = tr.subtree(comp);
                        int first = Math.max(st[0], i + 1), end = st[1];
                        if (!on.contains("rulestart")) first = Math.max(first, cb);
                        while (first < end && (t.words[first].equals("that") || t.tags[first].equals(",") || t.tags[first].equals(":"))) first++;
                        while (end > first && isPunct(t.words[end - 1])) end--;
                        boolean quoted = false;
                        for (int k = first; k < end; k++) quoted |= t.rule[k] == TokenTable.RULE_QUOTED;
                        if (end - first >= ReportedCues.MIN_TOKENS && !quoted && t.span(first, end).overlaps(q.content())) {
                            out.add(new Quote(t.span(first, end), q.kind(), q.cue(), q.speakerMention(), q.speakerText(), q.speakerEntityId()));
                            continue;
                        }
                    }
                }
            }
            out.add(q);
        }
        return out;
    }

    static boolean isPunct(String w) { return w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0)); }

    static List<String> features(Ctx c, ReportedCues.Proposal p) {
        List<String> f = new ArrayList<>(ReportedCues.features(c.t(), p));
        TokenTable t = c.t();
        ClauseTree tr = c.tree();
        int i = p.cue();
        if (on.contains("before")) f.add("before=" + (p.end() <= i));
        if (on.contains("before") && p.end() <= i) { f.add("bw=" + t.words[i]); f.add("bsrc=" + t.tags[p.sourceEnd() - 1]); }
        if (!on.contains("feats") || !tr.parsed(i)) return f;
        String w = t.words[i];
        String rel = tr.relation[i];
        f.add("d.rel=" + rel);
        f.add("d.w|rel=" + w + "|" + rel);
        int comp = tr.child(i, COMPLEMENTS);
        String compRel = comp < 0 ? "none" : tr.relation[comp];
        f.add("d.comp=" + compRel);
        f.add("d.w|comp=" + w + "|" + compRel);
        int obj = tr.child(i, List.of("obj", "iobj"));
        f.add("d.obj=" + (obj >= 0));
        // the content's head: its token whose head lies outside it
        int head = -1;
        for (int k = p.first(); k < p.end(); k++) if (tr.head[k] < p.first() || tr.head[k] >= p.end()) { head = k; break; }
        String hrel = head < 0 ? "none" : tr.relation[head] + "|" + (tr.head[head] == i ? "cue" : "other");
        f.add("d.chead=" + hrel);
        f.add("d.w|chead=" + w + "|" + hrel);
        int nsubj = tr.child(i, List.of("nsubj", "nsubj:pass"));
        f.add("d.subj=" + (nsubj < 0 ? "none" : tr.relation[nsubj] + "|" + (p.source() >= 0 && nsubj >= p.source() && nsubj < p.sourceEnd())));
        f.add("d.covered=" + (comp >= 0 && comp >= p.first() && comp < p.end()));
        return f;
    }

    static List<BinaryClassifier.Example> examples(List<TaggerExperiment.Item> items, Map<String, ClauseTree> trees) {
        List<BinaryClassifier.Example> out = new ArrayList<>();
        for (TaggerExperiment.Item it : items) {
            Ctx c = new Ctx(it.table(), trees.get(it.text()));
            List<GoldAttribution> open = on.contains("anygold") ? TaggerExperiment.gold(it).stream().filter(g -> !g.direct()).toList()
                    : ReportedCues.open(rules(it, trees.get(it.text())), TaggerExperiment.gold(it));
            for (ReportedCues.Proposal p : proposals(c)) {
                Span s = c.t().span(p.first(), p.end());
                out.add(new BinaryClassifier.Example(features(c, p), open.stream().anyMatch(g -> g.overlapShare(s) >= 0.5)));
            }
        }
        return out;
    }

    /** ReportedCues.add with the harness's proposals and features. */
    static List<Quote> add(BinaryClassifier cl, Ctx c, List<Quote> rules, double threshold) {
        TokenTable t = c.t();
        List<ReportedCues.Proposal> ps = proposals(c);
        double[] score = new double[ps.size()];
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < ps.size(); k++) {
            int v = ps.get(k).cue();
            if (t.tags[v].equals("VBN") && v > 0 && ClauseWords.BE.contains(t.words[v - 1])) continue;
            score[k] = cl.yes(features(c, ps.get(k)));
            if (score[k] >= threshold) order.add(k);
        }
        order.sort((a, b) -> Double.compare(score[b], score[a]));
        List<Quote> out = new ArrayList<>(rules);
        List<Span> taken = new ArrayList<>();
        rules.stream().filter(q -> q.kind() == QuoteKind.INDIRECT).forEach(q -> taken.add(q.content()));
        Set<Integer> cues = new HashSet<>();
        for (int k : order) {
            Quote q = ReportedCues.quote(t, ps.get(k));
            if (on.contains("onecue") && !cues.add(ps.get(k).cue())) continue;
            if (taken.stream().noneMatch(s -> s.overlaps(q.content()))) {
                taken.add(q.content());
                out.add(q);
            }
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        Path train = Path.of(args[0]), dev = Path.of(args[3]);
        List<TaggerExperiment.Item> tr = TaggerExperiment.load(train, Path.of(args[1]));
        Map<String, ClauseTree> trT = ParseCache.load(tr, Path.of(args[2]));
        List<TaggerExperiment.Item> dv = TaggerExperiment.load(dev, Path.of(args[4]));
        Map<String, ClauseTree> dvT = ParseCache.load(dv, Path.of(args[5]));
        double[] th = Arrays.stream((args.length > 7 ? args[7] : "0.4,0.45,0.5").split(",")).mapToDouble(Double::parseDouble).toArray();
        BinaryClassifier.Trainer trainer = OpenNlpMaxent.quasiNewtonTrainer(LearnedModels.ITERATIONS, LearnedModels.CUTOFF, LearnedModels.CUE_L2_COST);
        for (String variant : args[6].split(";")) {
            on = new HashSet<>(Arrays.asList(variant.split(",")));
            Map<String, List<Quote>> rt = new HashMap<>(), rd = new HashMap<>();
            for (TaggerExperiment.Item it : tr) rt.put(it.text(), rules(it, trT.get(it.text())));
            for (TaggerExperiment.Item it : dv) rd.put(it.text(), rules(it, dvT.get(it.text())));
            System.out.println(variant + " rules train: " + TaggerExperiment.fig(TaggerExperiment.score(train, rt)));
            System.out.println(variant + " rules dev: " + TaggerExperiment.fig(TaggerExperiment.score(dev, rd)));
            if (on.contains("rulesonly")) continue;
            List<Map<String, List<Quote>>> cv = new ArrayList<>();
            for (double x : th) cv.add(new HashMap<>());
            for (int k = 0; k < 5; k++) {
                List<TaggerExperiment.Item> in = new ArrayList<>();
                for (int i = 0; i < tr.size(); i++) if (i % 5 != k) in.add(tr.get(i));
                BinaryClassifier cl = trainer.train(examples(in, trT));
                for (int i = k; i < tr.size(); i += 5) {
                    TaggerExperiment.Item it = tr.get(i);
                    for (int m = 0; m < th.length; m++) cv.get(m).put(it.text(), add(cl, new Ctx(it.table(), trT.get(it.text())), rules(it, trT.get(it.text())), th[m]));
                }
            }
            for (int m = 0; m < th.length; m++) System.out.println(variant + " CV " + th[m] + ": " + TaggerExperiment.fig(TaggerExperiment.score(train, cv.get(m))));
            BinaryClassifier cl = trainer.train(examples(tr, trT));
            for (int m = 0; m < th.length; m++) {
                Map<String, List<Quote>> out = new HashMap<>();
                for (TaggerExperiment.Item it : dv) out.put(it.text(), add(cl, new Ctx(it.table(), dvT.get(it.text())), rules(it, dvT.get(it.text())), th[m]));
                System.out.println(variant + " dev " + th[m] + ": " + TaggerExperiment.fig(TaggerExperiment.score(dev, out)));
            }
        }
    }
}
