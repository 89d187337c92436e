package org.newsgraph.attribution;

import static org.newsgraph.attribution.ClauseWords.*;

import java.util.List;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.model.Document;
import org.newsgraph.model.PartsOfSpeech;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;

/**
 * What one word of a sentence is to the speaker rules: a cue (one or two words: "said", "puts
 * it"), a noun by its tag ("his calls" is no cue), a capitalised name the tagger missed, the end
 * of a noun phrase that can speak.
 */
final class SentenceWords {
    private final Tokens tokens;
    private final PartsOfSpeech partsOfSpeech;
    private final AttributionLexicon lexicon;
    private final Demonyms demonyms;

    SentenceWords(Document doc, AttributionLexicon lexicon, Demonyms demonyms) {
        this.tokens = doc.tokens();
        this.partsOfSpeech = doc.partsOfSpeech();
        this.lexicon = lexicon;
        this.demonyms = demonyms;
    }

    boolean isCapitalisedName(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !ClauseWords.DETERMINERS.contains(lower(w))
                && !ClauseWords.NOT_NAMES.contains(lower(w)) && demonyms.countryOf(w) == null && !lexicon.isCue(w);
    }

    boolean phraseIsNominal(List<Token> phrase) {
        for (Token t : phrase) {
            String w = t.word();
            if (isPunct(w) || lexicon.isCue(w) || w.equals("that")) {
                return false;
            }
        }
        Token last = phrase.get(phrase.size() - 1);
        for (int k = 1; k < phrase.size(); k++) {
            if (HEAD_PREPOSITIONS.contains(lower(phrase.get(k).word())) || lower(phrase.get(k).word()).equals("in")) {
                // "one GOP source in the room", "a spokesman for the campaign": the noun the phrase hangs from
                return lexicon.isSpeakerNoun(phrase.get(k - 1).word()) || lexicon.isSpeakerNoun(last.word());
            }
        }
        return lexicon.isSpeakerNoun(last.word());
    }

    boolean isNounLike(String w) {
        return !w.isEmpty() && Character.isLetter(w.charAt(0)) && demonyms.countryOf(w) == null;
    }

    int cueIndex(List<Token> t, int from) {
        for (int k = from; k < t.size(); k++) {
            String w = t.get(k).word();
            if (w.equals(";")) {
                return -1; // the tokens are one sentence, so only a semicolon ends the clause early
            }
            if ((lexicon.isCue(w) || k + 1 < t.size() && lexicon.isCue(w, t.get(k + 1).word())) && !isNoun(t.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /** "Republican claims", "his calls": a cue word used as a noun. */
    boolean isNoun(Token tok) {
        return partsOfSpeech.isNoun(tokens.tokenAtOrAfter(tok.span().begin()));
    }

    boolean isCommonNoun(Token tok) {
        String tag = tagOf(tok);
        return tag.equals("NN") || tag.equals("NNS");
    }

    String tagOf(Token tok) {
        return partsOfSpeech.tag(tokens.tokenAtOrAfter(tok.span().begin()));
    }

    int cueLength(List<Token> t, int k) {
        return k + 1 < t.size() && lexicon.isCue(t.get(k).word(), t.get(k + 1).word()) ? 2 : 1;
    }

    Span cueSpan(List<Token> t, int k) {
        return new Span(t.get(k).span().begin(), t.get(k + cueLength(t, k) - 1).span().end());
    }
}
