package org.newsgraph.backend.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import org.newsgraph.model.Language;

/** Language detection with OpenNLP's 103-language model from Maven Central. */
public final class OpenNlpLanguageDetector {
    public static final String MODEL = "/langdetect-183.bin";
    private final ThreadSafeLanguageDetectorME detector;

    public OpenNlpLanguageDetector() {
        try (InputStream in = OpenNlpLanguageDetector.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP language model " + MODEL + " is not on the class path");
            }
            detector = new ThreadSafeLanguageDetectorME(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Language detect(CharSequence text) {
        opennlp.tools.langdetect.Language best = detector.predictLanguage(text);
        return new Language(best.getLang(), best.getConfidence());
    }
}
