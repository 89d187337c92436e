package org.newsgraph.batch;

/** Turns what a stage threw into a reason a user can act on, naming the stage. */
public final class FailureReasons {
    private FailureReasons() {
    }

    public static String of(String stage, Throwable e) {
        if (e instanceof StackOverflowError) {
            return "stack overflow in " + stage + ": the article nests or runs on deeper than the stage handles;"
                    + " a bug to report with this file";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory in " + stage + ": the article needs more heap than was free;"
                    + " lower --threads or --max-bytes, or raise -Xmx in NEWSGRAPH_JAVA_OPTS";
        }
        if (e instanceof java.io.IOException) {
            return "cannot write the output (" + e.getMessage() + "): check the --out folder's space and permissions";
        }
        String m = e.getMessage();
        return stage + " failed on this article (" + e.getClass().getSimpleName() + (m == null ? "" : ": " + m)
                + "); a bug to report with this file";
    }
}
