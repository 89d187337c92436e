package org.newsgraph.model;

/** The detected language of an article: ISO 639-3 code and the detector's confidence. */
public record Language(String iso639_3, double confidence) {
    public boolean isEnglish() {
        return "eng".equals(iso639_3);
    }

    /** BCP 47 tag for schema.org inLanguage. */
    public String bcp47() {
        return isEnglish() ? "en" : iso639_3;
    }
}
