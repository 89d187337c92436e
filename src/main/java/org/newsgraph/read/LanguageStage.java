package org.newsgraph.read;

import java.util.Set;
import org.newsgraph.backend.opennlp.OpenNlpLanguageDetector;
import org.newsgraph.model.Document;
import org.newsgraph.model.Language;
import org.newsgraph.model.Layer;
import org.newsgraph.pipeline.DeclaredStage;

/**
 * Detects the article's language and skips non-English articles. Texts too short for a
 * reliable guess are taken as English: a wrong skip loses an article, a wrong pass costs little.
 */
public final class LanguageStage extends DeclaredStage {
    static final int MIN_CHARS_FOR_DETECTION = 120;
    private static final int SAMPLE_CHARS = 4000;
    private final OpenNlpLanguageDetector detector;

    public LanguageStage(OpenNlpLanguageDetector detector) {
        super("language", Set.of(), Set.of(Layer.LANGUAGE));
        this.detector = detector;
    }

    @Override
    public Document process(Document document) {
        String text = document.text();
        if (text.strip().length() < MIN_CHARS_FOR_DETECTION) {
            return document.withLanguage(new Language("eng", 0));
        }
        Language lang = detector.detect(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
        if (!lang.isEnglish()) {
            throw new NotEnglish(name(), lang);
        }
        return document.withLanguage(lang);
    }
}
