package org.newsgraph.attribution;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.resolution.Pronouns;
import org.newsgraph.resolution.ReferenceWords;
import org.newsgraph.resolution.Speaker;

/**
 * The cue and role words of attribution, from {@code models/}: reporting verbs, attribution verbs,
 * nouns and adjectives, speaker, document and finding nouns, titles. It also hands resolution the
 * lists a description is resolved with ({@link ReferenceWords}).
 */
public final class AttributionLexicon implements ReferenceWords {
    private final Set<String> verbs = new HashSet<>();
    private final AttributionVerbs attributionVerbs = new AttributionVerbs();
    private final WordList titles;
    private final WordList speakerNouns;
    private final WordList documentNouns = new WordList("document-nouns.txt");
    private final WordList organizationHeads = new WordList("organization-heads.txt");
    private final WordList attributionNouns = new WordList("attribution-nouns.txt");
    private final WordList attributionAdjectives = new WordList("attribution-adjectives.txt");
    private final WordList stanceNouns = new WordList("stance-nouns.txt");
    private final WordList findingNouns = new WordList("finding-nouns.txt");

    public AttributionLexicon() {
        for (String v : new WordList("reporting-verbs.txt").entries()) {
            verbs.add(v.toLowerCase(Locale.ROOT));
        }
        titles = new WordList("title-words.txt");
        speakerNouns = new WordList("speaker-nouns.txt");
    }

    /** A noun that can head an unnamed speaker ("one academic", "a spokesman", "sources", "the statement"). */
    public boolean isSpeakerNoun(String word) {
        return speakerNouns.contains(word) || titles.contains(word) || documentNouns.contains(word);
    }

    /** "statement", "mandate", "ruling": what somebody issues, so "his statement" is his words. */
    @Override
    public boolean isDocumentNoun(String word) {
        return documentNouns.contains(word);
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

    /**
     * Whether a source found for reported speech can speak: an entity, a name, a pronoun, or a
     * phrase with a speaker noun ("a study by the institute", "sources").
     */
    boolean canSpeak(String text, Speaker sp) {
        if (sp == null) {
            return false;
        }
        if (sp.entityId() != null) {
            return true;
        }
        for (String w : sp.mention().of(text).split("\\s+")) {
            if (Character.isUpperCase(w.charAt(0)) || Pronouns.PERSON.contains(w.toLowerCase(Locale.ROOT)) || isSpeakerNoun(w)) {
                return true;
            }
        }
        return false;
    }

    /** "WALLACE", "O'REILLY": a name in capitals, as transcripts label their speakers. */
    public static boolean isTranscriptName(String w) {
        return w.length() > 2 && w.codePoints().allMatch(c -> Character.isUpperCase(c) || c == '-' || c == '.' || c == '\'' || c == '’');
    }

    /** "claim", "warning": a noun whose "that" clause is somebody's statement. */
    public boolean isAttributionNoun(String word) {
        return attributionNouns.contains(word);
    }

    /** "convinced", "frustrated": an adjective whose "that" clause or "about" phrase is somebody's belief or feeling. */
    public boolean isAttributionAdjective(String word) {
        return attributionAdjectives.contains(word);
    }

    /** "poll", "survey": a document whose findings "In this poll, …" reports. */
    public boolean isFindingNoun(String word) {
        return findingNouns.contains(word);
    }

    /** "supporter", "opponent": a noun that says what somebody is for or against. */
    public boolean isStanceNoun(String word) {
        return stanceNouns.contains(word);
    }

    /** "union", "committee": a word that heads organisation names, so "the union" refers back to one. */
    @Override
    public boolean isOrganizationHead(String word) {
        return organizationHeads.contains(word);
    }

    /**
     * The word's class in these lists, for a learned tagger's features ("cue", "verb", "noun",
     * "adjective", "stance", "finding", "speaker" or "" for none); {@code lower} is lower case.
     */
    public String wordClass(String lower) {
        if (verbs.contains(lower)) {
            return "cue";
        }
        if (attributionVerbs.isForm(lower)) {
            return "verb";
        }
        return attributionNouns.contains(lower) ? "noun" : attributionAdjectives.contains(lower) ? "adjective"
                : stanceNouns.contains(lower) ? "stance" : findingNouns.contains(lower) ? "finding" : isSpeakerNoun(lower) ? "speaker" : "";
    }

    @Override
    public boolean isTitle(String word) {
        return titles.contains(word);
    }

    @Override
    public List<String> titles() {
        return titles.entries();
    }
}
