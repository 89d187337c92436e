package org.newsgraph.attribution;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** A learned choice among labels over string features; the learner behind it lives in a backend adapter. */
public interface TokenClassifier {
    /** The labels, in the order of {@link #scores}. */
    List<String> labels();

    /** One score per label (probabilities or normalised weights: the highest is the choice). */
    double[] scores(String[] features);

    /** Writes the classifier so that its backend's reader gives back the same scores. */
    void write(OutputStream out) throws IOException;

    /** Trains a classifier from examples read twice (counted, then indexed), the same examples giving the same classifier. */
    interface Trainer {
        TokenClassifier train(Iterable<Example> examples);
    }

    /** Reads a classifier written by {@link #write}. */
    interface Reader {
        TokenClassifier read(byte[] bytes) throws IOException;
    }

    record Example(String[] features, String label) {
    }
}
