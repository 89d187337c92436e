package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.resolution.Pronouns;
import org.newsgraph.resolution.ReferenceWords;
import org.newsgraph.resolution.Speaker;

/** Reporting verbs and role words from {@code models/}, as the quote stage consults them. */
public final class QuoteLexicon implements ReferenceWords {
    static final Set<String> DETERMINERS = Set.of("a", "an", "one", "another", "the", "some", "two", "three", "my", "our", "your",
            "several", "many", "most", "few", "all", "both", "each", "other", "this", "that", "these", "those", "his", "her", "their", "its");
    /** Words between a speaker and the cue: "has said", "also told", "later added". */
    static final Set<String> AUXILIARIES = ClauseWords.AUXILIARIES;
    /** Capitalised words that are not names when they start a clause. */
    static final Set<String> FUNCTION_WORDS = ClauseWords.NOT_NAMES;
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
    private final Pattern nameIntro;
    private final Pattern someonesWordsIntro;

    public QuoteLexicon() {
        for (String v : new WordList("reporting-verbs.txt").entries()) {
            verbs.add(v.toLowerCase(Locale.ROOT));
        }
        titles = new WordList("title-words.txt");
        speakerNouns = new WordList("speaker-nouns.txt");
        List<String> names = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String line : ModelFiles.lines("naming-cues.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 2 || !f[1].strip().equals("name") && !f[1].strip().equals("words")) {
                throw new IllegalArgumentException("naming-cues.tsv: expected 'phrase<TAB>name|words' but got: " + line);
            }
            (f[1].strip().equals("name") ? names : words).add(Pattern.quote(f[0].strip()).replace(" ", "\\E\\s+\\Q"));
        }
        nameIntro = Pattern.compile("(?i)(?:" + String.join("|", names) + ")\\s*(?:the\\s+|an?\\s+)?$");
        someonesWordsIntro = Pattern.compile("(?:\\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|[Ww]ho)|\\p{Lu}[\\p{L}’'.-]*)\\s+"
                + "(?:has |had |have |also |once )?(?i:" + String.join("|", words) + ")"
                + "(?:\\s+(?:it|him|her|them|this|that|[\\p{L}’'-]+’s|[\\p{L}’'-]+'s)(?:\\s+\\p{L}+)?)?\\s*(?:the\\s+|an?\\s+)?$");
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
     * Whether the text right before a quotation mark says a name or title follows ("known as
     * the", "a film called"), and not somebody's words ("what he called a").
     */
    public boolean introducesName(String before) {
        return nameIntro.matcher(before).find() && !someonesWordsIntro.matcher(before).find();
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
    static boolean isTranscriptName(String w) {
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
