package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * Answers "does any of these spans overlap this one?" in logarithmic time: spans sorted by
 * begin, with the furthest end reached so far, instead of a scan of every span per question
 * (which made an article with thousands of quotes and cues quadratic).
 */
final class SpanIndex {
    private final int[] begins;
    private final int[] maxEndUpTo;

    SpanIndex(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.naturalOrder());
        begins = new int[sorted.size()];
        maxEndUpTo = new int[sorted.size()];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < begins.length; i++) {
            begins[i] = sorted.get(i).begin();
            max = Math.max(max, sorted.get(i).end());
            maxEndUpTo[i] = max;
        }
    }

    /** Whether some span s has s.begin &lt; other.end and other.begin &lt; s.end ({@link Span#overlaps}). */
    boolean overlapsAny(Span other) {
        int lo = 0, hi = begins.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (begins[mid] < other.end()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && maxEndUpTo[lo - 1] > other.begin();
    }
}
