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
    /** Words between a speaker and the cue: "has said", "also told", "later added". */
    static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "is", "are", "will", "would", "also",
            "later", "then", "again", "repeatedly", "previously", "once", "recently", "reportedly", "further", "simply", "just",
            "did", "does", "not", "never", "has also", "flatly", "bluntly", "now", "still", "often", "publicly", "privately");
    /** Capitalised words that are not names when they start a clause. */
    static final Set<String> FUNCTION_WORDS = Set.of("but", "and", "or", "so", "yet", "as", "if", "when", "while", "in", "on", "at",
            "after", "before", "because", "although", "though", "for", "with", "without", "to", "of", "it", "this", "that", "there",
            "here", "what", "who", "which", "where", "why", "how", "mr", "mrs", "ms", "dr", "still", "now", "then", "also", "asked",
            "speaking", "meanwhile", "however", "instead", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "i");
    private final Set<String> verbs = new HashSet<>();
    private final AttributionVerbs attributionVerbs = new AttributionVerbs();
    private final WordList titles;
    private final WordList speakerNouns;
    private final WordList organizationHeads = new WordList("organization-heads.txt");

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

    /** A verb that reports a "that" clause: "the poll shows that …". */
    public boolean isThatCue(String word) {
        return attributionVerbs.takesThat(word);
    }

    AttributionVerbs attributionVerbs() {
        return attributionVerbs;
    }

    public boolean isCue(String word) {
        return verbs.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "puts it": two-word cues, tested on a word and the next. */
    public boolean isCue(String word, String next) {
        return next != null && verbs.contains((word + " " + next).toLowerCase(Locale.ROOT));
    }

    /** "union", "committee": a word that heads organisation names, so "the union" refers back to one. */
    public boolean isOrganizationHead(String word) {
        return organizationHeads.contains(word);
    }

    public boolean isTitle(String word) {
        return titles.contains(word);
    }

    public List<String> titles() {
        return titles.entries();
    }
}
