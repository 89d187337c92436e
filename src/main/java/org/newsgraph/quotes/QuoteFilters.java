package org.newsgraph.quotes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.model.Document;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Tokens;
import org.newsgraph.resolution.Pronouns;
import org.newsgraph.tokens.QuotationMarks;

/**
 * Which quoted stretches are nobody's words: names and titles in quotation marks ("known as the
 * “Summit of …”", a Title Case phrase, a film the article keeps naming, a markup attribute, a
 * pronoun talked about), a label ("“Related:”") and a transcript's stage directions. Scare quotes are dropped later, by
 * the stage, once it knows no speaker was found.
 */
final class QuoteFilters {
    /** A partial quote this short with no source is a scare quote. */
    static final int MAX_SCARE_WORDS = 3;
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "in", "on", "for", "a", "an", "to", "at", "by", "with");
    private static final Pattern STAGE_DIRECTION = Pattern.compile("\\([A-Z][A-Z .,'-]*\\)\\.?");
    private final NamingCues namingCues = new NamingCues();

    /** How often each stretch's words are quoted in the body, lower case: a title is quoted again and again. */
    static Map<String, Long> bodyQuotes(Document doc, List<QuoteMarks.Stretch> stretches) {
        String text = doc.text();
        return stretches.stream().filter(st -> !inHeadline(doc, st))
                .collect(Collectors.groupingBy(st -> String.join(" ", words(text, st)).toLowerCase(Locale.ROOT), Collectors.counting()));
    }

    /** Whether the stretch is a name, a title or a stage direction rather than somebody's words. */
    boolean isNobodysWords(Document doc, QuoteMarks.Stretch stretch, Map<String, Long> bodyQuotes) {
        String text = doc.text();
        boolean headlineQuote = inHeadline(doc, stretch) && (isSingleQuoted(text, stretch) || inTitleCaseHeadline(doc, stretch));
        return isNameOrTitle(doc, stretch, bodyQuotes, headlineQuote) || isStageDirection(text, stretch.content())
                || isLabel(text, stretch);
    }

    /**
     * “Related:” as a paragraph of its own: a few quoted words ending in a colon, nothing after
     * them, label a link or a list that follows rather than quote anybody.
     */
    private static boolean isLabel(String text, QuoteMarks.Stretch stretch) {
        String quoted = stretch.content().of(text).strip();
        int end = stretch.marks().end();
        while (end < text.length() && text.charAt(end) == ' ') {
            end++;
        }
        boolean endsParagraph = end == text.length() || text.charAt(end) == '\n';
        return quoted.endsWith(":") && words(quoted).length <= MAX_SCARE_WORDS && endsParagraph;
    }

    /** The words between the marks, without punctuation other than apostrophes and hyphens. */
    static String[] words(String text, QuoteMarks.Stretch stretch) {
        return words(stretch.content().of(text));
    }

    private static String[] words(String phrase) {
        return phrase.replaceAll("[\\p{P}&&[^'’-]]", " ").strip().split("\\s+");
    }

    /** No words of the writer's before the opening mark in its sentence. */
    private static boolean opensSentence(Tokens tokens, QuoteMarks.Stretch stretch) {
        Sentence s = tokens.sentenceAt(stretch.marks().begin());
        return s != null && tokens.of(s).get(0).span().end() > stretch.marks().begin();
    }

    /** "(CROSSTALK.)", "(APPLAUSE)": a transcript's note of what happened, not anybody's words. */
    private static boolean isStageDirection(String text, Span content) {
        return STAGE_DIRECTION.matcher(content.of(text)).matches();
    }

    /**
     * "Known as the “Summit of …”", a quoted Title Case phrase or a markup attribute: a name, not
     * somebody's words. {@code headlineQuote}: a headline's single-quoted words, or any in a Title
     * Case headline, whose capitals say nothing about names.
     */
    private boolean isNameOrTitle(Document doc, QuoteMarks.Stretch stretch, Map<String, Long> bodyQuotes, boolean headlineQuote) {
        String text = doc.text();
        if (stretch.marks().begin() > 0 && text.charAt(stretch.marks().begin() - 1) == '=') {
            return true; // author="…": an attribute value of markup left in the text
        }
        int from = Math.max(0, stretch.marks().begin() - 40);
        String before = text.substring(from, stretch.marks().begin());
        if (namingCues.introducesName(before)) {
            return true;
        }
        String[] words = words(text, stretch);
        if (words.length == 1 && Pronouns.PERSON.contains(words[0].toLowerCase(Locale.ROOT))) {
            return true; // a word talked about, not said: why vote for him, unless "she" is a "he"?
        }
        String quoted = stretch.content().of(text).strip();
        boolean exclaimed = quoted.endsWith("!") || quoted.endsWith("?");
        if (words.length <= MAX_SCARE_WORDS && !headlineQuote && !exclaimed && capitalised(words)
                && bodyQuotes.getOrDefault(String.join(" ", words).toLowerCase(Locale.ROOT), 0L) >= 2) {
            return true; // a film or a programme the article keeps naming: "13th", "Politicking"
        }
        boolean ownSentence = !isSingleQuoted(text, stretch) && opensSentence(doc.tokens(), stretch);
        if (words.length > 8 || words.length == 1 || headlineQuote || ownSentence) {
            // one capitalised word ("Hopefully," "Bobby!"), a headline's quote, or a sentence of
            // its own (“The Donald. Big Daddy.”) says nothing about names
            return false;
        }
        return capitalised(words);
    }

    /** Every word capitalised (or a number), but for small words such as "of" and "the". */
    private static boolean capitalised(String[] words) {
        for (String w : words) {
            if (!w.isEmpty() && !SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(w.charAt(0))
                    && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    static boolean inHeadline(Document doc, QuoteMarks.Stretch stretch) {
        return doc.layout().headline() != null && doc.layout().headline().contains(stretch.marks());
    }

    /** Headlines quote in single marks ("Obama Sees 'Personal Insult' if …"), whatever the case of the words. */
    private static boolean isSingleQuoted(String text, QuoteMarks.Stretch stretch) {
        char mark = text.charAt(stretch.marks().begin());
        return mark == '‘' || mark == '\'' && QuotationMarks.doubleMarkLength(text, stretch.marks().begin()) == 0;
    }

    /** "Hillary Clinton Speaks ‘Directly To White People’ After …": a headline with every word capitalised. */
    private static boolean inTitleCaseHeadline(Document doc, QuoteMarks.Stretch stretch) {
        String[] words = words(doc.layout().headline().of(doc.text()));
        long capitalised = Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).count();
        return words.length >= 4 && capitalised >= words.length - 1;
    }
}
