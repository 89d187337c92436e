package org.newsgraph.attribution;

import static org.newsgraph.attribution.ClauseWords.*;

import java.util.List;
import java.util.function.IntPredicate;
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
 * The speaker written before a cue ("Tester said", "Rep. Gwen Moore (D-Wis.) said", "the
 * announcer said", "she later added", "a spokesman for Trump said"): a name, a pronoun, a
 * capitalised name the tagger missed or a noun phrase, resolved to its entity by {@link Antecedents}.
 */
final class SpeakerBeforeCue {
    private final String text;
    private final Antecedents antecedents;
    private final MentionIndex mentions;
    private final AttributionLexicon lexicon;
    private final SentenceWords words;
    private final RelativeWho relativeWho;
    private final SpeakerBeforeApposition apposition;

    SpeakerBeforeCue(Document doc, Antecedents antecedents, AttributionLexicon lexicon, SentenceWords words) {
        this.text = doc.text();
        this.antecedents = antecedents;
        this.mentions = antecedents.mentions();
        this.lexicon = lexicon;
        this.words = words;
        this.relativeWho = new RelativeWho(antecedents);
        this.apposition = new SpeakerBeforeApposition(doc, antecedents, words);
    }

    private static final int MAX_DESCRIPTION_TOKENS = 12;

    /**
     * The speaker written right before a cue ("Tester said", "Rep. Gwen Moore (D-Wis.) said",
     * "the announcer said", "she later added"): a name, a pronoun, a capitalised name the tagger
     * missed, or a noun phrase.
     */
    Speaker adjacentBefore(List<Token> t, int from, int cue, Quote previous) {
        Speaker s = adjacentPhrase(t, from, cue, previous);
        return s == null ? null : ofHeadNoun(t, from, s);
    }

    /**
     * "a spokesman for Trump said", "A 2014 study by the institute found", "Protesters marching
     * through the streets chanted": the speaker is the noun the phrase hangs from, not the one after
     * the preposition.
     */
    Speaker ofHeadNoun(List<Token> t, int from, Speaker s) {
        int p = from;
        while (p < t.size() && t.get(p).span().end() <= s.mention().begin()) {
            p++;
        }
        p--; // the token right before the speaker phrase
        String preposition = p < from ? "" : lower(t.get(p).word());
        int head = p - 1;
        boolean participle = head - 1 >= from && words.tagOf(t.get(head)).equals("VBG") && words.isCommonNoun(t.get(head - 1))
                && words.tagOf(t.get(p)).equals("IN");
        if (participle) {
            head--; // "Protesters marching through the streets chanted": the protesters, not the streets
        }
        if (head < from || !participle && !HEAD_PREPOSITIONS.contains(preposition) && !preposition.equals("in")
                || !words.isCommonNoun(t.get(head)) && !lexicon.isTitle(t.get(head).word())) {
            return s;
        }
        int b = head;
        while (b - 1 >= from && NOUN_PHRASE_TAGS.contains(words.tagOf(t.get(b - 1)))) {
            b--;
        }
        return antecedents.description(new Span(t.get(b).span().begin(), s.mention().end()), s.cue());
    }

    Speaker adjacentPhrase(List<Token> t, int from, int cue, Quote previous) {
        Span cueSpan = words.cueSpan(t, cue);
        int k = cue - 1;
        while (k >= from && ClauseWords.AUXILIARIES.contains(lower(t.get(k).word()))) {
            k--;
        }
        int time = k;
        while (time >= from && (TimeWords.TIME_WORDS.contains(lower(t.get(time).word())) || TimeWords.isDateWord(t, time, cue))) {
            time--;
        }
        if (time < k && time > from && (lower(t.get(time).word()).equals("in") || lower(t.get(time).word()).equals("on"))) {
            k = time - 1; // "The senator on Monday said", "who in 2010 said": when, not who
        }
        if (k >= from && t.get(k).word().equals(")")) {
            while (k >= from && !t.get(k).word().equals("(")) {
                k--;
            }
            k--;
        }
        if (k < from) {
            return null;
        }
        if (lower(t.get(k).word()).equals("who")) {
            Speaker relative = relativeWho.of(t, from, k, cueSpan);
            if (relative != null) {
                return relative;
            }
        }
        if (t.get(k).word().equals(",")) {
            // "Vann R. Newkirk II, a writer for The Atlantic, said": skip the apposition back to the name
            return apposition.nameBefore(t, from, k, cueSpan);
        }
        Token tok = t.get(k);
        int m = mentions.mentionAt(tok);
        if (m >= 0) {
            return mentions.entityOf(m).type() != EntityType.PLACE || isPlaceActing(t, from, m) ? antecedents.named(m, cueSpan) : null;
        }
        String w = lower(tok.word());
        if (Pronouns.PERSON.contains(w) || Pronouns.THING.contains(w)) {
            return antecedents.pronoun(tok, cueSpan, previous);
        }
        if (words.isCapitalisedName(tok.word())) {
            if (lexicon.isTitle(tok.word())) {
                Speaker titled = definiteTitle(t, from, k, cueSpan);
                if (titled != null) {
                    return titled; // "the Salford MP told": a role description, not a name
                }
            }
            int b = k;
            while (b - 1 >= from && words.isCapitalisedName(t.get(b - 1).word()) && mentions.mentionAt(t.get(b - 1)) < 0) {
                b--;
            }
            Span phrase = new Span(t.get(b).span().begin(), tok.span().end());
            return new Speaker(phrase, phrase.of(text), null, cueSpan);
        }
        int b = k;
        while (b >= from && k - b < MAX_NOUN_PHRASE_TOKENS && !isPunct(t.get(b).word()) && !lexicon.isCue(t.get(b).word())
                && !ClauseWords.NOT_NAMES.contains(lower(t.get(b).word())) && mentions.mentionAt(t.get(b)) < 0) {
            String bw = t.get(b).word();
            boolean possessive = bw.endsWith("’s") || bw.endsWith("'s");
            if (ClauseWords.DETERMINERS.contains(lower(bw)) || possessive) {
                if (b < k && (lexicon.isSpeakerNoun(tok.word()) || words.isNoun(tok))) {
                    int start = possessive && b > from && isPossessive(bw) ? possessorStart(t, b - 1, from) : b;
                    return antecedents.description(new Span(t.get(start).span().begin(), tok.span().end()), cueSpan);
                }
                return null;
            }
            b--;
        }
        if (lexicon.isTitle(tok.word())) {
            // "the former secretary of state and current Democratic presidential nominee said": a long
            // definite description; find its article before the clause breaks.
            Speaker described = descriptionFromThe(t, from, b, k, d -> !isPunct(t.get(d).word()), cueSpan);
            if (described != null) {
                return described;
            }
        }
        if (b >= from && b < k && mentions.mentionAt(t.get(b)) >= 0 && (lexicon.isSpeakerNoun(tok.word()) || words.isNoun(tok))) {
            // "The Trump campaign has said", "the Obama administration announced": a name modifying the
            // noun that speaks is part of the phrase, and does not speak itself
            int start = b;
            while (start - 1 >= from && mentions.mentionAt(t.get(start - 1)) == mentions.mentionAt(t.get(b))) {
                start--;
            }
            if (start - 1 >= from && ClauseWords.DETERMINERS.contains(lower(t.get(start - 1).word()))) {
                start--;
            }
            Span phrase = new Span(t.get(start).span().begin(), tok.span().end());
            // "a Capital Economics statement said": a document speaks for the one who issued it
            return lexicon.isDocumentNoun(tok.word()) ? antecedents.description(phrase, cueSpan) : new Speaker(phrase, phrase.of(text), null, cueSpan);
        }
        if (!lexicon.isSpeakerNoun(tok.word())) {
            return null;
        }
        int start = k;
        while (start - 1 >= from && (words.tagOf(t.get(start - 1)).equals("CD") || words.tagOf(t.get(start - 1)).startsWith("JJ"))) {
            start--; // "63 percent said", "independent experts say"
        }
        return antecedents.description(new Span(t.get(start).span().begin(), tok.span().end()), cueSpan);
    }

    /**
     * "the Salford MP told", "the Labour leader said": a capitalised title after "the" and
     * capitalised words or names is a definite description, resolved to the person who last held
     * it; null when no "the" opens the run.
     */
    private Speaker definiteTitle(List<Token> t, int from, int title, Span cueSpan) {
        return descriptionFromThe(t, from, title - 1, title,
                d -> words.isCapitalisedName(t.get(d).word()) || mentions.mentionAt(t.get(d)) >= 0, cueSpan);
    }

    /**
     * The description from a "the" at or before {@code start} to the title at {@code title}, scanning
     * back at most {@link #MAX_DESCRIPTION_TOKENS} over the tokens {@code within} lets through; null
     * when no "the" is reached.
     */
    private Speaker descriptionFromThe(List<Token> t, int from, int start, int title, IntPredicate within, Span cueSpan) {
        for (int d = start; d >= from && title - d <= MAX_DESCRIPTION_TOKENS; d--) {
            if (lower(t.get(d).word()).equals("the")) {
                return antecedents.description(new Span(t.get(d).span().begin(), t.get(title).span().end()), cueSpan);
            }
            if (!within.test(d)) {
                return null;
            }
        }
        return null;
    }

    /**
     * "according to federal statistics", "according to a 52-count civil complaint filed by …": the
     * phrase from {@code from} to the next punctuation, shorter than {@code max} words, as an
     * unnamed source; or null.
     */
    Speaker phraseUpTo(List<Token> t, int from, int end, int max) {
        int k = from;
        while (k < end && k - from < max && !isPunct(t.get(k).word())) {
            k++;
        }
        if (k == from || k - from >= max) {
            return null;
        }
        Span phrase = new Span(t.get(from).span().begin(), t.get(k - 1).span().end());
        return new Speaker(phrase, phrase.of(text), null, null);
    }

    /** "North Korea said" speaks for its government; "a source in Washington said" does not. */
    boolean isPlaceActing(List<Token> t, int from, int mention) {
        Span place = mentions.mention(mention).span();
        int k = from;
        while (k < t.size() && t.get(k).span().end() <= place.begin()) {
            k++;
        }
        if (k == from) {
            return true;
        }
        String before = lower(t.get(k - 1).word());
        return !ClauseWords.NOT_NAMES.contains(before) && !before.equals("the") && Character.isLetter(before.charAt(0))
                || before.equals(",") || before.equals("and") || before.equals("but");
    }

    /** First token of the possessor before a split-off "’s": a whole entity mention, or one word. */
    int possessorStart(List<Token> t, int k, int from) {
        int m = mentions.mentionAt(t.get(k));
        if (m < 0) {
            return k;
        }
        int b = k;
        while (b - 1 >= from && mentions.mention(m).span().contains(t.get(b - 1).span())) {
            b--;
        }
        return b;
    }

    /** The speaker nearest before a cue, scanning back over at most a clause. */
    Speaker candidateBefore(List<Token> t, Span cue, Quote previous) {
        for (int k = t.size() - 1; k >= 0; k--) {
            Token tok = t.get(k);
            int m = mentions.mentionAt(tok);
            if (m >= 0) {
                Entity e = mentions.entityOf(m);
                if (e.type() == EntityType.PLACE) {
                    continue;
                }
                return antecedents.named(m, cue);
            }
            String w = lower(tok.word());
            if (Pronouns.PERSON.contains(w) || Pronouns.THING.contains(w)) {
                return antecedents.pronoun(tok, cue, previous);
            }
            if (ClauseWords.DETERMINERS.contains(w) || k == 0 && words.isNounLike(tok.word())) {
                Span phrase = new Span(tok.span().begin(), t.get(t.size() - 1).span().end());
                if (t.size() - k <= MAX_SPEAKER_TOKENS && words.phraseIsNominal(t.subList(k, t.size()))) {
                    return antecedents.description(phrase, cue);
                }
            }
        }
        return null;
    }
}
