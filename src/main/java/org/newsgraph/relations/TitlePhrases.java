package org.newsgraph.relations;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.lexicon.KbpGazetteers;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.model.EntityType;

/**
 * Job-title phrases as news writes them, whole: a head from the title lexicon (the KBP list plus
 * {@code title-words.txt}) with the words that modify it ("chief operating officer", "senior
 * Russia researcher", "Shadow Home Secretary", "Secretary of State for Health", "rapper and
 * songwriter"), without a leading "former". {@code title-lexicon.tsv} says what the lists cannot.
 */
final class TitlePhrases {
    private static final int MAX_HEAD_TOKENS = 4;
    private static final int MAX_MODIFIERS = 2;
    private static final int MAX_COMPLEMENT = 4;
    private static final int MAX_TITLE_TOKENS = 10;
    private final KbpGazetteers kbp;
    private final WordList projectTitles;
    private final Demonyms demonyms;
    private final Map<String, Set<String>> kinds = new HashMap<>();
    private final Set<String> projectFirstWords = new HashSet<>();

    TitlePhrases(KbpGazetteers kbp, WordList projectTitles, Demonyms demonyms) {
        this.kbp = kbp;
        this.projectTitles = projectTitles;
        this.demonyms = demonyms;
        for (String t : projectTitles.entries()) {
            projectFirstWords.add(t.toLowerCase(Locale.ROOT).split("\\s+")[0]);
        }
        for (String[] row : ModelFiles.rows("title-lexicon.tsv", 2)) {
            kinds.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1].toLowerCase(Locale.ROOT));
        }
    }

    private boolean is(String kind, String word) {
        return kinds.getOrDefault(kind, Set.of()).contains(word.toLowerCase(Locale.ROOT));
    }

    /** Closed-class words the tagger takes for nouns. */
    private static final Set<String> INDEFINITE_PRONOUNS = Set.of("something", "anything", "nothing", "everything", "someone", "anyone",
            "everyone", "somebody", "anybody", "everybody", "nobody");

    /** A title of the lexicons, any case; hyphens optional ("co-ordinator" is "coordinator"). */
    boolean isHead(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        if (is("drop", p)) {
            return false;
        }
        return projectTitles.contains(p) || kbp != null && (kbp.isTitle(p) || p.contains("-") && (kbp.isTitle(p.replace("-", ""))
                || kbp.isTitle(p.replace('-', ' '))));
    }

    private boolean mayStartTitle(String w) {
        if (projectFirstWords.contains(w) || kbp != null && kbp.startsTitle(w)) {
            return true;
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && mayStartTitle(singularWord(w))) {
            return true; // "photographers": the lists hold titles in the singular
        }
        int hyphen = w.indexOf('-');
        return hyphen > 0 && (mayStartTitle(w.replace("-", "")) || mayStartTitle(w.substring(0, hyphen)));
    }

    /** Tokens in the longest title head starting at k, or 0. */
    int headLength(SentenceView s, int k) {
        return k < 0 || k >= s.size() ? 0 : s.headLength(k, i -> computeHeadLength(s, i));
    }

    private int computeHeadLength(SentenceView s, int k) {
        if (!mayStartTitle(s.lower.get(k))) {
            return 0;
        }
        StringBuilder phrase = new StringBuilder();
        int best = 0;
        for (int n = 1; n <= MAX_HEAD_TOKENS && k + n <= s.size(); n++) {
            int t = k + n - 1;
            if (s.mention(t) != null || !hasLetter(s.word(t))) {
                break;
            }
            if (n > 1) {
                phrase.append(' ');
            }
            phrase.append(s.word(t));
            if (isHead(phrase.toString()) || isPlural(s, t) && isHead(singularOf(phrase.toString()))) {
                best = n; // "presidential candidates", "photographers": a plural head ends the phrase
                if (!isHead(phrase.toString())) {
                    break;
                }
            }
        }
        return best;
    }

    /**
     * Where the title's text starts: a capitalised title ("Sen.", "President", "Secretary of State")
     * is the title, the lower-case words before it describe ("rival Sen. Ted Cruz", "in the remark
     * President Obama made"), except a 'keep' word of title-lexicon.tsv ("state Sen.").
     */
    int valueStart(SentenceView s, int from, int end) {
        int k = end - 1;
        while (k >= from && (Character.isUpperCase(s.word(k).charAt(0)) || k < end - 1 && s.is(k, "of", "for", "and", "from"))) {
            k--;
        }
        if (k < from || k == end - 1 || is("keep", s.word(k)) || !Character.isUpperCase(s.word(k + 1).charAt(0))) {
            return from;
        }
        return k + 1;
    }

    /** "former chairman" is a "chairman": the word is left out of the title. */
    boolean isLeftOut(String word) {
        return is("skip", word);
    }

    boolean isHonorific(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && is("honorific", word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
    }

    /** "R" or "D" when the word or name stands for the Republican or Democratic party ("GOP", "Democrats"), else null. */
    String partySide(String phrase) {
        return is("republican", phrase) ? "R" : is("democratic", phrase) ? "D" : null;
    }

    /** "candidates", "Sens.": the plural of a title word ("Sens." is "Sen." made plural, as news writes it). */
    boolean isPlural(SentenceView s, int i) {
        String w = s.word(i);
        boolean plural = s.tag(i).startsWith("NN") && s.tag(i).endsWith("S") && w.length() > 3 && w.endsWith("s") || w.endsWith("s.");
        return plural && isHead(singularWord(w)); // not "Supervisor of Elections": the head is singular there
    }

    /** The phrase with its last word made singular. */
    private static String singularOf(String phrase) {
        int space = phrase.lastIndexOf(' ');
        return phrase.substring(0, space + 1) + singularWord(phrase.substring(space + 1));
    }

    private static String singularWord(String w) {
        return w.endsWith("s.") ? w.substring(0, w.length() - 2) + "." : w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
                : w.endsWith("men") ? w.substring(0, w.length() - 3) + "man" : w.substring(0, w.length() - 1);
    }

    String singular(SentenceView s, int from, int end) {
        String one = singularWord(s.word(end - 1));
        return end - 1 > from ? s.text(from, end - 1) + " " + one : one;
    }

    /** A legislature ("House", "Senate", "London Assembly"; not "White House"): its people are members. */
    boolean isChamber(String name) {
        String[] words = name.split("\\s+");
        String last = words[words.length - 1];
        return is("chamber", name) || !last.equalsIgnoreCase("house") && is("chamber", last);
    }

    /** Holders of this title are members of their organisation ("striker", "MP"). */
    boolean isMemberRole(String title) {
        String[] words = title.split("\\s+");
        return is("member", words[words.length - 1]);
    }

    /** An organisation name that is a political party's ("Green Party", "Labour", "Lib Dems"). */
    boolean isParty(String name) {
        String[] words = name.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (is("party", words[i]) || i + 1 < words.length && is("party", words[i] + " " + words[i + 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * End (exclusive) of the title phrase starting exactly at token i, or -1: up to two
     * modifiers, then heads and the modifiers between them, then "for life", "of State for
     * Health" (after a capitalised head), "from Texas" (after a 'from' head) or "and songwriter".
     */
    int endAt(SentenceView s, int i) {
        return s.titleEnd(i, k -> computeEndAt(s, k));
    }

    private int computeEndAt(SentenceView s, int i) {
        if (i < 0 || i >= s.size() || s.mention(i) != null || !headWithin(s, i) || is("skip", s.word(i))) {
            return -1;
        }
        int k = i;
        int modifiers = 0;
        int lastHeadEnd = -1;
        while (k < s.size() && k - i < MAX_TITLE_TOKENS) {
            int h = headLength(s, k);
            if (h > 0) {
                lastHeadEnd = k + h;
                k += h;
                continue;
            }
            SentenceView.MentionRef m = s.mention(k);
            if (m != null && m.type() == EntityType.PLACE && k > i && (lastHeadEnd < 0 && modifiers < MAX_MODIFIERS
                    || headLength(s, m.end()) > 0)) { // "assistant US attorney general"
                k = m.end(); // "senior Russia researcher", "Tulsa police Chief" is read from "police"
                modifiers++;
                continue;
            }
            if (isModifier(s, k, i) && (lastHeadEnd >= 0 || modifiers < MAX_MODIFIERS)) {
                modifiers++;
                k++;
                continue;
            }
            break;
        }
        if (lastHeadEnd < 0 || is("drop", singularOf(s.text(i, lastHeadEnd))) || i > 0 && is("drop", singularOf(s.text(i - 1, lastHeadEnd)))) {
            return -1; // "role models X and Y": a head ("model") with the word before it is no title
        }
        return complement(s, lastHeadEnd);
    }

    /** A head starts within reach of i (a place of several tokens may sit between): else no title starts here. */
    private boolean headWithin(SentenceView s, int i) {
        for (int k = i; k < Math.min(s.size(), i + MAX_MODIFIERS + 4); k++) {
            if (headLength(s, k) > 0) {
                return true;
            }
        }
        return false;
    }

    private int complement(SentenceView s, int end) {
        if (s.is(end, "for") && s.is(end + 1, "life")) {
            return end + 2;
        }
        if (s.is(end, "and") && headLength(s, end + 1) > 0 && !isHeadThenModifier(s, end + 1)) {
            return complement(s, end + 1 + headLength(s, end + 1)); // "rapper and songwriter"
        }
        String head = s.word(end - 1);
        SentenceView.MentionRef place = s.is(end, "from") && is("from", head) ? s.mention(end + 1) : null;
        if (place != null && place.type() == EntityType.PLACE && place.first() == end + 1) {
            return place.end(); // "senator from Texas", "Republican National Committeeman from Virginia"
        }
        if (Character.isUpperCase(head.charAt(0)) && s.is(end, "of", "for")) {
            int k = end + 1;
            while (k < s.size() && k - end <= MAX_COMPLEMENT && s.mention(k) == null && isCapitalisedWord(s.word(k))) {
                k++;
            }
            if (k > end + 1) {
                return complement(s, k); // "Secretary of State for Health"
            }
        }
        return end;
    }

    /** "chairman and presidential candidate": the second title has its own modifiers, so it is not coordinated. */
    private boolean isHeadThenModifier(SentenceView s, int k) {
        int h = headLength(s, k);
        return k + h < s.size() && headLength(s, k + h) > 0;
    }

    /**
     * A word that modifies a title: a lower-case adjective or noun ("chief", "campaign"), a
     * capitalised one the lexicon lists ("Shadow"), or the sentence's first word; never a
     * demonym, which gives nationality instead.
     */
    private boolean isModifier(SentenceView s, int k, int titleStart) {
        String w = s.word(k);
        if (INDEFINITE_PRONOUNS.contains(w.toLowerCase(Locale.ROOT))) {
            return false; // "— something President Barack Obama indicated": tagged NN, never part of a title
        }
        if (s.mention(k) != null || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-') || !hasLetter(w)
                || demonyms.countryOf(w) != null || kbp != null && kbp.isNationality(w) || is("skip", w) && k > titleStart) {
            return false;
        }
        if (is("modifier", w)) {
            return true; // "associate director" even where the tagger read "associate" as a verb
        }
        String tag = s.tag(k);
        // Not VBN: "has revealed defender X" is no title "revealed defender".
        // Nor VBG: "Reporters covering singer X".
        boolean nounOrAdjective = tag.startsWith("JJ") || tag.equals("NN") || tag.equals("NNS");
        if (Character.isUpperCase(w.charAt(0))) {
            return k == 0 && nounOrAdjective;
        }
        return nounOrAdjective;
    }

    private static boolean isCapitalisedWord(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
    }

    private static boolean hasLetter(String w) {
        return w.chars().anyMatch(Character::isLetter);
    }
}
