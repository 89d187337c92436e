package org.newsgraph.backend.opennlp;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.newsgraph.attribution.TokenClassifier;

/**
 * OpenNLP's averaged perceptron (or GIS maxent) behind {@link TokenClassifier}. Events are
 * indexed in two passes (counted, then written compactly) so that hundreds of thousands of
 * tokens do not sit in memory as strings; one thread and no shuffling: the same examples in the
 * same order give the same model.
 */
public final class OpenNlpTokenClassifier implements TokenClassifier {
    private final AbstractModel model;
    private final List<String> labels;

    private OpenNlpTokenClassifier(AbstractModel model) {
        this.model = model;
        List<String> l = new ArrayList<>();
        for (int i = 0; i < model.getNumOutcomes(); i++) {
            l.add(model.getOutcome(i));
        }
        this.labels = List.copyOf(l);
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public double[] scores(String[] features) {
        return model.eval(features);
    }

    @Override
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        new GenericModelWriter(model, data).persist();
        data.flush();
    }

    /** {@code algorithm}: "PERCEPTRON" or "MAXENT"; a fixed number of iterations and a feature cutoff, on one thread. */
    public static TokenClassifier.Trainer trainer(String algorithm, int iterations, int cutoff) {
        return examples -> {
            TrainingParameters p = new TrainingParameters();
            p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
            p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            p.put(TrainingParameters.THREADS_PARAM, 1);
            p.put("DataIndexer", "TwoPass");
            p.put("PrintMessages", false);
            EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
            try {
                return new OpenNlpTokenClassifier((AbstractModel) trainer.train(events(examples)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    public static TokenClassifier.Reader reader() {
        return bytes -> new OpenNlpTokenClassifier((AbstractModel) new GenericModelReader(
                new BinaryFileDataReader(new DataInputStream(new ByteArrayInputStream(bytes)))).getModel());
    }

    private static ObjectStream<Event> events(Iterable<TokenClassifier.Example> examples) {
        return new ObjectStream<>() {
            private Iterator<TokenClassifier.Example> rest = examples.iterator();

            @Override
            public Event read() {
                if (!rest.hasNext()) {
                    return null;
                }
                TokenClassifier.Example e = rest.next();
                return new Event(e.label(), e.features());
            }

            @Override
            public void reset() {
                rest = examples.iterator();
            }
        };
    }
}
