package org.newsgraph.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Span;

/**
 * The unnamed mentions a speaker can be written as, found from part-of-speech tags alone:
 * personal pronouns ("he", "they"), the relative "who" of "X, who ..., said", and noun phrases
 * ending in a noun ("the judge", "his campaign", "a New Hampshire Democrat"). PolNeAR's gold
 * Source is the mention as written, so a ranker offered only names cannot be right when the
 * source is "he" two words before the cue while the name stands a sentence earlier.
 */
final class MentionChunks {
    /** Tags that may stand inside a noun phrase before its head noun. */
    private static final Set<String> INSIDE = Set.of("DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "HYPH");

    enum Kind { PRONOUN, WHO, NOUN_PHRASE }

    record Chunk(Span span, Kind kind, String head, String first) {
    }

    private MentionChunks() {
    }

    /** Every chunk of the document in text order; a noun phrase is the longest run of noun-phrase tags ending in a noun. */
    static List<Chunk> of(TokenView v) {
        List<Chunk> out = new ArrayList<>();
        int n = v.size();
        int i = 0;
        while (i < n) {
            String tag = v.tag(i);
            if (tag.equals("PRP")) {
                out.add(new Chunk(v.span(i, i + 1), Kind.PRONOUN, v.word(i), v.word(i)));
                i++;
                continue;
            }
            if (tag.equals("WP") && v.word(i).equals("who")) {
                out.add(new Chunk(v.span(i, i + 1), Kind.WHO, "who", "who"));
                i++;
                continue;
            }
            if (!INSIDE.contains(tag)) {
                i++;
                continue;
            }
            int j = i;
            int lastNoun = -1;
            while (j < n && INSIDE.contains(v.tag(j)) && (j == i || v.sameSentence(i, j))) {
                if (v.tag(j).startsWith("NN")) {
                    lastNoun = j;
                }
                j++;
            }
            if (lastNoun >= 0) {
                out.add(new Chunk(v.span(i, lastNoun + 1), Kind.NOUN_PHRASE, v.word(lastNoun), v.word(i)));
            }
            i = j;
        }
        return out;
    }
}
