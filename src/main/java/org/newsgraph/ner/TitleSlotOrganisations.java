package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.lexicon.KbpGazetteers;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;

/**
 * Organisations the tagger misses where news names a person's employer around a job title:
 * "Egypt FA spokesman Methat Shalaby", "Fair Trials Abroad director Stephen Jakobi" (proper nouns
 * right before a lower-case title that a person's name follows) and "Paul Trotter, news and
 * features editor of PC Pro," (proper nouns after "title of|at" in apposition to a person). Titles
 * are the KBP list's and {@code title-words.txt}. A run that is a place, a demonym, or the start
 * of a title itself ("Bass player X") is no organisation. Runs after the tagger, before typing.
 */
final class TitleSlotOrganisations {
    private static final int MAX_TITLE_WORDS = 5;
    private static final int MAX_NAME_TOKENS = 5;
    /** A capitalised word with one of these tags starts no name: "But", "His", "The". */
    private static final java.util.regex.Pattern FUNCTION_TAG = java.util.regex.Pattern.compile("CC|DT|IN|PRP\\$?|WDT|WP|WRB|TO|MD|EX|PDT");
    private final KbpGazetteers kbp;
    private final Demonyms demonyms;
    private final WordList titleWords;

    TitleSlotOrganisations(Demonyms demonyms, WordList titleWords) {
        this.kbp = demonyms.kbp();
        this.demonyms = demonyms;
        this.titleWords = titleWords;
    }

    List<NamedEntity> add(String text, Tokens tokens, List<String> tags, List<NamedEntity> mentions) {
        if (kbp == null || tags == null) {
            return mentions;
        }
        List<NamedEntity> found = new ArrayList<>();
        for (Sentence s : tokens.sentences()) {
            List<Token> t = tokens.of(s);
            List<String> tg = tags.subList(s.firstToken(), s.endToken());
            for (int i = 0; i < t.size(); i++) {
                NamedEntity before = nameBeforeTitle(text, t, tg, mentions, i);
                if (before != null) {
                    found.add(before);
                }
                NamedEntity after = nameAfterTitle(text, t, tg, mentions, i);
                if (after != null) {
                    found.add(after);
                }
            }
        }
        if (found.isEmpty()) {
            return mentions;
        }
        List<NamedEntity> out = new ArrayList<>(found);
        for (NamedEntity m : mentions) {
            if (found.stream().noneMatch(f -> f.span().overlaps(m.span()))) {
                out.add(m);
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** "Egypt FA spokesman Methat Shalaby": a proper-noun run starting at i, a lower-case title, a person. */
    private NamedEntity nameBeforeTitle(String text, List<Token> t, List<String> tg, List<NamedEntity> ms, int i) {
        if (i > 0 && isProperNoun(t, tg, i - 1)) {
            return null; // the run starts at its first proper noun
        }
        int end = runEnd(t, tg, i);
        if (end <= i || i == 0 && end == 1) {
            return null; // one word starting the sentence is capitalised anyway: "Beer magnate Vijay Mallya"
        }
        int titleEnd = titleEnd(t, end);
        if (titleEnd < 0 || !startsPerson(t, ms, titleEnd)) {
            return null;
        }
        String last = t.get(end - 1).word().toLowerCase(Locale.ROOT);
        if (isTitle(last + " " + phrase(t, end, titleEnd)) || isTitle(last)) {
            return null; // "Bass player Nicky Wire": the capitalised word belongs to the title
        }
        return organisation(text, t, tg, ms, i, end);
    }

    /** "Paul Trotter, news and features editor of PC Pro,": person, comma, title, of|at, proper nouns. */
    private NamedEntity nameAfterTitle(String text, List<Token> t, List<String> tg, List<NamedEntity> ms, int i) {
        if (!is(t, i, ",") || i == 0 || !endsPerson(t, ms, i)) {
            return null;
        }
        int k = i + 1;
        if (is(t, k, "the", "a", "an")) {
            k++;
        }
        int titleEnd = titleEnd(t, k);
        if (titleEnd < 0 || !is(t, titleEnd, "of", "at")) {
            return null;
        }
        int start = titleEnd + 1;
        if (is(t, start, "the")) {
            start++;
        }
        start = afterDescription(t, tg, start);
        int end = runEnd(t, tg, start);
        boolean closed = end >= t.size() || is(t, end, ",", ".", ";", ")");
        return end > start && closed ? organisation(text, t, tg, ms, start, end) : null;
    }

    /** "WLGA", "C2I": capitals and digits. */
    private static boolean isAcronym(String w) {
        return w.length() > 1 && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private NamedEntity organisation(String text, List<Token> t, List<String> tg, List<NamedEntity> ms, int first, int end) {
        Span span = new Span(t.get(first).span().begin(), t.get(end - 1).span().end());
        String name = span.of(text);
        boolean someTokenUntagged = false;
        long inside = ms.stream().filter(x -> span.contains(x.span())).count();
        for (int k = first; k < end; k++) {
            Span ts = t.get(k).span();
            NamedEntity m = ms.stream().filter(x -> x.span().overlaps(ts)).findFirst().orElse(null);
            if (m == null) {
                someTokenUntagged = true;
            } else if (m.type() == EntityType.PERSON || !span.contains(m.span())) {
                return null; // never cut a person or a name running past the run
            }
        }
        if (!someTokenUntagged && inside < 2 || kbp.isPlace(name) || demonyms.isCountry(name)) {
            return null;
        }
        if (end - first == 1 && !isAcronym(name) || tg.get(end - 1).equals("JJ")) {
            return null; // "21 Grams actress X", "Democratic nominee X": a word, not a name
        }
        return new NamedEntity(span, EntityType.ORGANIZATION, name);
    }

    /** "the industry's tracker Exhibitor Relations", "industry forecaster X": skips up to three lower-case nouns and a possessive. */
    private static int afterDescription(List<Token> t, List<String> tg, int start) {
        int k = start;
        while (k < t.size() && k - start < 4 && (tg.get(k).equals("NN") || tg.get(k).equals("NNS") || tg.get(k).equals("POS"))
                && (tg.get(k).equals("POS") || Character.isLowerCase(t.get(k).word().charAt(0)))) {
            k++;
        }
        return k > start && tg.get(k - 1).startsWith("NN") ? k : start;
    }

    /** End of the proper-noun run starting at i (i itself when none). */
    private int runEnd(List<Token> t, List<String> tg, int i) {
        int k = i;
        while (k < t.size() && k - i < MAX_NAME_TOKENS && isProperNoun(t, tg, k)) {
            k++;
        }
        return k;
    }

    /** A capitalised word; the sentence's first only when tagged a proper noun (the tagger reads "PC Pro" as NN NN). */
    private boolean isProperNoun(List<Token> t, List<String> tg, int k) {
        String w = t.get(k).word();
        return Character.isUpperCase(w.charAt(0)) && !w.toLowerCase(Locale.ROOT).endsWith("-based") && w.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '&' || c == '-' || c == '\'')
                && (k > 0 || tg.get(k).startsWith("NNP")) && !FUNCTION_TAG.matcher(tg.get(k)).matches() && !demonyms.isDemonym(w) && !kbp.isNationality(w);
    }

    /** End of a lower-case title phrase starting at k ("spokesman", "news and features editor"), or -1. */
    private int titleEnd(List<Token> t, int k) {
        int best = -1;
        for (int n = 1; n <= MAX_TITLE_WORDS && k + n <= t.size(); n++) {
            String w = t.get(k + n - 1).word();
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
                break;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            String two = n > 1 ? t.get(k + n - 2).word().toLowerCase(Locale.ROOT) + " " + lower : lower;
            if (isTitle(lower) || isTitle(two)) {
                best = k + n;
            }
        }
        return best;
    }

    private boolean isTitle(String phrase) {
        return kbp.isTitle(phrase) || titleWords.contains(phrase);
    }

    private static String phrase(List<Token> t, int first, int end) {
        StringBuilder b = new StringBuilder();
        for (int k = first; k < end; k++) {
            b.append(k > first ? " " : "").append(t.get(k).word().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    private static boolean startsPerson(List<Token> t, List<NamedEntity> ms, int k) {
        return k < t.size() && ms.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.span().begin() == t.get(k).span().begin());
    }

    private static boolean endsPerson(List<Token> t, List<NamedEntity> ms, int k) {
        return ms.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.span().end() == t.get(k - 1).span().end());
    }

    private static boolean is(List<Token> t, int k, String... words) {
        if (k < 0 || k >= t.size()) {
            return false;
        }
        for (String w : words) {
            if (t.get(k).word().equalsIgnoreCase(w)) {
                return true;
            }
        }
        return false;
    }
}
