package org.newsgraph.resolution;

import java.util.Set;

/** The personal pronouns resolution reads: closed-class words, so they stay in code. */
public final class Pronouns {
    /** Pronouns that stand for a person (or people). */
    public static final Set<String> PERSON = Set.of("he", "she", "they", "we", "i");
    /** Pronouns that stand for an organisation or thing. */
    public static final Set<String> THING = Set.of("it", "its");

    private Pronouns() {
    }

    /** Whether the lower-cased word is a personal pronoun of either kind. */
    public static boolean isPronoun(String lowerWord) {
        return PERSON.contains(lowerWord) || THING.contains(lowerWord);
    }
}
