package org.newsgraph.attribution;

import java.nio.file.Path;
import java.util.*;
import java.util.function.Function;
import org.newsgraph.backend.opennlp.OpenNlpMaxent;
import org.newsgraph.model.*;

/**
 * Development harness (not a test): the verb proposals' classifier with a per-verb prior (how
 * often the verb's proposals match an open annotated statement on the training articles), the
 * prior of each training article counted on the other training articles only (inner folds), so
 * that it does not hold the example's own label. 5-fold CV on polnear-train and dev, at several
 * thresholds. Args: trainDir trainCache devDir devCache mode(none|nested|leaky) [thresholds].
 */
public final class PriorExperiment {
    static final int INNER = 5;

    /** The examples of each item, in item order. */
    static List<List<BinaryClassifier.Example>> examples(List<TaggerExperiment.Item> items) {
        List<List<BinaryClassifier.Example>> out = new ArrayList<>();
        for (TaggerExperiment.Item it : items) out.add(CuesExperiment.examples(List.of(it)));
        return out;
    }

    static String key(List<String> features) {
        for (String f : features) if (f.startsWith("w=")) return f.substring(2);
        throw new IllegalStateException();
    }

    static Map<String, int[]> counts(List<List<BinaryClassifier.Example>> perItem, java.util.function.IntPredicate take) {
        Map<String, int[]> m = new HashMap<>();
        for (int i = 0; i < perItem.size(); i++) {
            if (!take.test(i)) continue;
            for (BinaryClassifier.Example e : perItem.get(i)) {
                int[] c = m.computeIfAbsent(key(e.features()), k -> new int[2]);
                c[0]++;
                if (e.yes()) c[1]++;
            }
        }
        return m;
    }

    static List<String> withPrior(List<String> f, Map<String, int[]> counts) {
        int[] c = counts.getOrDefault(key(f), new int[2]);
        double rate = (c[1] + 0.5) / (c[0] + 5.0);
        String rb = c[0] == 0 ? "unseen" : rate < 0.02 ? "0" : rate < 0.05 ? "1" : rate < 0.1 ? "2" : rate < 0.2 ? "3" : rate < 0.35 ? "4" : rate < 0.5 ? "5" : "6";
        String nb = c[0] == 0 ? "0" : c[0] < 3 ? "1" : c[0] < 8 ? "2" : c[0] < 20 ? "3" : "4";
        List<String> out = new ArrayList<>(f);
        out.add("prior=" + rb);
        out.add("prior|n=" + rb + "|" + nb);
        out.add("prior|yes=" + rb + "|" + (c[1] == 0 ? "0" : c[1] < 3 ? "1" : "2"));
        return out;
    }

    /** A classifier whose features get the prior of {@code counts} before scoring. */
    static BinaryClassifier scoring(BinaryClassifier c, Function<List<String>, List<String>> extra) {
        return new BinaryClassifier() {
            public double yes(List<String> features) { return c.yes(extra.apply(features)); }
            public void write(java.io.OutputStream out) { throw new UnsupportedOperationException(); }
        };
    }

    /** Trains on {@code items}: each item's examples with the prior counted on the other inner folds (nested) or on all (leaky). */
    static BinaryClassifier train(List<List<BinaryClassifier.Example>> perItem, String mode, BinaryClassifier.Trainer trainer) {
        List<BinaryClassifier.Example> ex = new ArrayList<>();
        if (mode.equals("none")) {
            perItem.forEach(ex::addAll);
            return trainer.train(ex);
        }
        Map<String, int[]> all = counts(perItem, i -> true);
        List<Map<String, int[]>> inner = new ArrayList<>();
        for (int j = 0; j < INNER; j++) { int jj = j; inner.add(counts(perItem, i -> i % INNER != jj)); }
        for (int i = 0; i < perItem.size(); i++) {
            Map<String, int[]> m = mode.equals("leaky") ? all : inner.get(i % INNER);
            for (BinaryClassifier.Example e : perItem.get(i)) ex.add(new BinaryClassifier.Example(withPrior(e.features(), m), e.yes()));
        }
        BinaryClassifier c = trainer.train(ex);
        return scoring(c, f -> withPrior(f, all));
    }

    public static void main(String[] args) throws Exception {
        Path train = Path.of(args[0]), dev = Path.of(args[2]);
        List<TaggerExperiment.Item> tr = TaggerExperiment.load(train, Path.of(args[1]));
        List<TaggerExperiment.Item> dv = TaggerExperiment.load(dev, Path.of(args[3]));
        String mode = args[4];
        double[] th = Arrays.stream((args.length > 5 ? args[5] : "0.4,0.45,0.5,0.55,0.6").split(",")).mapToDouble(Double::parseDouble).toArray();
        BinaryClassifier.Trainer trainer = OpenNlpMaxent.trainer(100, Integer.getInteger("cutoff", 8));
        List<List<BinaryClassifier.Example>> perItem = examples(tr);
        List<Map<String, List<Quote>>> cv = new ArrayList<>();
        for (double x : th) cv.add(new HashMap<>());
        for (int k = 0; k < 5; k++) {
            List<List<BinaryClassifier.Example>> in = new ArrayList<>();
            for (int i = 0; i < tr.size(); i++) if (i % 5 != k) in.add(perItem.get(i));
            BinaryClassifier c = train(in, mode, trainer);
            for (int i = k; i < tr.size(); i += 5) {
                TaggerExperiment.Item it = tr.get(i);
                for (int m = 0; m < th.length; m++) cv.get(m).put(it.text(), ReportedCues.add(c, it.table(), TaggerExperiment.quotes(it), th[m]));
            }
            System.err.println("fold " + k + " done");
        }
        for (int m = 0; m < th.length; m++) System.out.println(mode + " CV threshold " + th[m] + ": " + TaggerExperiment.fig(TaggerExperiment.score(train, cv.get(m))));
        BinaryClassifier c = train(perItem, mode, trainer);
        for (int m = 0; m < th.length; m++) {
            Map<String, List<Quote>> out = new HashMap<>();
            for (TaggerExperiment.Item it : dv) out.put(it.text(), ReportedCues.add(c, it.table(), TaggerExperiment.quotes(it), th[m]));
            System.out.println(mode + " dev threshold " + th[m] + ": " + TaggerExperiment.fig(TaggerExperiment.score(dev, out)));
        }
    }
}
