package org.newsgraph.entities;

import org.newsgraph.lexicon.WordList;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;

/**
 * "the Post" of "The Washington Post", "the Journal" of "The Wall Street Journal": after "the",
 * news shortens an organisation named in full before to its last word. Taken only when exactly
 * one earlier organisation of two or more words ends with the word. Not an acronym ("the NFL",
 * "the GOP": found by their letters), nor a building's head word ({@code models/place-heads.txt}:
 * "the House" is not the White House).
 */
final class LastWordShortForm {
    private static final WordList BUILDINGS = new WordList("place-heads.txt");

    private LastWordShortForm() {
    }

    static Cluster find(ShortFormIndex index, String key, NamedEntity m, String text) {
        if (key.contains(" ") || m.type() != EntityType.ORGANIZATION || !afterThe(text, m.span().begin())
                || m.text().chars().noneMatch(Character::isLowerCase) || BUILDINGS.contains(m.text())) {
            return null;
        }
        Cluster found = null;
        for (Cluster c : index.withEdgeWord(key)) {
            boolean ends = c.mentions.stream().anyMatch(n -> n.type() == EntityType.ORGANIZATION
                    && n.span().end() <= m.span().begin() && Names.key(n.text()).endsWith(" " + key));
            if (ends) {
                if (found != null && found != c) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    private static boolean afterThe(String text, int begin) {
        if (text == null || begin < 4) {
            return false;
        }
        String before = text.substring(Math.max(0, begin - 5), begin);
        return before.matches("(?s).*(^|[^A-Za-z])[Tt]he\\s$");
    }
}
