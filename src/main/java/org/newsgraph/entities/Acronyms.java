package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Acronyms of organisation names, and the words they skip. */
final class Acronyms {
    static final Set<String> SKIP = Set.of("of", "and", "the", "for", "on", "in", "de", "&", "at", "to");

    private Acronyms() {
    }

    /** "SCO" of "shanghai cooperation organisation"; "CICA" of "conference on interaction and confidence building measures in asia". */
    static boolean isAcronymOf(String acronym, String key) {
        int space = key.indexOf(' ');
        if (space >= 2 && space <= 3 && acronym.length() > space + 1 && acronym.startsWith(key.substring(0, space).toUpperCase(Locale.ROOT))
                && isAcronymOf(acronym.substring(space), key.substring(space + 1))) {
            return true; // "UKIP" of "uk independence party": a short first word, an acronym itself, is kept whole
        }
        List<Character> initials = new ArrayList<>();
        for (String w : key.split(" ")) {
            if (!w.isEmpty() && !SKIP.contains(w)) {
                initials.add(Character.toUpperCase(w.charAt(0)));
            }
        }
        if (initials.size() < 2 || acronym.length() < 2 || acronym.length() > initials.size()) {
            return false;
        }
        if (acronym.length() == initials.size()) {
            for (int i = 0; i < initials.size(); i++) {
                if (initials.get(i) != acronym.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
        // Longer names may drop words from the acronym, but keep the first and the last.
        if (acronym.length() < 3 || initials.get(0) != acronym.charAt(0)
                || initials.get(initials.size() - 1) != acronym.charAt(acronym.length() - 1)) {
            return false;
        }
        int j = 0;
        for (char ini : initials) {
            if (j < acronym.length() && ini == acronym.charAt(j)) {
                j++;
            }
        }
        return j == acronym.length();
    }
}
