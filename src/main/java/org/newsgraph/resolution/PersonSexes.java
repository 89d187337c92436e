package org.newsgraph.resolution;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.newsgraph.model.Entity;
import org.newsgraph.model.NamedEntity;

/**
 * Whether a person can be "he" or "she": the sex their given name says ("Phyllis Schlafly",
 * "Brigid Harrison"), read from a list of given names passed in (CoreNLP's, in the pipeline).
 * A person named by surname only, or by a given name the list lacks, agrees with either.
 */
final class PersonSexes {
    static final String FEMALE = "FEMALE";
    private final UnaryOperator<String> sexOfGivenName;
    private final Map<Entity, String> known = new IdentityHashMap<>();

    /** {@code sexOfGivenName}: "MALE", "FEMALE" or null for a full name, by its given name. */
    PersonSexes(UnaryOperator<String> sexOfGivenName) {
        this.sexOfGivenName = sexOfGivenName;
    }

    /**
     * FEMALE for "she", else null: "he" reads no sex, since the list calls many men's given names
     * female ("Rand Paul", "Lindsey Graham": "Paul also asked …. “…,” he argued." lost Paul).
     */
    static String ofPronoun(String word) {
        return word.equalsIgnoreCase("she") ? FEMALE : null;
    }

    /** The person's sex by the given name of their first full-name mention, or null when no list tells. */
    String of(Entity e) {
        String sex = known.computeIfAbsent(e, this::read);
        return sex.isEmpty() ? null : sex;
    }

    /** {@code e} is known to be of the other sex than {@code sex}; never when {@code sex} is null. */
    boolean conflicts(Entity e, String sex) {
        String s = sex == null ? null : of(e);
        return s != null && !s.equals(sex);
    }

    /**
     * "she" prefers a person known to be a woman over one of unknown sex; "he" prefers nobody, since
     * most people news names without a listed given name are men ("Jeb Bush went after Donald Trump,
     * when he called …": Bush, not the known man).
     */
    boolean preferred(Entity e, String sex) {
        return FEMALE.equals(sex) && sex.equals(of(e));
    }

    private String read(Entity e) {
        String sex = givenNameSex(e.name());
        for (int i = 0; sex == null && i < e.mentions().size(); i++) {
            NamedEntity m = e.mentions().get(i);
            sex = givenNameSex(m.text());
        }
        return sex == null ? "" : sex; // "": looked up, none known (computeIfAbsent keeps no null)
    }

    /** A one-word name is a surname as often as a given name: it tells no sex. */
    private String givenNameSex(String name) {
        return name.indexOf(' ') <= 0 ? null : sexOfGivenName.apply(name);
    }
}
