package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;

/**
 * "Conservatives can no longer count on Culberson.": a word capitalised only because it opens a
 * sentence (or a headline) is a common word when the article writes it in lower case elsewhere
 * ("conservative values") and never capitalised inside a sentence. US copy says "conservative"
 * of people; the gazetteer and the tagger read the capitalised form as the British party, which
 * British copy names in mid-sentence too ("the Conservatives said"), so there it stays.
 */
final class SentenceCaseWords {
    private SentenceCaseWords() {
    }

    /** Returns {@code mentions} without the one-word mentions that are common words capitalised by position. */
    static List<NamedEntity> apply(Tokens tokens, List<NamedEntity> mentions) {
        Set<Integer> openers = new HashSet<>();
        for (Sentence s : tokens.sentences()) {
            int i = s.firstToken();
            while (i < s.endToken() && !Character.isLetter(tokens.tokens().get(i).word().charAt(0))) {
                i++; // an opening quote or bracket: the first word comes after it
            }
            openers.add(i);
        }
        Set<String> lower = new HashSet<>();
        Set<String> capitalisedInside = new HashSet<>();
        List<Token> ts = tokens.tokens();
        for (int i = 0; i < ts.size(); i++) {
            String w = ts.get(i).word();
            if (Character.isLowerCase(w.charAt(0))) {
                lower.add(w);
            } else if (!openers.contains(i)) {
                capitalisedInside.add(w);
            }
        }
        List<NamedEntity> out = new ArrayList<>(mentions.size());
        for (NamedEntity m : mentions) {
            int first = tokens.tokenAtOrAfter(m.span().begin());
            boolean oneWord = first < ts.size() && ts.get(first).span().equals(m.span());
            if (!(oneWord && openers.contains(first) && isCommonWord(m.text(), lower, capitalisedInside))) {
                out.add(m);
            }
        }
        return out;
    }

    /** "Conservatives" against "conservative" and "conservatives": the word or its singular or plural. */
    private static boolean isCommonWord(String word, Set<String> lower, Set<String> capitalisedInside) {
        List<String> forms = word.endsWith("s") ? List.of(word, word.substring(0, word.length() - 1)) : List.of(word, word + "s");
        for (String form : forms) {
            if (capitalisedInside.contains(form)) {
                return false;
            }
        }
        return forms.stream().anyMatch(f -> lower.contains(f.toLowerCase(Locale.ROOT)))
                && word.chars().skip(1).allMatch(Character::isLowerCase);
    }
}
