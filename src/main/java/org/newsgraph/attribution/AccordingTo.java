package org.newsgraph.attribution;

import java.util.List;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Token;
import org.newsgraph.resolution.Speaker;

/**
 * "“…,” Grayson said, according to Frankel.", "According to GMA News, Salceda said the “…”": the
 * source a sentence names with a source phrase ("according to", clause-words.tsv) is the one the
 * quote is reported from, and PolNeAR marks it as the quote's source, above the cue of the words'
 * first speaker.
 */
final class AccordingTo {
    private static final int MAX_SOURCE_TOKENS = 20;
    private final SpeakerPhrases phrases;

    AccordingTo(SpeakerPhrases phrases) {
        this.phrases = phrases;
    }

    /** The source named in {@code after} or else {@code before} (the sentence's words outside quotation marks), or null. */
    Speaker of(List<Token> before, List<Token> after, Quote previous) {
        for (List<Token> t : List.of(after, before)) {
            for (int k = 0; k < t.size(); k++) {
                int source = ClauseWords.sourcePhraseAt(t, k, t.size());
                if (source > 0 && k + source < t.size()) {
                    Speaker s = phrases.after().candidateAfter(t, k + source, null, previous);
                    s = s != null ? s : phrases.before().phraseUpTo(t, k + source, t.size(), MAX_SOURCE_TOKENS);
                    if (s != null) {
                        return s;
                    }
                }
            }
        }
        return null;
    }
}
