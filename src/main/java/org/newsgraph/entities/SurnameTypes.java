package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.lexicon.KbpGazetteers;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;

/**
 * One word, one type within an article: the tagger types "Trump" a person ten times, an
 * organisation twice ("“Trump is the first candidate …”") and a place once (a Title Case
 * headline's "… In Trump"); the stray types then made a cluster of their own beside "Donald
 * Trump". A one-word name typed a person more often than anything else, counting a longer
 * person's name that ends in it as one more vote, is a person in every mention. Not a country or
 * a state ("Jordan" beside "Jim Jordan"). A given name before a word typed only a person is that
 * person's full name, whatever the tagger typed it.
 */
final class SurnameTypes {
    private final KbpGazetteers kbp;

    /** {@code kbp}: the countries and states, or null (nothing is retyped then). */
    SurnameTypes(KbpGazetteers kbp) {
        this.kbp = kbp;
    }

    List<NamedEntity> apply(List<NamedEntity> mentions) {
        if (kbp == null) {
            return mentions;
        }
        Map<String, int[]> votes = new HashMap<>();
        Set<String> surnames = new HashSet<>();
        for (NamedEntity m : mentions) {
            String key = Names.key(m.text());
            if (!key.contains(" ")) {
                votes.computeIfAbsent(key, k -> new int[2])[m.type() == EntityType.PERSON ? 0 : 1]++;
            } else if (m.type() == EntityType.PERSON) {
                surnames.add(key.substring(key.lastIndexOf(' ') + 1));
            }
        }
        List<NamedEntity> out = new ArrayList<>(mentions.size());
        for (NamedEntity m : mentions) {
            String key = Names.key(m.text());
            int[] v = votes.get(key);
            boolean person = v != null && v[1] > 0 && v[0] + (surnames.contains(key) ? 1 : 0) > v[1]
                    && !kbp.isCountry(Names.clean(m.text())) && !kbp.isStateOrProvince(Names.clean(m.text()));
            out.add((person || isGivenNameAndSurname(m.text(), key, votes)) && m.type() != EntityType.PERSON
                    ? new NamedEntity(m.span(), EntityType.PERSON, m.text()) : m);
        }
        return out;
    }

    /** "Milan Baros" typed an organisation (the city's club) where "Baros" alone is only ever a person: a given name and that
     * surname, two words as written ("Clinton-Kaine" is a ticket, "Johnson & Johnson" a company). */
    private boolean isGivenNameAndSurname(String text, String key, Map<String, int[]> votes) {
        String[] words = key.split(" ");
        int[] v = words.length == 2 && text.strip().split("\\s+").length == 2 ? votes.get(words[1]) : null;
        return v != null && v[0] > 0 && v[1] == 0 && kbp.isFirstName(words[0]);
    }
}
