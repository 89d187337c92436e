package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.lexicon.KbpGazetteers;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;

/**
 * "… Dustin Hoffman and Barbra Streisand", "wants to sign Ashley Cole from Arsenal": full names the
 * statistical tagger leaves out altogether, beside others it finds. Two or three capitalised proper
 * nouns standing alone inside a prose sentence, the first a given name of CoreNLP's list, are a
 * person, unless a later word is a noun of things ({@link KbpGazetteers#isNounOfThings}: "Rose Bowl", "Star Wars") or a
 * word is one the article also writes in lower case (a common word), a place,
 * nationality, title, religion or ideology of the KBP lists ("Georgia Tech", "Muslim Americans for
 * Trump"), or a date ("Grace Friday", "Boxing Day").
 */
final class UntaggedFullNames {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final int MAX_WORDS = 3;
    private final KbpGazetteers kbp;

    UntaggedFullNames(KbpGazetteers kbp) {
        this.kbp = kbp;
    }

    /** {@code tags}: the part-of-speech tags of the tokens, or null (then nothing is added). */
    List<NamedEntity> add(String text, Tokens tokens, List<String> tags, List<NamedEntity> mentions) {
        if (tags == null || kbp == null) {
            return mentions;
        }
        List<NamedEntity> out = new ArrayList<>(mentions);
        List<Token> ts = tokens.tokens();
        Set<String> lowerCased = new HashSet<>();
        ts.stream().map(Token::word).filter(w -> Character.isLowerCase(w.charAt(0))).forEach(lowerCased::add);
        for (Sentence s : tokens.sentences()) {
            if (!WorkTitleFragments.isProse(tokens.of(s))) {
                continue; // "ISIS Truther Donald Trump Is …": a Title Case headline capitalises every word
            }
            int i = s.firstToken() + 1; // a sentence's first word is capitalised whatever it is
            while (i < s.endToken()) {
                int j = i;
                while (j < s.endToken() && isNameWord(ts.get(j).word(), tags.get(j))) {
                    j++;
                }
                if (j == i) {
                    i++;
                    continue;
                }
                Span run = new Span(ts.get(i).span().begin(), ts.get(j - 1).span().end());
                if (j - i >= 2 && j - i <= MAX_WORDS && opensName(ts.get(i - 1).word()) && isPersonName(ts.subList(i, j), lowerCased)
                        && mentions.stream().noneMatch(m -> m.span().overlaps(run))) {
                    out.add(new NamedEntity(run, EntityType.PERSON, run.of(text)));
                }
                i = j;
            }
        }
        out.sort(Comparator.comparing(NamedEntity::span));
        return out;
    }

    /** {@code lowerCased}: the words the article writes in lower case ("day" of "Boxing Day", "show" of "The Dawn and Drew Show"). */
    private boolean isPersonName(List<Token> words, Set<String> lowerCased) {
        if (!kbp.isFirstName(words.get(0).word())) {
            return false;
        }
        for (Token t : words.subList(1, words.size())) {
            if (kbp.isNounOfThings(t.word())) {
                return false; // "Rose Bowl", "Star Wars", "The Sean Hannity Show"
            }
        }
        for (Token t : words) {
            String w = t.word();
            String lower = w.toLowerCase(Locale.ROOT);
            if (CalendarWords.contains(w) || lower.equals("day") || lowerCased.contains(lower)
                    || kbp.isPlace(w) || kbp.isNationality(w) || kbp.isTitle(w) || kbp.isReligion(w) || kbp.isIdeology(w)) {
                return false;
            }
        }
        return true;
    }

    /** "Streisand", "O'Sullivan", "Lewis-Francis": a proper noun written as a name is (not "ISIS", an acronym). */
    private static boolean isNameWord(String word, String tag) {
        return tag.startsWith("NNP") && word.length() >= 2 && isCapitalised(word) && word.chars().anyMatch(Character::isLowerCase)
                && word.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’' || c == '-');
    }

    /** The word before a name: not capitalised (else the name goes on), nor glued to it ("Sant'Egidio Community"), nor an
     * article ("the Taj Mahal": a person's name takes none). */
    private static boolean opensName(String before) {
        return !isCapitalised(before) && !DETERMINERS.contains(before.toLowerCase(Locale.ROOT))
                && !before.equals("'") && !before.equals("’") && !before.equals("-");
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
