package org.newsgraph.attribution;

import java.nio.file.Path;
import java.util.*;
import org.newsgraph.backend.opennlp.OpenNlpMaxent;
import org.newsgraph.bench.PolnearBenchmark;
import org.newsgraph.model.*;

/**
 * Development harness (not a test): on the cached rules' output, trains the content-boundary
 * classifier on four folds of polnear-train and scores the fifth, then trains on all of
 * polnear-train and scores dev, with the benchmark's scorer, at several margins.
 * Args: trainDir trainCache devDir devCache [iterations] [margins].
 */
public final class BoundsExperiment {
    /** [end examples, start examples]: each rule candidate near a gold content, labelled by the gold's token boundaries (one token slack). */
    static List<List<BinaryClassifier.Example>> apartExamples(List<TaggerExperiment.Item> items) {
        List<BinaryClassifier.Example> ends = new ArrayList<>(), starts = new ArrayList<>();
        for (TaggerExperiment.Item it : items) {
            TokenTable t = it.table();
            List<GoldAttribution> golds = TaggerExperiment.gold(it).stream().filter(g -> !g.direct()).toList();
            for (Quote q : TaggerExperiment.quotes(it)) {
                if (q.kind() != QuoteKind.INDIRECT) continue;
                GoldAttribution nearest = null;
                double near = 0.1;
                for (GoldAttribution g : golds) {
                    double share = g.overlapShare(q.content());
                    if (share >= near) { near = share; nearest = g; }
                }
                if (nearest == null) continue;
                int gs = t.tokenAtOrAfter(nearest.content().stream().mapToInt(Span::begin).min().orElseThrow());
                int ge = t.tokenAtOrAfter(nearest.content().stream().mapToInt(Span::end).max().orElseThrow());
                ContentBounds.Candidate c = ContentBounds.candidate(t, q);
                List<Integer> es = ContentBounds.ends(t, c);
                for (int e : es) ends.add(new BinaryClassifier.Example(ContentBounds.endFeatures(t, c, e), Math.abs(e - ge) <= 1));
                int goldEnd = es.stream().min(Comparator.comparingInt(e -> Math.abs(e - ge))).orElseThrow();
                for (int s : ContentBounds.starts(t, c, goldEnd)) starts.add(new BinaryClassifier.Example(ContentBounds.startFeatures(t, c, s, goldEnd), Math.abs(s - gs) <= 1));
            }
        }
        return List.of(ends, starts);
    }

    static List<Quote> apply(BinaryClassifier c, BinaryClassifier cs, TaggerExperiment.Item it, double margin) {
        List<Quote> out = new ArrayList<>();
        for (Quote q : TaggerExperiment.quotes(it)) out.add(ContentBounds.chooseApart(c, cs, it.table(), q, margin));
        return out;
    }

    public static void main(String[] args) throws Exception {
        Path train = Path.of(args[0]), dev = Path.of(args[2]);
        List<TaggerExperiment.Item> tr = TaggerExperiment.load(train, Path.of(args[1]));
        List<TaggerExperiment.Item> dv = TaggerExperiment.load(dev, Path.of(args[3]));
        int iters = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        double[] margins = Arrays.stream((args.length > 5 ? args[5] : "0,0.05,0.1,0.2,0.3").split(",")).mapToDouble(Double::parseDouble).toArray();
        BinaryClassifier.Trainer trainer = OpenNlpMaxent.trainer(iters, 2);
        int folds = 5;
        List<Map<String, List<Quote>>> cv = new ArrayList<>();
        for (double m : margins) cv.add(new HashMap<>());
        Map<String, List<Quote>> rules = new HashMap<>();
        for (int k = 0; k < folds; k++) {
            List<TaggerExperiment.Item> in = new ArrayList<>();
            for (int i = 0; i < tr.size(); i++) if (i % folds != k) in.add(tr.get(i));
            long t0 = System.nanoTime();
            List<List<BinaryClassifier.Example>> ex = apartExamples(in);
            BinaryClassifier c = trainer.train(ex.get(0)), cs = trainer.train(ex.get(1));
            System.err.printf("fold %d: %d examples, trained in %.0f s%n", k, ex.get(0).size(), (System.nanoTime() - t0) / 1e9);
            for (int i = k; i < tr.size(); i += folds) {
                TaggerExperiment.Item it = tr.get(i);
                rules.put(it.text(), TaggerExperiment.quotes(it));
                for (int m = 0; m < margins.length; m++) cv.get(m).put(it.text(), apply(c, cs, it, margins[m]));
            }
        }
        System.out.println("CV rules: " + TaggerExperiment.fig(TaggerExperiment.score(train, rules)));
        for (int m = 0; m < margins.length; m++) System.out.println("CV margin " + margins[m] + ": " + TaggerExperiment.fig(TaggerExperiment.score(train, cv.get(m))));
        List<List<BinaryClassifier.Example>> all = apartExamples(tr);
        BinaryClassifier c = trainer.train(all.get(0)), cs = trainer.train(all.get(1));
        rules.clear();
        List<Map<String, List<Quote>>> dvOut = new ArrayList<>();
        for (double m : margins) dvOut.add(new HashMap<>());
        for (TaggerExperiment.Item it : dv) {
            rules.put(it.text(), TaggerExperiment.quotes(it));
            for (int m = 0; m < margins.length; m++) dvOut.get(m).put(it.text(), apply(c, cs, it, margins[m]));
        }
        System.out.println("dev rules: " + TaggerExperiment.fig(TaggerExperiment.score(dev, rules)));
        for (int m = 0; m < margins.length; m++) System.out.println("dev margin " + margins[m] + ": " + TaggerExperiment.fig(TaggerExperiment.score(dev, dvOut.get(m))));
    }
}
