package org.newsgraph.backend.opennlp;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.maxent.io.BinaryQNModelWriter;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.newsgraph.attribution.BinaryClassifier;

/**
 * OpenNLP's maximum-entropy learners behind {@link BinaryClassifier}: GIS, or L-BFGS with an L2
 * cost (quasi-Newton). Neither has random draws and both run on one thread here, so the same
 * examples in the same order give the same model.
 */
public final class OpenNlpMaxent implements BinaryClassifier {
    private static final String YES = "yes";
    private static final String NO = "no";
    private final AbstractModel model;
    private final int yesIndex;

    private OpenNlpMaxent(AbstractModel model) {
        this.model = model;
        int index = model.getIndex(YES);
        this.yesIndex = index;
    }

    @Override
    public double yes(List<String> features) {
        if (yesIndex < 0) {
            return 0; // trained on no positive example
        }
        return model.eval(features.toArray(String[]::new))[yesIndex];
    }

    @Override
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        if (model instanceof GISModel) {
            new BinaryGISModelWriter(model, data).persist();
        } else if (model instanceof QNModel) {
            new BinaryQNModelWriter(model, data).persist();
        } else {
            throw new UnsupportedOperationException("only GIS and L-BFGS classifiers are written, not " + model.getModelType());
        }
        data.flush();
    }

    /** GIS with a feature cutoff and a fixed number of iterations, on one thread. */
    public static BinaryClassifier.Trainer trainer(int iterations, int cutoff) {
        TrainingParameters p = parameters("MAXENT", iterations, cutoff);
        return examples -> train(p, examples);
    }

    /**
     * L-BFGS maximum entropy with an L2 cost and no L1 cost: the weights of features seen a few
     * times are pulled towards zero instead of cut off at a count, so rare evidence counts a little.
     */
    public static BinaryClassifier.Trainer quasiNewtonTrainer(int iterations, int cutoff, double l2Cost) {
        return trainer("MAXENT_QN", iterations, cutoff, 0.0, l2Cost);
    }

    /**
     * Any of OpenNLP's event learners by its name ("MAXENT_QN", "PERCEPTRON") with L1 and L2 costs
     * (learners without costs ignore them), for measuring one learner against another; only GIS
     * and L-BFGS classifiers can be written.
     */
    public static BinaryClassifier.Trainer trainer(String algorithm, int iterations, int cutoff, double l1Cost, double l2Cost) {
        TrainingParameters p = parameters(algorithm, iterations, cutoff);
        p.put("L1Cost", l1Cost);
        p.put("L2Cost", l2Cost);
        return examples -> train(p, examples);
    }

    private static TrainingParameters parameters(String algorithm, int iterations, int cutoff) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put("PrintMessages", false);
        return p;
    }

    private static BinaryClassifier train(TrainingParameters p, List<BinaryClassifier.Example> examples) {
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
        try {
            return new OpenNlpMaxent((AbstractModel) trainer.train(events(examples)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads either learner's classifier: the written model names its kind. */
    public static BinaryClassifier.Reader reader() {
        return bytes -> {
            GenericModelReader r = new GenericModelReader(new BinaryFileDataReader(new DataInputStream(new ByteArrayInputStream(bytes))));
            return new OpenNlpMaxent(r.getModel());
        };
    }

    private static ObjectStream<Event> events(List<BinaryClassifier.Example> examples) {
        Iterator<BinaryClassifier.Example> it = examples.iterator();
        return new ObjectStream<>() {
            private Iterator<BinaryClassifier.Example> rest = it;

            @Override
            public Event read() {
                if (!rest.hasNext()) {
                    return null;
                }
                BinaryClassifier.Example e = rest.next();
                return new Event(e.yes() ? YES : NO, e.features().toArray(String[]::new));
            }

            @Override
            public void reset() {
                rest = examples.iterator();
            }
        };
    }
}
