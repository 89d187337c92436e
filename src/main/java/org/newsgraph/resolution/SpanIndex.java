package org.newsgraph.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * Spans sorted by begin, with the furthest end reached so far: "does any span overlap this one?"
 * and "which spans can contain this offset?" in logarithmic time, instead of a scan of every
 * span per question (which made an article with thousands of quotes or names quadratic).
 */
public final class SpanIndex {
    private final int[] begins;
    private final int[] maxEndUpTo;

    /** {@code spans} in any order; a list already sorted keeps its order, so its indexes stay valid here. */
    public SpanIndex(List<Span> spans) {
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
    public boolean overlapsAny(Span other) {
        int last = lastBeginningBefore(other.end());
        return last >= 0 && maxEndUpTo[last] > other.begin();
    }

    /** Index (in sorted order) of the last span beginning before {@code offset}, or -1: where a backward search starts. */
    public int lastBeginningBefore(int offset) {
        int lo = 0, hi = begins.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (begins[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** The furthest end of spans 0..i: no span before i reaches past it, so a backward search for one covering an offset can stop. */
    public int maxEndUpTo(int i) {
        return maxEndUpTo[i];
    }
}
