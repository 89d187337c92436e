package org.newsgraph.attribution;

import static org.newsgraph.attribution.ClauseWords.*;

import java.util.List;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Quote;
import org.newsgraph.resolution.Antecedents;
import org.newsgraph.resolution.MentionIndex;
import org.newsgraph.resolution.Pronouns;
import org.newsgraph.resolution.Speaker;

/**
 * The subject of a clause as its speaker: the first name or pronoun before a participle cue
 * ("…, saying …"), a noun phrase opening the sentence ("Protesters took to the streets,
 * chanting …"), or what a headline's label or subject is ("Pence: …").
 */
final class ClauseSubjects {
    private static final int MAX_HEADLINE_LABEL = 6;
    private final Antecedents antecedents;
    private final MentionIndex mentions;
    private final AttributionLexicon lexicon;
    private final SentenceWords words;
    private final SpeakerBeforeCue before;

    ClauseSubjects(Antecedents antecedents, AttributionLexicon lexicon, SentenceWords words, SpeakerBeforeCue before) {
        this.antecedents = antecedents;
        this.lexicon = lexicon;
        this.mentions = antecedents.mentions();
        this.words = words;
        this.before = before;
    }

    /** The first name or pronoun of the sentence before a participle cue: the one doing the saying. */
    Speaker clauseSubject(List<Token> t, int cue, Span cueSpan, Quote previous) {
        for (int k = 0; k < cue; k++) {
            int m = mentions.mentionAt(t.get(k));
            if (m >= 0 && mentions.entityOf(m).type() != EntityType.PLACE) {
                return antecedents.named(m, cueSpan);
            }
            String w = lower(t.get(k).word());
            boolean thingAsSubject = w.equals("it") && k + 1 < cue && ClauseWords.FINITE_VERB_TAGS.contains(words.tagOf(t.get(k + 1)))
                    && !ClauseWords.BE.contains(lower(t.get(k + 1).word())) && (k == 0 || t.get(k - 1).word().equals(","));
            if (Pronouns.PERSON.contains(w) || thingAsSubject) {
                return antecedents.pronoun(t.get(k), cueSpan, previous); // "Meanwhile, it attacked Trump, saying …": the paper
            }
        }
        int verb = 0;
        while (verb < cue && (NOUN_PHRASE_TAGS.contains(words.tagOf(t.get(verb)))
                || verb > 0 && lower(t.get(verb).word()).equals("of") && words.isCommonNoun(t.get(verb - 1)))) {
            verb++; // "Small groups of protesters continued to call for …"
        }
        int head = verb - 1;
        while (verb < cue && words.tagOf(t.get(verb)).startsWith("RB")) {
            verb++; // "Democrats also described …"
        }
        if (head >= 0 && verb < cue && (words.tagOf(t.get(verb)).startsWith("VB") || words.tagOf(t.get(verb)).equals("MD")) && (words.isCommonNoun(t.get(head)) || words.tagOf(t.get(head)).equals("NNPS"))) {
            // "Protesters took to the streets, chanting “…”": a noun phrase opening the sentence
            return antecedents.description(new Span(t.get(0).span().begin(), t.get(head).span().end()), cueSpan);
        }
        return null;
    }

    /**
     * The speaker right before the first finite verb of the clause ending at {@code end}, past an
     * opening subordinate clause or phrase and over relative clauses: "Many liberal Democrats have
     * also warned the Fed …, noting", "Like Mr. Sanders, she has reckoned with …, seeking"; or null.
     */
    Speaker mainVerbSubject(List<Token> t, int end) {
        int comma = indexOf(t, ",", 0, end);
        int start = comma > 0 && (SUBORDINATORS.contains(lower(t, 0)) || words.tagOf(t.get(0)).equals("IN")) ? comma + 1 : 0;
        for (int v = start + 1; v < end; v++) {
            if (RELATIVE_PRONOUNS.contains(lower(t, v)) && t.get(v - 1).word().equals(",")) {
                int close = indexOf(t, ",", v, end);
                if (close < 0) {
                    return null;
                }
                v = close; // "Sanders, who enjoys …, will": the relative clause's verbs are not the clause's
                continue;
            }
            String tag = words.tagOf(t.get(v));
            if (FINITE_VERB_TAGS.contains(tag) || tag.equals("MD")) {
                return RELATIVE_PRONOUNS.contains(lower(t, v - 1)) ? null : before.adjacentBefore(t, start, v, null);
            }
        }
        return null;
    }

    /**
     * Whose words a headline quotes when nothing attributes them: the label before a colon
     * ("Pence: … Trump Was ‘Mocking’ …", "A lesson from Loretta Lynch: ‘…’"), else the headline's
     * opening noun phrase, its subject ("Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’").
     * {@code quote} is the index of the first token in the quote.
     */
    Speaker headlineSubject(List<Token> t, int quote) {
        for (int k = 1; k < Math.min(quote, MAX_HEADLINE_LABEL + 1); k++) {
            if (t.get(k).word().equals(":")) {
                Speaker label = before.adjacentBefore(t, 0, k, null);
                return label != null ? label : antecedents.description(new Span(t.get(0).span().begin(), t.get(k - 1).span().end()), null);
            }
        }
        int m = mentions.mentionAt(t.get(0));
        if (m >= 0 && mentions.entityOf(m).type() != EntityType.PLACE) {
            return antecedents.named(m, null);
        }
        int verb = 1;
        while (verb < Math.min(quote, MAX_HEADLINE_LABEL) && !ClauseWords.FINITE_VERB_TAGS.contains(words.tagOf(t.get(verb)))) {
            verb++;
        }
        boolean phrase = verb < quote && ClauseWords.FINITE_VERB_TAGS.contains(words.tagOf(t.get(verb))) && !lexicon.isCue(t.get(verb).word());
        return phrase ? antecedents.description(new Span(t.get(0).span().begin(), t.get(verb - 1).span().end()), null) : null;
    }
}
