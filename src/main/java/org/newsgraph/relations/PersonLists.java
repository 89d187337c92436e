package org.newsgraph.relations;

import java.util.function.Predicate;
import org.newsgraph.model.EntityType;
import org.newsgraph.relations.SentenceView.MentionRef;

/** Lists of names: where a plural title ("photographers", "Sens.") may stand before them. */
final class PersonLists {
    private PersonLists() {
    }

    /**
     * A list of persons' names (each maybe after an honorific, "Sir") starts at token i: not
     * "consultants Booz Allen Hamilton and HI Europe" or "… and Goldman Sachs", a list with a
     * name of something else in it (the first name may be mistyped a person).
     */
    static boolean startsAt(SentenceView s, int i, Predicate<String> isHonorific) {
        int k = i;
        boolean any = false;
        while (true) {
            k = k < s.size() && s.mention(k) == null && isHonorific.test(s.word(k)) ? k + 1 : k;
            MentionRef m = s.mention(k);
            if (m == null) {
                // "… and HI Europe": a capitalised word after "and" that is no person's name ends a list of something else.
                return any && !(s.is(k - 1, "and", "or") && k < s.size() && Character.isUpperCase(s.word(k).charAt(0)));
            }
            if (m.type() != EntityType.PERSON) {
                return false;
            }
            if (any) {
                return true; // two names: a list of persons ("Pastors X and Y and TBN's Z")
            }
            any = true;
            k = m.end() + (s.is(m.end(), ",") ? 1 : 0);
            if (!s.is(k, "and", "or") && s.mention(k) == null) {
                return true;
            }
            k += s.is(k, "and", "or") ? 1 : 0;
        }
    }
}
