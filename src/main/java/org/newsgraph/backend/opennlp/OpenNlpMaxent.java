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
import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.newsgraph.attribution.BinaryClassifier;

/**
 * OpenNLP's maximum-entropy learner (GIS) behind {@link BinaryClassifier}. GIS has no random
 * draws and runs on one thread here, so the same examples in the same order give the same model.
 */
public final class OpenNlpMaxent implements BinaryClassifier {
    private static final String YES = "yes";
    private static final String NO = "no";
    private final GISModel model;
    private final int yesIndex;

    private OpenNlpMaxent(GISModel model) {
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
        new BinaryGISModelWriter(model, data).persist();
        data.flush();
    }

    /** GIS with a feature cutoff and a fixed number of iterations, on one thread. */
    public static BinaryClassifier.Trainer trainer(int iterations, int cutoff) {
        return examples -> {
            TrainingParameters p = new TrainingParameters();
            p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
            p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            p.put(TrainingParameters.THREADS_PARAM, 1);
            p.put("PrintMessages", false);
            EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
            try {
                MaxentModel m = trainer.train(events(examples));
                return new OpenNlpMaxent((GISModel) m);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    public static BinaryClassifier.Reader reader() {
        return bytes -> {
            BinaryGISModelReader r = new BinaryGISModelReader(new DataInputStream(new ByteArrayInputStream(bytes)));
            return new OpenNlpMaxent((GISModel) r.getModel());
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
