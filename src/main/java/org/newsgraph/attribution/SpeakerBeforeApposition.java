package org.newsgraph.attribution;

import static org.newsgraph.attribution.ClauseWords.*;

import java.util.List;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.resolution.Antecedents;
import org.newsgraph.resolution.MentionIndex;
import org.newsgraph.resolution.Speaker;

/**
 * The speaker named before an apposition that ends right before the cue ("Vann R. Newkirk II, a
 * writer for The Atlantic, said"), or named inside it ("The state's campaign chairman, Phil
 * Lovas, said").
 */
final class SpeakerBeforeApposition {
    private final String text;
    private final Antecedents antecedents;
    private final MentionIndex mentions;
    private final SentenceWords words;

    SpeakerBeforeApposition(Document doc, Antecedents antecedents, SentenceWords words) {
        this.text = doc.text();
        this.antecedents = antecedents;
        this.mentions = antecedents.mentions();
        this.words = words;
    }

    /** The name before one or two appositions that end right before the cue at {@code comma} + 1. */
    Speaker nameBefore(List<Token> t, int from, int comma, Span cueSpan) {
        int commas = 0;
        for (int j = comma - 1; j >= from && comma - j <= MAX_APPOSITION_TOKENS; j--) {
            if (!t.get(j).word().equals(",")) {
                continue;
            }
            if (++commas > 2) {
                return null;
            }
            int n = j - 1;
            if (n >= from && t.get(n).word().equals(")")) {
                while (n >= from && !t.get(n).word().equals("(")) {
                    n--; // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
                }
                n--;
            }
            int inside = mentions.mentionAt(t.get(j + 1));
            if (inside >= 0 && mentions.entityOf(inside).type() == EntityType.PERSON
                    && mentions.mention(inside).span().end() == t.get(comma - 1).span().end()) {
                return antecedents.named(inside, cueSpan); // "The state's campaign chairman, Phil Lovas, said"
            }
            if (n >= from) {
                Token name = t.get(n);
                int m = mentions.mentionAt(name);
                if (m >= 0 && mentions.entityOf(m).type() != EntityType.PLACE) {
                    return antecedents.named(m, cueSpan);
                }
                if (words.isCapitalisedName(name.word()) && j + 1 < comma && ClauseWords.DETERMINERS.contains(lower(t.get(j + 1).word()))) {
                    int b = n;
                    while (b - 1 >= from && words.isCapitalisedName(t.get(b - 1).word())) {
                        b--;
                    }
                    Span phrase = new Span(t.get(b).span().begin(), name.span().end());
                    return new Speaker(phrase, phrase.of(text), null, cueSpan);
                }
            }
        }
        return null;
    }
}
