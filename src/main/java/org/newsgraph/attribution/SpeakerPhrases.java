package org.newsgraph.attribution;

import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.model.Document;
import org.newsgraph.resolution.Antecedents;

/**
 * The readers of speaker phrases for one document, built together because they share the
 * resolver and the word tests: the speaker before a cue, after a cue, the subject of a clause.
 */
record SpeakerPhrases(SentenceWords words, SpeakerBeforeCue before, SpeakerAfterCue after, ClauseSubjects subjects,
                      Antecedents antecedents) {
    static SpeakerPhrases of(Document doc, AttributionLexicon lexicon, Demonyms demonyms, Antecedents antecedents) {
        SentenceWords words = new SentenceWords(doc, lexicon, demonyms);
        SpeakerBeforeCue before = new SpeakerBeforeCue(doc, antecedents, lexicon, words);
        return new SpeakerPhrases(words, before, new SpeakerAfterCue(doc, antecedents, words),
                new ClauseSubjects(antecedents, lexicon, words, before), antecedents);
    }
}
