package org.newsgraph.cli;

/**
 * The exit statuses every command keeps (README "Exit status", docs/batches.md). Rejected input
 * (not an article: empty, binary, too large, missing or unreadable) has its own status so a daily
 * job can tell "your input needs a look" from "newsgraph failed".
 */
public final class ExitStatus {
    /** Every article was written, unchanged or skipped (not English). */
    public static final int OK = 0;
    /** A stage failed or timed out on an article, the run was interrupted, or (eval) a score fell below its baseline. */
    public static final int FAILED = 1;
    /** The command line was wrong: unknown option, bad value, no command. */
    public static final int USAGE = 2;
    /** Nothing failed, but some input was rejected as not an article (empty, binary, too large, missing, unreadable). */
    public static final int REJECTED = 3;

    private ExitStatus() {
    }
}
