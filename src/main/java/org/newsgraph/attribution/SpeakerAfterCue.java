package org.newsgraph.attribution;

import static org.newsgraph.attribution.ClauseWords.*;

import java.util.List;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Quote;
import org.newsgraph.resolution.Antecedents;
import org.newsgraph.resolution.MentionIndex;
import org.newsgraph.resolution.Pronouns;
import org.newsgraph.resolution.Speaker;

/**
 * The speaker starting right after a cue: "says Wang Lijiu", "said a spokesman", "noted NBC's
 * Dante Chinni", "said Obama adviser David Axelrod" (the person after the title words).
 */
final class SpeakerAfterCue {
    private final String text;
    private final Antecedents antecedents;
    private final MentionIndex mentions;
    private final SentenceWords words;

    SpeakerAfterCue(Document doc, Antecedents antecedents, SentenceWords words) {
        this.text = doc.text();
        this.antecedents = antecedents;
        this.mentions = antecedents.mentions();
        this.words = words;
    }

    /** The speaker starting right after a cue: "says Wang Lijiu", "said a spokesman". */
    Speaker candidateAfter(List<Token> t, int from, Span cue, Quote previous) {
        if (from >= t.size()) {
            return null;
        }
        Token tok = t.get(from);
        int m = mentions.mentionAt(tok);
        int afterMention = m < 0 ? from : tokenAfter(t, from, mentions.mention(m).span().end());
        if (afterMention < t.size() && isPossessive(t.get(afterMention).word())) {
            return candidateAfter(t, afterMention + 1, cue, previous); // "noted NBC’s Dante Chinni": the possessed speaks
        }
        if (m >= 0 && mentions.entityOf(m).type() != EntityType.PLACE) {
            int titled = personAfterTitle(t, afterMention, mentions.entityOf(m));
            return antecedents.named(titled >= 0 ? titled : m, cue);
        }
        String w = lower(tok.word());
        if (Pronouns.PERSON.contains(w) || Pronouns.THING.contains(w)) {
            return antecedents.pronoun(tok, cue, previous);
        }
        if (words.isCapitalisedName(tok.word())) {
            int e = from;
            while (e + 1 < t.size() && words.isCapitalisedName(t.get(e + 1).word())) {
                e++;
            }
            int titled = personAfterTitle(t, e + 1, null);
            if (titled >= 0) {
                return antecedents.named(titled, cue);
            }
            Span phrase = new Span(tok.span().begin(), t.get(e).span().end());
            return new Speaker(phrase, phrase.of(text), null, cue);
        }
        int end = from;
        while (end < t.size() && end - from < MAX_SPEAKER_TOKENS && !isPunct(t.get(end).word())) {
            end++;
        }
        if (end > from && words.phraseIsNominal(t.subList(from, end))) {
            return antecedents.description(new Span(tok.span().begin(), t.get(end - 1).span().end()), cue);
        }
        for (int k = from; k < end; k++) {
            int inner = mentions.mentionAt(t.get(k));
            if (inner >= 0 && mentions.entityOf(inner).type() != EntityType.PLACE) {
                return antecedents.named(inner, cue); // "said the Republican senator Bob Smith"
            }
        }
        return null;
    }

    /**
     * "said Richard and Judy executive producer Amanda Ross", "said Obama adviser David Axelrod":
     * the first name only qualifies the title that follows it; the person named after the title
     * words speaks. Returns that person's mention, or -1 when no title and name follow.
     */
    private int personAfterTitle(List<Token> t, int from, Entity first) {
        boolean title = false;
        for (int k = from; k < t.size() && k - from < MAX_SPEAKER_TOKENS; k++) {
            String w = t.get(k).word();
            int m = mentions.mentionAt(t.get(k));
            if (m >= 0 && title && mentions.entityOf(m).type() == EntityType.PERSON && mentions.entityOf(m) != first) {
                return m;
            }
            boolean lowerWord = w.chars().allMatch(Character::isLowerCase);
            if (isPunct(w) || title && !lowerWord || !lowerWord && m < 0 && !words.isCapitalisedName(w)) {
                return -1; // "said Smith, the …", "said Smith of Reuters": no title phrase between two names
            }
            title |= lowerWord && !w.equals("and") && !w.equals("of");
        }
        return -1;
    }

    private static int tokenAfter(List<Token> t, int from, int offset) {
        int k = from;
        while (k < t.size() && t.get(k).span().begin() < offset) {
            k++;
        }
        return k;
    }
}
