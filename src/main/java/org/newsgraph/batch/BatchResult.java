package org.newsgraph.batch;

import java.util.List;
import java.util.Map;

/**
 * What a batch did: counts, errors, words processed, time, and where the time went; {@code removed}
 * outputs whose input is gone, {@code pruned} of them deleted.
 */
public record BatchResult(int written, int unchanged, int skipped, int rejected, int failed, List<ErrorRecord> errors,
                          long words, double seconds, Map<String, Double> stageSeconds, boolean interrupted,
                          int removed, int pruned) {
    public double wordsPerSecond() {
        return seconds > 0 ? words / seconds : 0;
    }
}
