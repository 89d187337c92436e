package org.newsgraph.attribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.*;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.newsgraph.model.*;

/**
 * Development harness (not a test): the verb proposals' classifier with another OpenNLP learner
 * (L-BFGS maxent with L1/L2 costs, or the perceptron), 5-fold CV on polnear-train and dev at
 * several thresholds. Args: trainDir trainCache devDir devCache algorithm cutoff iterations
 * [l1 l2] [thresholds].
 */
public final class LearnerExperiment {
    static BinaryClassifier.Trainer trainer(String algo, int cutoff, int iterations, double l1, double l2) {
        return examples -> {
            TrainingParameters p = new TrainingParameters();
            p.put(TrainingParameters.ALGORITHM_PARAM, algo);
            p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            p.put(TrainingParameters.THREADS_PARAM, 1);
            p.put("L1Cost", l1);
            p.put("L2Cost", l2);
            p.put("PrintMessages", false);
            EventTrainer t = TrainerFactory.getEventTrainer(p, null);
            List<Event> events = examples.stream().map(e -> new Event(e.yes() ? "yes" : "no", e.features().toArray(String[]::new))).toList();
            try {
                MaxentModel m = t.train(new ObjectStream<Event>() {
                    Iterator<Event> it = events.iterator();
                    public Event read() { return it.hasNext() ? it.next() : null; }
                    public void reset() { it = events.iterator(); }
                });
                int yes = m.getIndex("yes");
                return new BinaryClassifier() {
                    public double yes(List<String> f) { return yes < 0 ? 0 : m.eval(f.toArray(String[]::new))[yes]; }
                    public void write(java.io.OutputStream out) { throw new UnsupportedOperationException(); }
                };
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    public static void main(String[] args) throws Exception {
        Path train = Path.of(args[0]), dev = Path.of(args[2]);
        List<TaggerExperiment.Item> tr = TaggerExperiment.load(train, Path.of(args[1]));
        List<TaggerExperiment.Item> dv = TaggerExperiment.load(dev, Path.of(args[3]));
        String algo = args[4];
        int cutoff = Integer.parseInt(args[5]), iters = Integer.parseInt(args[6]);
        double l1 = args.length > 7 ? Double.parseDouble(args[7]) : 0.1, l2 = args.length > 8 ? Double.parseDouble(args[8]) : 0.1;
        double[] th = Arrays.stream((args.length > 9 ? args[9] : "0.4,0.45,0.5,0.55,0.6").split(",")).mapToDouble(Double::parseDouble).toArray();
        String name = algo + " cutoff " + cutoff + " it " + iters + " l1 " + l1 + " l2 " + l2;
        BinaryClassifier.Trainer trainer = trainer(algo, cutoff, iters, l1, l2);
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
