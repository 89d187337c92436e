package org.newsgraph.read;

import java.util.Locale;
import org.newsgraph.model.Language;
import org.newsgraph.pipeline.ArticleSkipped;

/** The article is skipped because it is not in English; carries what the detector found. */
public final class NotEnglish extends ArticleSkipped {
    private final transient Language language;

    public NotEnglish(String stage, Language language) {
        super(stage, String.format(Locale.ROOT, "not English: detected language %s (confidence %.2f)",
                language.iso639_3(), language.confidence()));
        this.language = language;
    }

    public Language language() {
        return language;
    }
}
