package org.newsgraph.attribution;

import java.io.*;
import java.nio.file.*;
import java.util.Locale;
import org.newsgraph.backend.opennlp.OpenNlpMaxent;
import org.newsgraph.backend.opennlp.OpenNlpTokenClassifier;

/** Development harness (not a test): rewrites a model file with another reported-speech filter threshold (what --cross-validate would choose). */
public final class SetThreshold {
    public static void main(String[] args) throws Exception {
        double t = Double.parseDouble(args[1]);
        AttributionModel m;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            m = AttributionModel.read(in, OpenNlpMaxent.reader(), OpenNlpTokenClassifier.reader(), new AttributionLexicon()::wordClass);
        }
        String note = m.note().replaceAll("threshold [0-9.]+$", String.format(Locale.ROOT, "threshold %.2f", t));
        try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
            m.withThreshold(t).withNote(note).write(out);
        }
        System.out.println(note);
    }
}
