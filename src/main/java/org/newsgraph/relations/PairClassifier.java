package org.newsgraph.relations;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** A learned choice among the labels of {@link LearnedRelations#LABELS} over string features; the learner lives in a backend adapter. */
public interface PairClassifier {
    /** The probability of each label the classifier was trained on. */
    Map<String, Double> probabilities(List<String> features);

    /** Writes the classifier so that its backend's reader gives back the same probabilities. */
    void write(OutputStream out) throws IOException;

    /** Trains a classifier, the same examples in the same order giving the same bytes. */
    interface Trainer {
        PairClassifier train(List<Example> examples);
    }

    /** Reads a classifier written by {@link #write}. */
    interface Reader {
        PairClassifier read(byte[] bytes) throws IOException;
    }

    record Example(List<String> features, String label) {
        public Example {
            features = List.copyOf(features);
        }
    }
}
