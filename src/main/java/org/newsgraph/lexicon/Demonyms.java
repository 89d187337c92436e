package org.newsgraph.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Demonyms and country adjectives mapped to the country ("Russian" → Russia), from
 * {@code models/demonyms.tsv}. A country's own name used as a modifier ("Kazakhstan
 * president") maps to itself.
 */
public final class Demonyms {
    private final Map<String, String> countryOf = new HashMap<>();
    private final Set<String> countries = new HashSet<>();

    public Demonyms() {
        for (String[] row : ModelFiles.rows("demonyms.tsv", 2)) {
            countryOf.put(row[0], row[1]);
            countries.add(row[1]);
        }
        for (String c : countries) {
            countryOf.putIfAbsent(c, c);
        }
    }

    /** The country a demonym or country name denotes, or null. Case-sensitive: "Chinese", not "chinese". */
    public String countryOf(String word) {
        return countryOf.get(word);
    }

    public boolean isDemonym(String word) {
        String c = countryOf.get(word);
        return c != null && !c.equals(word);
    }

    public boolean isCountry(String name) {
        return countries.contains(name);
    }
}
