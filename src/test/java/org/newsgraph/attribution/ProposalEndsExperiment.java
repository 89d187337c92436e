package org.newsgraph.attribution;

import java.nio.file.Path;
import java.util.*;
import org.newsgraph.backend.opennlp.OpenNlpMaxent;
import org.newsgraph.model.*;

/**
 * Development harness (not a test): the verb proposals' ends chosen by {@link ProposalEnds}. On the
 * cached rules' output, per fold of polnear-train: the end classifier is trained, then the proposal
 * classifier on the proposals with their chosen ends; the held-out fold is scored with the `bench
 * polnear` scorer; then both trained on all of polnear-train and scored on dev. Margin "none" is
 * the shipped proposals (first comma). Args: trainDir trainCache devDir devCache [margins] [thresholds].
 */
public final class ProposalEndsExperiment {
    static List<ReportedCues.Proposal> chosen(BinaryClassifier ends, TokenTable t, double margin) {
        List<ReportedCues.Proposal> ps = ReportedCues.proposals(t);
        if (ends == null) return ps;
        List<ReportedCues.Proposal> out = new ArrayList<>();
        for (ReportedCues.Proposal p : ps) out.add(ProposalEnds.choose(ends, t, p, margin));
        return out;
    }

    /** The proposals added after the rules' {@code fromRules} quotes, each with its end chosen, unless that overlaps another reported span. */
    static List<Quote> moved(BinaryClassifier ends, TokenTable t, List<Quote> quotes, int fromRules, double margin) {
        Map<String, ReportedCues.Proposal> byKey = new HashMap<>();
        for (ReportedCues.Proposal p : ReportedCues.proposals(t)) byKey.put(t.begin[p.first()] + ":" + t.begin[p.cue()], p);
        List<Quote> out = new ArrayList<>(quotes);
        for (int i = fromRules; i < out.size(); i++) {
            Quote q = out.get(i);
            ReportedCues.Proposal p = byKey.get(q.content().begin() + ":" + q.cue().begin());
            if (p == null) continue;
            ReportedCues.Proposal c = ProposalEnds.choose(ends, t, p, margin);
            if (c == p) continue;
            Span s = t.span(c.first(), c.end());
            boolean clash = false;
            for (int j = 0; j < out.size(); j++) if (j != i && out.get(j).kind() == QuoteKind.INDIRECT && out.get(j).content().overlaps(s)) clash = true;
            if (!clash) out.set(i, new Quote(s, q.kind(), q.cue(), q.speakerMention(), q.speakerText(), q.speakerEntityId()));
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        Path train = Path.of(args[0]), dev = Path.of(args[2]);
        List<TaggerExperiment.Item> tr = TaggerExperiment.load(train, Path.of(args[1]));
        List<TaggerExperiment.Item> dv = TaggerExperiment.load(dev, Path.of(args[3]));
        double[] margins = Arrays.stream((args.length > 4 ? args[4] : "-1,0,0.1").split(",")).mapToDouble(Double::parseDouble).toArray();
        double[] th = Arrays.stream((args.length > 5 ? args[5] : "0.6,0.7,0.8").split(",")).mapToDouble(Double::parseDouble).toArray();
        BinaryClassifier.Trainer trainer = OpenNlpMaxent.trainer(100, 2);
        int folds = 5;
        Map<String, Map<String, List<Quote>>> cv = new LinkedHashMap<>(), dvOut = new LinkedHashMap<>();
        for (int k = 0; k <= folds; k++) {
            List<TaggerExperiment.Item> in = new ArrayList<>(), out = new ArrayList<>();
            for (int i = 0; i < tr.size(); i++) (i % folds != k ? in : out).add(tr.get(i));
            if (k == folds) { in = tr; out = dv; }
            long t0 = System.nanoTime();
            List<BinaryClassifier.Example> endEx = new ArrayList<>();
            for (TaggerExperiment.Item it : in) {
                TokenTable t = it.table();
                endEx.addAll(ProposalEnds.examples(t, ReportedCues.proposals(t), ReportedCues.open(TaggerExperiment.quotes(it), TaggerExperiment.gold(it))));
            }
            BinaryClassifier ends = trainer.train(endEx);
            System.err.printf("fold %d: %d end examples (%d yes) in %.0f s%n", k, endEx.size(), endEx.stream().filter(BinaryClassifier.Example::yes).count(), (System.nanoTime() - t0) / 1e9);
            BinaryClassifier base = null;
            for (double m : margins) {
                BinaryClassifier e = m < 0 ? null : ends;
                List<BinaryClassifier.Example> cueEx = new ArrayList<>();
                for (TaggerExperiment.Item it : in) {
                    TokenTable t = it.table();
                    cueEx.addAll(ReportedCues.examples(t, chosen(e, t, m), TaggerExperiment.quotes(it), TaggerExperiment.gold(it)));
                }
                BinaryClassifier cues = trainer.train(cueEx);
                if (m < 0) base = cues;
                for (double x : th) {
                    String name = (m < 0 ? "first comma" : "ends margin " + m) + ", threshold " + x;
                    Map<String, List<Quote>> res = (k == folds ? dvOut : cv).computeIfAbsent(name, n -> new HashMap<>());
                    for (TaggerExperiment.Item it : out) {
                        TokenTable t = it.table();
                        res.put(it.text(), ReportedCues.add(cues, t, chosen(e, t, m), TaggerExperiment.quotes(it), x));
                    }
                }
            }
            for (double m : margins) {
                if (m < 0) continue;
                for (double x : th) {
                    String name = "decided then moved, margin " + m + ", threshold " + x;
                    Map<String, List<Quote>> res = (k == folds ? dvOut : cv).computeIfAbsent(name, n -> new HashMap<>());
                    for (TaggerExperiment.Item it : out) {
                        TokenTable t = it.table();
                        res.put(it.text(), moved(ends, t, ReportedCues.add(base, t, TaggerExperiment.quotes(it), x), TaggerExperiment.quotes(it).size(), m));
                    }
                }
            }
            System.err.printf("fold %d done at %.0f s%n", k, (System.nanoTime() - t0) / 1e9);
        }
        for (var e : cv.entrySet()) System.out.println("CV " + e.getKey() + ": " + TaggerExperiment.fig(TaggerExperiment.score(train, e.getValue())));
        for (var e : dvOut.entrySet()) System.out.println("dev " + e.getKey() + ": " + TaggerExperiment.fig(TaggerExperiment.score(dev, e.getValue())));
    }
}
