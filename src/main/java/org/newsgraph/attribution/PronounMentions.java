package org.newsgraph.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * The unnamed mentions a speaker is most often written as, found from part-of-speech tags alone:
 * personal pronouns ("he", "they") and the relative "who" of "X, who ..., said". PolNeAR's gold
 * Source is the mention as written, so a ranker offered only names cannot be right when the
 * source is "he" two words before the cue while the name stands a sentence earlier. Noun phrases
 * ("the judge") were offered too once; they raised the train folds but not dev, so they went
 * (docs/attribution.md).
 */
final class PronounMentions {
    enum Kind { PRONOUN, WHO }

    record Pronoun(Span span, Kind kind) {
    }

    private PronounMentions() {
    }

    /** Every personal pronoun and relative "who" of the document, in text order. */
    static List<Pronoun> of(TokenView v) {
        List<Pronoun> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            String tag = v.tag(i);
            if (tag.equals("PRP")) {
                out.add(new Pronoun(v.span(i, i + 1), Kind.PRONOUN));
            } else if (tag.equals("WP") && v.word(i).equals("who")) {
                out.add(new Pronoun(v.span(i, i + 1), Kind.WHO));
            }
        }
        return out;
    }
}
