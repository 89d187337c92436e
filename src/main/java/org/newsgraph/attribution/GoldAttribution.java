package org.newsgraph.attribution;

import java.util.List;
import org.newsgraph.model.Span;

/**
 * One hand-annotated attribution, as a benchmark reads it: the content (a quoted stretch for a
 * direct quote, the content fragments for reported speech), the source and cue spans as written.
 */
public record GoldAttribution(List<Span> content, List<Span> sources, List<Span> cues, boolean direct) {
    public GoldAttribution {
        content = List.copyOf(content);
        sources = List.copyOf(sources);
        cues = List.copyOf(cues);
    }

    public GoldAttribution(List<Span> content, List<Span> sources, boolean direct) {
        this(content, sources, List.of(), direct);
    }

    /** Characters shared by the gold fragments and the prediction, over the longer of the two. */
    public double overlapShare(Span predicted) {
        int overlap = 0, length = 0;
        for (Span g : content) {
            overlap += Math.max(0, Math.min(g.end(), predicted.end()) - Math.max(g.begin(), predicted.begin()));
            length += g.length();
        }
        return (double) overlap / Math.max(length, predicted.length());
    }

    public boolean isSource(Span mention) {
        return sources.stream().anyMatch(s -> s.overlaps(mention));
    }
}
