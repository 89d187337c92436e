package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;

/**
 * "Public Enemy's Fight The Power", "Maroon 5's album Songs About Jane": the tail of the title of a
 * work, which the tagger reads as a name once it has left the title's first words out. Running
 * prose capitalises "The" or "About" inside a sentence only in a title; a name the tagger cut off
 * right after such a word, after a capitalised word that is no name itself, and named nowhere
 * else in the article (alone or in a longer name), is dropped. Not in a sentence written in
 * Title Case or capitals (a headline: "Democrats Win In Iowa"), where every word is capitalised.
 */
final class WorkTitleFragments {
    /** Closed-class words that Title Case capitalises and prose does not. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "about", "for", "with", "of", "in", "on", "to",
            "from", "and", "at", "by", "without", "into", "over", "against", "my", "your", "our", "their", "his", "her", "its");
    /** A sentence with fewer lower-case words than this is a headline or a label, not prose. */
    private static final int MIN_PROSE_WORDS = 3;

    private WorkTitleFragments() {
    }

    /** {@code mentions} sorted by span; returns them without the title fragments. */
    static List<NamedEntity> apply(Tokens tokens, List<NamedEntity> mentions) {
        List<NamedEntity> out = new ArrayList<>(mentions.size());
        for (NamedEntity m : mentions) {
            if (!isTitleFragment(tokens, m) || mentions.stream().anyMatch(o -> o != m && (" " + o.text() + " ").contains(" " + m.text() + " "))
                    || mentions.stream().anyMatch(o -> o.span().overlaps(wordBefore(tokens, m)))) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean isTitleFragment(Tokens tokens, NamedEntity m) {
        int first = tokens.tokenAtOrAfter(m.span().begin());
        Sentence s = tokens.sentenceAt(m.span().begin());
        if (s == null || first - 2 <= s.firstToken() || first >= tokens.tokens().size()) {
            return false; // "The Power" or "As The Atlantic noted" opening a sentence: the sentence's capital
        }
        if (m.type() == EntityType.PERSON && m.text().contains(" ")) {
            return false; // "This Week With George Stephanopoulos": a show named for its host names him
        }
        String function = tokens.tokens().get(first - 1).word();
        String before = tokens.tokens().get(first - 2).word();
        return FUNCTION_WORDS.contains(function.toLowerCase(Locale.ROOT)) && isTitleCased(function) && isTitleCased(before)
                && !FUNCTION_WORDS.contains(before.toLowerCase(Locale.ROOT)) // "... History In The Middle East": a headline's run
                && isProse(tokens.of(s));
    }

    /** "Ms. Yellen The Federal Reserve chairwoman" (a heading run into the text): a title's first words are no name. */
    private static Span wordBefore(Tokens tokens, NamedEntity m) {
        return tokens.tokens().get(tokens.tokenAtOrAfter(m.span().begin()) - 2).span();
    }

    private static boolean isTitleCased(String word) {
        return Character.isUpperCase(word.charAt(0)) && word.substring(1).chars().noneMatch(Character::isUpperCase);
    }

    /** Prose has lower-case words; a headline or a label next to none. */
    static boolean isProse(List<Token> sentence) {
        return sentence.stream().map(Token::word).filter(w -> Character.isLowerCase(w.charAt(0))).count() >= MIN_PROSE_WORDS;
    }
}
