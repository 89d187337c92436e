package org.newsgraph.pipeline;

import java.util.Locale;

/** The article used up its time budget: names the stage it was in, for the error record. */
public class ArticleTimedOut extends RuntimeException {
    private final String stage;

    public ArticleTimedOut(String stage, double seconds) {
        super(String.format(Locale.ROOT, "timed out after %.0f s in %s", seconds, stage));
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}
