package org.newsgraph.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.lexicon.WordList;

/** Reporting verbs and role words from {@code models/}, as the quote stage consults them. */
public final class QuoteLexicon {
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "they", "we", "i");
    static final Set<String> THING_PRONOUNS = Set.of("it", "its");
    static final Set<String> DETERMINERS = Set.of("a", "an", "one", "another", "the", "some", "two", "three",
            "several", "many", "most", "other", "this", "that", "these", "those", "his", "her", "their", "its");
    private final Set<String> verbs = new HashSet<>();
    private final WordList titles;
    private final WordList speakerNouns;

    public QuoteLexicon() {
        for (String v : new WordList("reporting-verbs.txt").entries()) {
            verbs.add(v.toLowerCase(Locale.ROOT));
        }
        titles = new WordList("title-words.txt");
        speakerNouns = new WordList("speaker-nouns.txt");
    }

    /** A noun that can head an unnamed speaker ("one academic", "a spokesman", "sources"). */
    public boolean isSpeakerNoun(String word) {
        return speakerNouns.contains(word) || titles.contains(word);
    }

    public boolean isCue(String word) {
        return verbs.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "puts it": two-word cues, tested on a word and the next. */
    public boolean isCue(String word, String next) {
        return next != null && verbs.contains((word + " " + next).toLowerCase(Locale.ROOT));
    }

    public boolean isTitle(String word) {
        return titles.contains(word);
    }

    public List<String> titles() {
        return titles.entries();
    }
}
