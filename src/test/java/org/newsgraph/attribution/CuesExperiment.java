package org.newsgraph.attribution;

import java.nio.file.Path;
import java.util.*;
import org.newsgraph.backend.opennlp.OpenNlpMaxent;
import org.newsgraph.model.*;

/**
 * Development harness (not a test): the verb-proposal classifier ({@link ReportedCues}) trained on
 * four folds of the cached polnear-train rules output and scored on the fifth, then trained on all
 * of polnear-train and scored on dev, at several thresholds. Args: trainDir trainCache devDir devCache [iterations] [thresholds].
 */
public final class CuesExperiment {
    static List<BinaryClassifier.Example> examples(List<TaggerExperiment.Item> items) {
        List<BinaryClassifier.Example> out = new ArrayList<>();
        for (TaggerExperiment.Item it : items) {
            TokenTable t = it.table();
            List<Quote> rules = TaggerExperiment.quotes(it).stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
            List<GoldAttribution> open = TaggerExperiment.gold(it).stream().filter(g -> !g.direct())
                    .filter(g -> rules.stream().noneMatch(q -> g.overlapShare(q.content()) >= 0.5)).toList();
            for (ReportedCues.Proposal p : ReportedCues.proposals(t)) {
                Span s = t.span(p.first(), p.end());
                boolean yes = open.stream().anyMatch(g -> g.overlapShare(s) >= 0.5);
                out.add(new BinaryClassifier.Example(ReportedCues.features(t, p), yes));
            }
        }
        return out;
    }

    /** The proposals' classifier trained on the items of every fold but {@code k} (fold = index mod 5, as the CV runs draw them). */
    static BinaryClassifier trainedWithout(List<TaggerExperiment.Item> items, int k, BinaryClassifier.Trainer trainer) {
        List<TaggerExperiment.Item> in = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) if (i % 5 != k) in.add(items.get(i));
        return trainer.train(examples(in));
    }

    /** Each polnear-train item with the proposals' classifier of the folds it is held out of. */
    static void eachHeldOut(List<TaggerExperiment.Item> items, BinaryClassifier.Trainer trainer,
            java.util.function.BiConsumer<BinaryClassifier, TaggerExperiment.Item> action) {
        for (int k = 0; k < 5; k++) {
            BinaryClassifier c = trainedWithout(items, k, trainer);
            for (int i = k; i < items.size(); i += 5) action.accept(c, items.get(i));
        }
    }

    public static void main(String[] args) throws Exception {
        Path train = Path.of(args[0]), dev = Path.of(args[2]);
        List<TaggerExperiment.Item> tr = TaggerExperiment.load(train, Path.of(args[1]));
        List<TaggerExperiment.Item> dv = TaggerExperiment.load(dev, Path.of(args[3]));
        int iters = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        double[] th = Arrays.stream((args.length > 5 ? args[5] : "0.3,0.4,0.5,0.6,0.7").split(",")).mapToDouble(Double::parseDouble).toArray();
        BinaryClassifier.Trainer trainer = OpenNlpMaxent.trainer(iters, Integer.getInteger("cutoff", 2));
        int folds = 5;
        List<Map<String, List<Quote>>> cv = new ArrayList<>();
        for (double x : th) cv.add(new HashMap<>());
        for (int k = 0; k < folds; k++) {
            List<TaggerExperiment.Item> in = new ArrayList<>();
            for (int i = 0; i < tr.size(); i++) if (i % folds != k) in.add(tr.get(i));
            long t0 = System.nanoTime();
            List<BinaryClassifier.Example> ex = examples(in);
            BinaryClassifier c = trainer.train(ex);
            System.err.printf("fold %d: %d examples (%d yes), trained in %.0f s%n", k, ex.size(), ex.stream().filter(BinaryClassifier.Example::yes).count(), (System.nanoTime() - t0) / 1e9);
            for (int i = k; i < tr.size(); i += folds) {
                TaggerExperiment.Item it = tr.get(i);
                for (int m = 0; m < th.length; m++) cv.get(m).put(it.text(), ReportedCues.add(c, it.table(), TaggerExperiment.quotes(it), th[m]));
            }
        }
        for (int m = 0; m < th.length; m++) System.out.println("CV threshold " + th[m] + ": " + TaggerExperiment.fig(TaggerExperiment.score(train, cv.get(m))));
        BinaryClassifier c = trainer.train(examples(tr));
        Map<String, List<Quote>> rules = new HashMap<>();
        List<Map<String, List<Quote>>> dvOut = new ArrayList<>();
        for (double x : th) dvOut.add(new HashMap<>());
        for (TaggerExperiment.Item it : dv) {
            rules.put(it.text(), TaggerExperiment.quotes(it));
            for (int m = 0; m < th.length; m++) dvOut.get(m).put(it.text(), ReportedCues.add(c, it.table(), TaggerExperiment.quotes(it), th[m]));
        }
        System.out.println("dev rules: " + TaggerExperiment.fig(TaggerExperiment.score(dev, rules)));
        for (int m = 0; m < th.length; m++) System.out.println("dev threshold " + th[m] + ": " + TaggerExperiment.fig(TaggerExperiment.score(dev, dvOut.get(m))));
    }
}
