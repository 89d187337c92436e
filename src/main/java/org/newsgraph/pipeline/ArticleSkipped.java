package org.newsgraph.pipeline;

/** Thrown by a stage that declines an article for a stated reason; not a failure of the stage. */
public class ArticleSkipped extends RuntimeException {
    private final String stage;

    public ArticleSkipped(String stage, String reason) {
        super(reason);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}
