package org.newsgraph.pipeline;

/** A stage threw: carries the stage's name so the error record can say where it happened. */
public class StageFailure extends RuntimeException {
    private final String stage;

    public StageFailure(String stage, Throwable cause) {
        super(stage + ": " + cause, cause);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}
