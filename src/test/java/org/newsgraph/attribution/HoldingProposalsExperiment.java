package org.newsgraph.attribution;

import java.nio.file.Path;
import java.util.*;
import org.newsgraph.backend.opennlp.OpenNlpMaxent;
import org.newsgraph.model.*;

/**
 * Development harness (not a test): a verb proposal that holds the rules' reported statements
 * (their cue and content inside its content) replaces them, one level as PolNeAR annotates, from
 * a second threshold on. 5-fold CV on the cached polnear-train rules' output and dev. Args:
 * trainDir trainCache devDir devCache.
 */
public final class HoldingProposalsExperiment {
    static List<Quote> add(BinaryClassifier c, TokenTable t, List<Quote> rules, double threshold, double holdThreshold) {
        List<ReportedCues.Proposal> ps = ReportedCues.proposals(t);
        double[] score = new double[ps.size()];
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < ps.size(); k++) {
            ReportedCues.Proposal p = ps.get(k);
            if (t.tags[p.cue()].equals("VBN") && p.cue() > 0 && ClauseWords.BE.contains(t.words[p.cue() - 1])) continue;
            score[k] = c.yes(ReportedCues.features(t, p));
            if (score[k] >= Math.min(threshold, holdThreshold)) order.add(k);
        }
        order.sort((a, b) -> Double.compare(score[b], score[a]));
        List<Quote> out = new ArrayList<>(rules);
        List<Quote> reported = new ArrayList<>(rules.stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList());
        for (int k : order) {
            Quote q = ReportedCues.quote(t, ps.get(k));
            List<Quote> over = reported.stream().filter(r -> r.content().overlaps(q.content())).toList();
            if (over.isEmpty() && score[k] >= threshold) {
                reported.add(q);
                out.add(q);
            } else if (!over.isEmpty() && score[k] >= holdThreshold && over.stream().allMatch(r -> q.content().contains(r.content()) && !q.content().equals(r.content())
                    && (r.cue() == null || q.content().contains(r.cue())))) {
                reported.removeAll(over);
                out.removeAll(over);
                reported.add(q);
                out.add(q);
            }
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        Path train = Path.of(args[0]), dev = Path.of(args[2]);
        List<TaggerExperiment.Item> tr = TaggerExperiment.load(train, Path.of(args[1]));
        List<TaggerExperiment.Item> dv = TaggerExperiment.load(dev, Path.of(args[3]));
        double[] holds = {2, 0.5, 0.6, 0.7, 0.8, 0.9};
        BinaryClassifier.Trainer trainer = OpenNlpMaxent.trainer(100, 2);
        List<Map<String, List<Quote>>> cv = new ArrayList<>();
        for (double h : holds) cv.add(new HashMap<>());
        CuesExperiment.eachHeldOut(tr, trainer, (c, it) -> {
            for (int m = 0; m < holds.length; m++) cv.get(m).put(it.text(), add(c, it.table(), TaggerExperiment.quotes(it), 0.7, holds[m]));
        });
        BinaryClassifier c = trainer.train(CuesExperiment.examples(tr));
        for (int m = 0; m < holds.length; m++) {
            Map<String, List<Quote>> d = new HashMap<>();
            for (TaggerExperiment.Item it : dv) d.put(it.text(), add(c, it.table(), TaggerExperiment.quotes(it), 0.7, holds[m]));
            System.out.println("hold " + holds[m] + " CV: " + TaggerExperiment.fig(TaggerExperiment.score(train, cv.get(m))).replaceAll("direct F1.*\\| reported", "reported"));
            System.out.println("hold " + holds[m] + " dev: " + TaggerExperiment.fig(TaggerExperiment.score(dev, d)).replaceAll("direct F1.*\\| reported", "reported"));
        }
    }
}
