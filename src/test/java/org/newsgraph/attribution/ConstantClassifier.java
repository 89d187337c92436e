package org.newsgraph.attribution;

import java.io.OutputStream;
import java.util.List;

/** A test classifier that says the same probability to everything, so a test fixes what the learner would say. */
final class ConstantClassifier implements BinaryClassifier {
    private final double p;

    private ConstantClassifier(double p) {
        this.p = p;
    }

    static BinaryClassifier of(double p) {
        return new ConstantClassifier(p);
    }

    @Override
    public double yes(List<String> features) {
        return p;
    }

    @Override
    public void write(OutputStream out) {
    }
}
