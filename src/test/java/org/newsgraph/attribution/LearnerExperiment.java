package org.newsgraph.attribution;

import java.nio.file.Path;
import java.util.*;
import org.newsgraph.backend.opennlp.OpenNlpMaxent;
import org.newsgraph.model.*;

/**
 * Development harness (not a test): the verb proposals' classifier with another OpenNLP learner
 * (L-BFGS maxent with L1/L2 costs, or the perceptron), 5-fold CV on polnear-train and dev at
 * several thresholds. Args: trainDir trainCache devDir devCache algorithm cutoff iterations
 * [l1 l2] [thresholds].
 */
public final class LearnerExperiment {
    public static void main(String[] args) throws Exception {
        Path train = Path.of(args[0]), dev = Path.of(args[2]);
        List<TaggerExperiment.Item> tr = TaggerExperiment.load(train, Path.of(args[1]));
        List<TaggerExperiment.Item> dv = TaggerExperiment.load(dev, Path.of(args[3]));
        String algo = args[4];
        int cutoff = Integer.parseInt(args[5]), iters = Integer.parseInt(args[6]);
        double l1 = args.length > 7 ? Double.parseDouble(args[7]) : 0.1, l2 = args.length > 8 ? Double.parseDouble(args[8]) : 0.1;
        double[] th = Arrays.stream((args.length > 9 ? args[9] : "0.4,0.45,0.5,0.55,0.6").split(",")).mapToDouble(Double::parseDouble).toArray();
        String name = algo + " cutoff " + cutoff + " it " + iters + " l1 " + l1 + " l2 " + l2;
        BinaryClassifier.Trainer trainer = OpenNlpMaxent.trainer(algo, iters, cutoff, l1, l2);
        List<Map<String, List<Quote>>> cv = new ArrayList<>();
        for (double x : th) cv.add(new HashMap<>());
        CuesExperiment.eachHeldOut(tr, trainer, (c, it) -> {
            for (int m = 0; m < th.length; m++) cv.get(m).put(it.text(), ReportedCues.add(c, it.table(), TaggerExperiment.quotes(it), th[m]));
        });
        for (int m = 0; m < th.length; m++) System.out.println(name + " CV " + th[m] + ": " + TaggerExperiment.fig(TaggerExperiment.score(train, cv.get(m))));
        BinaryClassifier c = trainer.train(CuesExperiment.examples(tr));
        for (int m = 0; m < th.length; m++) {
            Map<String, List<Quote>> out = new HashMap<>();
            for (TaggerExperiment.Item it : dv) out.put(it.text(), ReportedCues.add(c, it.table(), TaggerExperiment.quotes(it), th[m]));
            System.out.println(name + " dev " + th[m] + ": " + TaggerExperiment.fig(TaggerExperiment.score(dev, out)));
        }
    }
}
