package org.newsgraph.ner;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * The sides of a match as sports reports write them: "Leicestershire beat Somerset", "his debut
 * against Portsmouth", "Cleveland's lead over the White Sox" ({@code club-before} and
 * {@code club-after} of {@code models/mention-shapes.tsv}). A town or county there is a club:
 * the tagger, which reads towns as places, gets it wrong in every such slot of CoNLL-2003 dev.
 */
final class MatchSides {
    private static final int REACH = 40;
    private final Pattern before;
    private final Pattern after;

    /** {@code shapes}: the parts of {@code models/mention-shapes.tsv}. */
    MatchSides(Map<String, Pattern> shapes) {
        before = shapes.get("club-before");
        after = shapes.get("club-after");
    }

    /** Whether the name at {@code span} of {@code text} stands where a side of a match stands. */
    boolean holds(String text, Span span) {
        String left = text.substring(Math.max(0, span.begin() - REACH), span.begin()).toLowerCase(Locale.ROOT);
        String right = text.substring(span.end(), Math.min(text.length(), span.end() + REACH)).toLowerCase(Locale.ROOT);
        return before.matcher(left).find() || after.matcher(right).find();
    }
}
