package org.newsgraph.batch;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on a terminal; plain progress lines (about every 5%) otherwise. */
public final class ProgressReporter implements AutoCloseable {
    private final ProgressBar bar;
    private final PrintStream plain;
    private final int total;
    private int done;
    private int lastReported = -1;

    public ProgressReporter(int total, boolean terminal, PrintStream plain) {
        this.total = total;
        this.plain = plain;
        this.bar = terminal && total > 0
                ? new ProgressBarBuilder().setTaskName("articles").setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                        .build()
                : null;
    }

    public synchronized void step() {
        done++;
        if (bar != null) {
            bar.step();
        } else if (plain != null) {
            int pct = total == 0 ? 100 : done * 100 / total;
            if (pct / 5 != lastReported / 5 || done == total) {
                lastReported = pct;
                plain.printf("progress: %d/%d articles (%d%%)%n", done, total, pct);
            }
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
