package org.newsgraph.relations;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.EntityType;
import org.newsgraph.relations.PairCandidate.Kind;
import org.newsgraph.relations.SentenceView.MentionRef;

/**
 * The pairs of one sentence the relation classifier is asked about: each person mention with
 * each organisation, place and title phrase, each organisation with each place, and each place
 * with a place after it, no further apart than {@link #WINDOW} tokens (relations in news are
 * written close to their names; the window keeps the pairs few per sentence).
 */
final class PairCandidates {
    static final int WINDOW = 12;
    private final TitlePhrases titles;

    PairCandidates(TitlePhrases titles) {
        this.titles = titles;
    }

    List<PairCandidate> of(SentenceView s) {
        List<PairCandidate> out = new ArrayList<>();
        List<int[]> titleSpans = titleSpans(s);
        for (MentionRef a : s.mentions) {
            if (a.type() == EntityType.PERSON) {
                for (MentionRef b : s.mentions) {
                    Kind k = b.type() == EntityType.ORGANIZATION ? Kind.PERSON_ORG : b.type() == EntityType.PLACE ? Kind.PERSON_PLACE : null;
                    if (k != null && b.entity() != a.entity() && near(a.first(), a.end(), b.first(), b.end())) {
                        out.add(new PairCandidate(k, a.entity(), a.first(), a.end(), b.entity(), null, b.first(), b.end()));
                    }
                }
                for (int[] t : titleSpans) {
                    if (near(a.first(), a.end(), t[0], t[1])) {
                        out.add(new PairCandidate(Kind.PERSON_TITLE, a.entity(), a.first(), a.end(), null, s.text(t[0], t[1]), t[0], t[1]));
                    }
                }
            } else if (a.type() == EntityType.ORGANIZATION) {
                for (MentionRef b : s.mentions) {
                    if (b.type() == EntityType.PLACE && near(a.first(), a.end(), b.first(), b.end())) {
                        out.add(new PairCandidate(Kind.ORG_PLACE, a.entity(), a.first(), a.end(), b.entity(), null, b.first(), b.end()));
                    }
                }
            } else if (a.type() == EntityType.PLACE) {
                for (MentionRef b : s.mentions) {
                    if (b.type() == EntityType.PLACE && b.first() > a.first() && b.entity() != a.entity() && near(a.first(), a.end(), b.first(), b.end())) {
                        out.add(new PairCandidate(Kind.PLACE_PLACE, a.entity(), a.first(), a.end(), b.entity(), null, b.first(), b.end()));
                    }
                }
            }
        }
        return out;
    }

    private static boolean near(int aFirst, int aEnd, int bFirst, int bEnd) {
        int gap = aFirst < bFirst ? bFirst - aEnd : aFirst - bEnd;
        return gap >= 0 && gap <= WINDOW;
    }

    /** The longest title phrases of the sentence, left to right, without the words a title leaves out at its start ("former"). */
    private List<int[]> titleSpans(SentenceView s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            int end = titles.endAt(s, i);
            if (end <= i) {
                i++;
                continue;
            }
            int first = i;
            while (first + 1 < end && titles.isLeftOut(s.word(first))) {
                first++;
            }
            out.add(new int[] {first, end});
            i = end;
        }
        return out;
    }
}
