package org.newsgraph.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Demonyms and country adjectives mapped to the country ("Russian" → Russia). The irregular
 * ones and the country names news uses come from {@code models/demonyms.tsv}; the regular ones
 * the KBP nationality list holds ("Namibian" → Namibia, "Kenyan" → Kenya) are derived from it
 * and its country list, so the project file only keeps what they lack. A country's own name used
 * as a modifier ("Kazakhstan president") maps to itself.
 */
public final class Demonyms {
    private final Map<String, String> countryOf = new HashMap<>();
    private final Set<String> countries = new HashSet<>();
    private final KbpGazetteers kbp;

    /** The project list alone (tests of other stages). */
    public Demonyms() {
        this(null);
    }

    public Demonyms(KbpGazetteers kbp) {
        this.kbp = kbp;
        for (String[] row : ModelFiles.rows("demonyms.tsv", 2)) {
            countryOf.put(row[0], row[1]);
            countries.add(row[1]);
        }
        for (String c : countries) {
            countryOf.putIfAbsent(c, c);
        }
        if (kbp != null) {
            deriveRegular(kbp);
        }
    }

    /**
     * "namibian" of "namibia", "chilean" of "chile", "iranian" of "iran": the country name less
     * its last letter starts the demonym, which adds at most four letters; the longest such
     * country wins ("nigerian" is Nigeria's, not Niger's).
     */
    private void deriveRegular(KbpGazetteers kbp) {
        for (String n : kbp.nationalities()) {
            if (n.contains(" ") || n.length() < 5) {
                continue;
            }
            String word = capitalise(n);
            if (countryOf.containsKey(word)) {
                continue;
            }
            String best = null;
            for (String c : kbp.countries()) {
                String stem = c.substring(0, c.length() - 1);
                if (c.length() >= 4 && !c.contains(" ") && n.startsWith(stem) && n.length() - stem.length() <= 4 && !n.equals(c)
                        && (best == null || c.length() > best.length())) {
                    best = c;
                }
            }
            if (best != null) {
                countryOf.put(word, capitalise(best));
            }
        }
    }

    private static String capitalise(String lower) {
        return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
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
        return countries.contains(name) || kbp != null && !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && kbp.isCountry(name);
    }

    /** The KBP lists, or null when built from the project list alone. */
    public KbpGazetteers kbp() {
        return kbp;
    }
}
