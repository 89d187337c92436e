package org.newsgraph.attribution;

import java.util.function.IntFunction;
import org.newsgraph.lexicon.WordList;

/**
 * Cues of reported speech whose subject is no source: "Putin seemed to …" (the writer's reading,
 * {@code models/sourceless-cues.txt}), "Clinton is expected to win" (a passive with no "by"),
 * "Asked about the wall, Trump said …" (the question is the reporter's, not Trump's). PolNeAR
 * annotates these without a source, and a reader would not take the subject for the speaker.
 */
final class SourcelessCues {
    private final WordList verbs = new WordList("sourceless-cues.txt");

    /**
     * Whether the cue word at {@code cue} names no source; {@code word} gives lower-cased words and
     * {@code tag} their tags by token index, {@code clauseStart} the first token of the cue's clause.
     */
    boolean at(IntFunction<String> word, IntFunction<String> tag, int clauseStart, int cue) {
        if (verbs.contains(word.apply(cue))) {
            return true;
        }
        if (!tag.apply(cue).equals("VBN") && !(cue == clauseStart && tag.apply(cue).equals("VBD"))) {
            return false;
        }
        int k = cue - 1;
        while (k >= clauseStart && tag.apply(k).startsWith("RB")) {
            k--; // "is widely expected", "was also asked"
        }
        if (k < clauseStart || ClauseWords.SUBORDINATORS.contains(word.apply(k)) && !ClauseWords.AUXILIARIES.contains(word.apply(k - 1))) {
            // "Asked about …, Trump said", "Le Pen told CNN when asked whether …"; not "have since denounced"
            return true;
        }
        return ClauseWords.BE.contains(word.apply(k)) && !word.apply(cue + 1).equals("by");
    }
}
