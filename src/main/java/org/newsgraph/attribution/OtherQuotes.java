package org.newsgraph.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.WorkMeter;
import org.newsgraph.resolution.SpanIndex;

/**
 * What the features ask about the article's other quotes (one holds this mention, another has
 * this speaker, how many share the sentence, how many nest with this one), answered from indexes
 * built once per article instead of a scan of every quote for every quote and candidate, which
 * made an article of thousands of quotes quadratic. The answers are those of the scans: a quote
 * is "other" when it is not the same object, and every asking quote is one of the list.
 */
final class OtherQuotes {
    private static final int TOP = 4;
    private final List<Quote> sorted;
    private final SpanIndex spans;
    /** The {@value #TOP} largest content ends among sorted[0..i], largest first (MIN_VALUE when fewer). */
    private final int[][] topEnds;
    private final Map<String, Integer> bySpeaker = new HashMap<>();
    private final Map<Integer, Integer> indirectBySentence = new HashMap<>();
    private final TokenView view;

    OtherQuotes(TokenView v, List<Quote> all) {
        this.view = v;
        sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(Quote::content));
        spans = new SpanIndex(sorted.stream().map(Quote::content).toList());
        topEnds = new int[sorted.size()][];
        int[] top = new int[TOP];
        Arrays.fill(top, Integer.MIN_VALUE);
        for (int i = 0; i < sorted.size(); i++) {
            Quote q = sorted.get(i);
            top = withEnd(top, q.content().end());
            topEnds[i] = top;
            if (q.speakerEntityId() != null) {
                bySpeaker.merge(q.speakerEntityId(), 1, Integer::sum);
            }
            if (q.kind() == QuoteKind.INDIRECT) {
                indirectBySentence.merge(v.sentence(q.content().begin()), 1, Integer::sum);
            }
        }
    }

    private static int[] withEnd(int[] top, int end) {
        int[] out = top.clone();
        for (int k = 0; k < TOP; k++) {
            if (end > out[k]) {
                System.arraycopy(out, k, out, k + 1, TOP - k - 1);
                out[k] = end;
                break;
            }
        }
        return out;
    }

    /** Another quote's content holds the span. */
    boolean inOtherThan(Quote q, Span m) {
        int n = holding(m);
        return n >= TOP || n - (q.content().contains(m) ? 1 : 0) > 0;
    }

    /** How many quotes (at most {@value #TOP}) have content holding the span: begin at or before it, end at or after it. */
    private int holding(Span m) {
        int k = upperBound(m.begin()) - 1;
        if (k < 0) {
            return 0;
        }
        int n = 0;
        for (int e : topEnds[k]) {
            if (e >= m.end()) {
                n++;
            }
        }
        return n;
    }

    /** Another quote has this entity for its speaker. */
    boolean spokenElsewhereBy(Quote q, String entityId) {
        if (entityId == null) {
            return false;
        }
        return bySpeaker.getOrDefault(entityId, 0) - (entityId.equals(q.speakerEntityId()) ? 1 : 0) > 0;
    }

    /** Other reported-speech quotes beginning in the given sentence. */
    long indirectInSentence(Quote q, int sentence) {
        boolean self = q.kind() == QuoteKind.INDIRECT && view.sentence(q.content().begin()) == sentence;
        return indirectBySentence.getOrDefault(sentence, 0) - (self ? 1 : 0);
    }

    /** Other quotes holding this one's content or held by it, counted up to 2. */
    long nestedWith(Quote q) {
        Span c = q.content();
        long holdingOthers = holding(c) - 1L; // q holds itself; at TOP or more the count is past the cap anyway
        long held = 0;
        for (int i = lowerBound(c.begin()); i < sorted.size() && sorted.get(i).content().begin() <= c.end() && held + holdingOthers < 3; i++) {
            WorkMeter.count(1);
            Span o = sorted.get(i).content();
            if (o.end() <= c.end() && !(o.begin() == c.begin() && o.end() == c.end())) {
                held++; // an equal span was counted as holding
            }
        }
        return Math.min(2, Math.max(0, holdingOthers) + held);
    }

    /** Index of the first quote (in content order) beginning after {@code offset}. */
    private int upperBound(int offset) {
        return spans.lastBeginningBefore(offset + 1) + 1;
    }

    /** Index of the first quote (in content order) beginning at or after {@code offset}. */
    private int lowerBound(int offset) {
        return spans.lastBeginningBefore(offset) + 1;
    }
}
