package org.newsgraph.attribution;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.lexicon.WordKinds;
import org.newsgraph.model.Token;
import org.newsgraph.resolution.Pronouns;

/**
 * The words the attribution rules look at around a cue, a speaker and a reported clause. Open
 * lists (auxiliaries, words that are never names, clause openers and breakers, time and medium
 * words, "according to") are read from {@code models/clause-words.tsv} and
 * {@code models/time-words.tsv}; closed-class words and tag sets stay here.
 */
final class ClauseWords {
    static final int MIN_CLAUSE_TOKENS = 3;
    static final Set<String> PREPOSITIONS = Set.of("of", "to", "in", "about", "on", "for", "with",
            "at", "by", "from", "during", "after", "before", "into", "over", "through", "via", "under", "against", "while");
    private static final WordKinds WORDS = new WordKinds("clause-words.tsv", List.of("auxiliary", "not-name", "not-clause",
            "not-object", "clause-break", "adjunct", "not-participle", "source", "writer-verb"));
    static final Set<String> NOT_CLAUSES = WORDS.get("not-clause");
    private static final Set<String> NOT_OBJECTS = WORDS.get("not-object");
    static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "’s", "'s");
    static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP");
    static final Set<String> WH_WORDS = Set.of("how", "what", "whether", "why", "who", "when", "where", "which", "if");
    static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
    /** What opens the writer's non-restrictive relative clause after a comma. */
    static final Set<String> NON_RESTRICTIVE = Set.of("which", "who", "where");
    static final Set<String> CLAUSE_BREAKS = WORDS.get("clause-break");
    static final Set<String> ADJUNCT_OPENERS = WORDS.get("adjunct");
    static final Set<String> NOT_PARTICIPLES = WORDS.get("not-participle");
    static final Set<String> WRITER_VERBS = WORDS.get("writer-verb");
    /** Words between a speaker and the cue: "has said", "also told", "later added". */
    static final Set<String> AUXILIARIES = WORDS.get("auxiliary");
    /** Capitalised words that are not names when they start a clause. */
    static final Set<String> NOT_NAMES = union(WORDS.get("not-name"), TimeWords.WEEKDAYS);
    private static final List<String[]> SOURCE_PHRASES = WORDS.get("source").stream().sorted().map(p -> p.split(" ")).toList();
    /** Closed class: what opens a noun phrase ("a spokesman", "their lawyers", "two aides"). */
    static final Set<String> DETERMINERS = Set.of("a", "an", "one", "another", "the", "some", "two", "three", "my", "our", "your",
            "several", "many", "most", "few", "all", "both", "each", "other", "this", "that", "these", "those", "his", "her", "their", "its");
    static final int MIN_OBJECT_TOKENS = 1;
    static final int MAX_OBJECT_BEFORE_TO = 4;
    static final int MAX_NOUN_PHRASE = 8;
    static final int MAX_SOURCE_AFTER_COMMA = 12;
    static final Set<String> SUBORDINATORS = Set.of("as", "when", "while", "because", "after", "before", "until",
            "since", "although", "though", "if");
    static final Set<String> COORDINATORS = Set.of("and", "but", "yet", "or");
    static final int MAX_SPEAKER_TOKENS = 8;
    static final int MAX_NOUN_PHRASE_TOKENS = 4;
    static final int MAX_APPOSITION_TOKENS = 20;
    static final Set<String> HEAD_PREPOSITIONS = Set.of("for", "of", "by", "from", "at", "with", "on");
    static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "PRP$",
            "POS", "CD", "NN", "NNS", "NNP", "NNPS", "VBN");

    private ClauseWords() {
    }

    /**
     * "When Clinton noted that …, Trump boasted": the words before {@code comma} are one subordinate
     * clause, the circumstance of what the source says, not a claim of its own.
     */
    static boolean isSubordinateClause(List<Token> t, int comma) {
        return SUBORDINATORS.contains(lower(t, 0)) && indexOf(t, ",", 0, comma) < 0;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** "told reporters", "told the Associated Press", "told Newsweek": the addressee before the clause. */
    static int skipObject(List<Token> t, int i, int end) {
        int limit = Math.min(end, i + 5);
        for (int k = i; k < limit; k++) {
            String w = lower(t, k);
            if (w.equals("that") || w.equals(",")) {
                return TimeWords.skipTimeWords(t, k, end);
            }
            if (k > i && startsClause(t.get(k).word()) && Pronouns.PERSON.contains(w)) {
                return k;
            }
        }
        return i;
    }

    static boolean startsNewSubject(List<Token> t, int k) {
        String w = lower(t, k);
        return Pronouns.PERSON.contains(w) || w.equals("the") || Character.isUpperCase(t.get(k).word().charAt(0))
                && !ClauseWords.NOT_NAMES.contains(w);
    }

    static boolean isObjectPhrase(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (ClauseWords.isPunct(t.get(k).word()) || lower(t, k).equals("that")) {
                return false;
            }
        }
        return true;
    }

    /** A clause reported without "that": anything but a preposition, a particle or punctuation. */
    static boolean startsClause(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Character.isLetterOrDigit(word.charAt(0)) && !PREPOSITIONS.contains(w) && !NOT_CLAUSES.contains(w);
    }

    /** An object noun phrase: a word that is not a preposition, particle or clause opener. */
    static boolean startsObject(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Character.isLetterOrDigit(word.charAt(0)) && !PREPOSITIONS.contains(w) && !NOT_CLAUSES.contains(w)
                && !NOT_OBJECTS.contains(w);
    }

    /** What someone was told has a verb of its own: "told Bill O'Reilly of Fox News this week" reports nothing. */
    static boolean hasFiniteVerb(List<String> tags, int from, int to) {
        for (int k = from; k < to; k++) {
            if (startsPredicate(tags, k)) {
                return true;
            }
        }
        return false;
    }

    /** A finite verb or modal: "downplayed", "has been met", "would". */
    static boolean startsPredicate(List<String> tags, int k) {
        return FINITE_VERB_TAGS.contains(tags.get(k)) || tags.get(k).equals("MD");
    }

    /**
     * "agreed to release cash so Mr. Clarke could start", "… in order to": the purpose of what was
     * said, which starts at "so" + subject or "in order", or {@code end}.
     */
    static int purposeStart(List<Token> t, List<String> tags, int start, int end) {
        for (int k = start + 1; k + 1 < end; k++) {
            if (lower(t, k).equals("so") && startsNewSubject(t, k + 1) || lower(t, k).equals("in") && lower(t, k + 1).equals("order")) {
                return k;
            }
        }
        return end;
    }

    /** ", as well as a danger …" adds to the claim; ", as he said …" is the writer's. */
    static boolean isAsWellAs(List<Token> t, int k, int end) {
        return lower(t, k).equals("as") && k + 2 < end && lower(t, k + 1).equals("well") && lower(t, k + 2).equals("as");
    }

    /** A finite verb within a short subject's length of {@code k}, before any comma. */
    static boolean predicateBeforeComma(List<Token> t, List<String> tags, int k, int end) {
        for (int v = k; v < Math.min(end, k + 4) && !t.get(v).word().equals(","); v++) {
            if (startsPredicate(tags, v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "according to": the number of tokens of a phrase introducing a source that starts at
     * {@code k} and ends before {@code end}, or 0.
     */
    static int sourcePhraseAt(List<Token> t, int k, int end) {
        for (String[] phrase : SOURCE_PHRASES) {
            int n = 0;
            while (n < phrase.length && k + n < end && lower(t, k + n).equals(phrase[n])) {
                n++;
            }
            if (n == phrase.length) {
                return n;
            }
        }
        return 0;
    }

    static boolean isPunct(String w) {
        return !w.isEmpty() && w.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static boolean isPossessive(String w) {
        return w.equals("’s") || w.equals("'s");
    }

    static String lower(List<Token> t, int k) {
        return t.get(k).word().toLowerCase(Locale.ROOT);
    }

    static int indexOf(List<Token> t, String word, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.get(i).word().equals(word)) {
                return i;
            }
        }
        return -1;
    }
}
