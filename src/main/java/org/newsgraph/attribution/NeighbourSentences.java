package org.newsgraph.attribution;

import static org.newsgraph.attribution.ClauseWords.*;

import java.util.List;
import org.newsgraph.model.Document;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;
import org.newsgraph.resolution.Speaker;

/**
 * A quote's speaker named in a sentence next to it: "“…?” Graham asked." (the next, short
 * sentence), "…, Schiff said. “…”" (the sentence before), "He said: ¶ “…”" (a paragraph ending in
 * a colon), "“…” ― Pamela Padilla" (a dash and a name).
 */
final class NeighbourSentences {
    private static final int MAX_CUE_COMPLEMENT = 8;
    private static final int MAX_SIGNATURE_TOKENS = 10;
    private final String text;
    private final Tokens tokens;
    private final AttributionLexicon lexicon;
    private final SpeakerPhrases phrases;

    NeighbourSentences(Document doc, AttributionLexicon lexicon, SpeakerPhrases phrases) {
        this.text = doc.text();
        this.tokens = doc.tokens();
        this.lexicon = lexicon;
        this.phrases = phrases;
    }

    /** “…?” Graham asked. — the quote ends its sentence and the next, short one names the speaker. */
    Speaker fromNextSentence(Span marks, Quote previous) {
        int si = tokens.sentenceIndexAt(marks.end() - 1);
        if (si < 0 || si + 1 >= tokens.sentences().size()) {
            return null;
        }
        Sentence here = tokens.sentences().get(si);
        Sentence next = tokens.sentences().get(si + 1);
        if (here.span().end() > marks.end() + 1) {
            return null; // the quote does not end its sentence
        }
        List<Token> t = tokens.of(next);
        if (text.substring(here.span().end(), next.span().begin()).contains("\n")) {
            // "“…” ¶ - Bernie Sanders.": a paragraph of a dash and a name signs the quote; any other paragraph is not its cue
            return t.size() <= MAX_SIGNATURE_TOKENS ? fromDash(t, previous) : null;
        }
        Speaker dashed = fromDash(t, previous);
        if (dashed != null) {
            return dashed;
        }
        int cue = phrases.words().cueIndex(t, 0);
        if (cue < 0 || cue > ClauseWords.MAX_NOUN_PHRASE_TOKENS + 1 || t.size() > cue + 6 && !t.get(cue + 1).word().equals(",")) {
            return null;
        }
        return cue == 0 ? phrases.after().candidateAfter(t, phrases.words().cueLength(t, 0), phrases.words().cueSpan(t, 0), previous) : phrases.before().adjacentBefore(t, 0, cue, previous);
    }

    /**
     * "…, Schiff said. “The other factor …”", "Burman said of the plan. “It doesn't …”": a quote
     * opening a sentence after one that ends with its speaker and cue, in the same paragraph.
     */
    Speaker fromSentenceBefore(Span marks, Quote previous) {
        int si = tokens.sentenceIndexAt(marks.begin());
        if (si <= 0 || tokens.sentences().get(si).span().begin() != marks.begin()) {
            return null;
        }
        Sentence prev = tokens.sentences().get(si - 1);
        if (text.substring(prev.span().end(), marks.begin()).contains("\n")) {
            return null;
        }
        List<Token> t = tokens.of(prev);
        for (int k = t.size() - 2; k >= Math.max(0, t.size() - 2 - MAX_CUE_COMPLEMENT); k--) {
            if (lexicon.isCue(t.get(k).word()) && endsWithPhraseAbout(t, k + 1)) {
                Speaker s = phrases.before().adjacentBefore(t, 0, k, previous);
                return s != null ? s : phrases.after().candidateAfter(t, k + 1, phrases.words().cueSpan(t, k), previous);
            }
        }
        return null;
    }

    /** What follows the cue up to the full stop: nothing, or "of the plan", "in an interview". */
    private static boolean endsWithPhraseAbout(List<Token> t, int from) {
        if (from >= t.size() - 1) {
            return t.get(t.size() - 1).word().equals(".");
        }
        String w = lower(t.get(from).word());
        return t.get(t.size() - 1).word().equals(".") && (w.equals("of") || w.equals("in") || w.equals("on") || w.equals("at")
                || w.equals("during") || w.equals("after") || w.equals("to") || Character.isUpperCase(t.get(from).word().charAt(0)));
    }

    /** He said: ¶ “We have a situation …” — a paragraph ending in a colon introduces the quote. */
    Speaker fromIntroducingColon(Span marks, Quote previous) {
        int si = tokens.sentenceIndexAt(marks.begin() + 1);
        if (si <= 0) {
            return null;
        }
        List<Token> prev = tokens.of(tokens.sentences().get(si - 1));
        if (!prev.get(prev.size() - 1).word().equals(":")) {
            return null;
        }
        for (int k = prev.size() - 2; k >= 0; k--) {
            if (lexicon.isCue(prev.get(k).word()) || lexicon.isThatCue(prev.get(k).word())) {
                Speaker s = phrases.before().adjacentBefore(prev, 0, k, previous);
                return s != null ? s : phrases.after().candidateAfter(prev, k + phrases.words().cueLength(prev, k), phrases.words().cueSpan(prev, k), previous);
            }
        }
        return null;
    }

    /** “…” ― Pamela Padilla: a dash and a name closing the paragraph. */
    Speaker fromDash(List<Token> t, Quote previous) {
        if (t.size() >= 2 && t.get(0).word().matches("[―—–-]+") && Character.isUpperCase(t.get(1).word().charAt(0))) {
            return phrases.after().candidateAfter(t, 1, null, previous);
        }
        return null;
    }
}
