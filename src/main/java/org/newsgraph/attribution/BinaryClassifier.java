package org.newsgraph.attribution;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** A learned yes/no decision over string features; the learner behind it lives in a backend adapter. */
public interface BinaryClassifier {
    /** The probability of yes. */
    double yes(List<String> features);

    /** Writes the classifier so that its backend's reader gives back the same scores. */
    void write(OutputStream out) throws IOException;

    /** Trains a classifier, the same examples giving the same classifier. */
    interface Trainer {
        BinaryClassifier train(List<Example> examples);
    }

    /** Reads a classifier written by {@link #write}. */
    interface Reader {
        BinaryClassifier read(byte[] bytes) throws IOException;
    }

    record Example(List<String> features, boolean yes) {
        public Example {
            features = List.copyOf(features);
        }
    }
}
