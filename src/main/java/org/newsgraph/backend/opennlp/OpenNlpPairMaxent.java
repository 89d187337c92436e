package org.newsgraph.backend.opennlp;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.newsgraph.relations.PairClassifier;

/**
 * OpenNLP's maximum-entropy learner (GIS) behind {@link PairClassifier}, multi-class. GIS has no
 * random draws and runs on one thread here, so the same examples in the same order give the same model.
 */
public final class OpenNlpPairMaxent implements PairClassifier {
    private final GISModel model;

    private OpenNlpPairMaxent(GISModel model) {
        this.model = model;
    }

    @Override
    public Map<String, Double> probabilities(List<String> features) {
        double[] p = model.eval(features.toArray(String[]::new));
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) {
            out.put(model.getOutcome(i), p[i]);
        }
        return out;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        new BinaryGISModelWriter(model, data).persist();
        data.flush();
    }

    /** GIS with a feature cutoff and a fixed number of iterations, on one thread. */
    public static PairClassifier.Trainer trainer(int iterations, int cutoff) {
        return examples -> {
            TrainingParameters p = new TrainingParameters();
            p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
            p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            p.put(TrainingParameters.THREADS_PARAM, 1);
            p.put("PrintMessages", false);
            EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
            try {
                return new OpenNlpPairMaxent((GISModel) trainer.train(events(examples)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    public static PairClassifier.Reader reader() {
        return bytes -> new OpenNlpPairMaxent((GISModel) new BinaryGISModelReader(new DataInputStream(new ByteArrayInputStream(bytes))).getModel());
    }

    private static ObjectStream<Event> events(List<PairClassifier.Example> examples) {
        return new ObjectStream<>() {
            private Iterator<PairClassifier.Example> rest = examples.iterator();

            @Override
            public Event read() {
                if (!rest.hasNext()) {
                    return null;
                }
                PairClassifier.Example e = rest.next();
                return new Event(e.label(), e.features().toArray(String[]::new));
            }

            @Override
            public void reset() {
                rest = examples.iterator();
            }
        };
    }
}
