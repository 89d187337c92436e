package org.newsgraph.attribution;

import static org.newsgraph.attribution.ClauseWords.isPossessive;
import static org.newsgraph.attribution.ClauseWords.isPunct;
import static org.newsgraph.attribution.ClauseWords.lower;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.PartsOfSpeech;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;
import org.newsgraph.resolution.Antecedents;
import org.newsgraph.resolution.MentionIndex;
import org.newsgraph.resolution.Pronouns;
import org.newsgraph.resolution.Speaker;

/**
 * The speaker phrase next to a cue word, and the cue itself: a name, a pronoun, a capitalised
 * name the tagger missed, a description ("the minister", "a spokesman for Trump") or the
 * subject of the clause, each resolved through {@link Antecedents} to the entity it refers to.
 */
final class SpeakerPhrases {
    static final int MAX_SPEAKER_TOKENS = 8;
    static final int MAX_NOUN_PHRASE_TOKENS = 4;
    private static final int MAX_APPOSITION_TOKENS = 20;
    private static final int MAX_DESCRIPTION_TOKENS = 12;
    private static final Set<String> HEAD_PREPOSITIONS = Set.of("for", "of", "by", "from", "at", "with", "on");
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "PRP$",
            "POS", "CD", "NN", "NNS", "NNP", "NNPS", "VBN");
    private final String text;
    private final Tokens tokens;
    private final AttributionLexicon lexicon;
    private final Demonyms demonyms;
    private final Antecedents antecedents;
    private final MentionIndex mentions;
    private final PartsOfSpeech partsOfSpeech;

    SpeakerPhrases(Document doc, AttributionLexicon lexicon, Demonyms demonyms, Antecedents antecedents) {
        this.text = doc.text();
        this.tokens = doc.tokens();
        this.lexicon = lexicon;
        this.demonyms = demonyms;
        this.antecedents = antecedents;
        this.mentions = antecedents.mentions();
        this.partsOfSpeech = doc.partsOfSpeech();
    }

    private static final int MAX_HEADLINE_LABEL = 6;

    Antecedents antecedents() {
        return antecedents;
    }

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
        boolean participle = head - 1 >= from && tagOf(t.get(head)).equals("VBG") && isCommonNoun(t.get(head - 1))
                && tagOf(t.get(p)).equals("IN");
        if (participle) {
            head--; // "Protesters marching through the streets chanted": the protesters, not the streets
        }
        if (head < from || !participle && !HEAD_PREPOSITIONS.contains(preposition) && !preposition.equals("in")
                || !isCommonNoun(t.get(head)) && !lexicon.isTitle(t.get(head).word())) {
            return s;
        }
        int b = head;
        while (b - 1 >= from && NOUN_PHRASE_TAGS.contains(tagOf(t.get(b - 1)))) {
            b--;
        }
        return antecedents.description(new Span(t.get(b).span().begin(), s.mention().end()), s.cue());
    }

    Speaker adjacentPhrase(List<Token> t, int from, int cue, Quote previous) {
        Span cueSpan = cueSpan(t, cue);
        int k = cue - 1;
        while (k >= from && ClauseWords.AUXILIARIES.contains(lower(t.get(k).word()))) {
            k--;
        }
        int time = k;
        while (time >= from && (ClauseWords.TIME_WORDS.contains(lower(t.get(time).word())) || ClauseWords.isDateWord(t, time, cue))) {
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
        if (t.get(k).word().equals(",")) {
            // "Vann R. Newkirk II, a writer for The Atlantic, said": skip the apposition back to the name
            return beforeApposition(t, from, k, cueSpan, previous);
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
        if (isCapitalisedName(tok.word())) {
            int b = k;
            while (b - 1 >= from && isCapitalisedName(t.get(b - 1).word()) && mentions.mentionAt(t.get(b - 1)) < 0) {
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
                if (b < k && (lexicon.isSpeakerNoun(tok.word()) || isNoun(tok))) {
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
            for (int d = b; d >= from && k - d <= MAX_DESCRIPTION_TOKENS && !isPunct(t.get(d).word()); d--) {
                if (lower(t.get(d).word()).equals("the")) {
                    return antecedents.description(new Span(t.get(d).span().begin(), tok.span().end()), cueSpan);
                }
            }
        }
        if (b >= from && b < k && mentions.mentionAt(t.get(b)) >= 0 && (lexicon.isSpeakerNoun(tok.word()) || isNoun(tok))) {
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
            return new Speaker(phrase, phrase.of(text), null, cueSpan);
        }
        if (!lexicon.isSpeakerNoun(tok.word())) {
            return null;
        }
        int start = k;
        while (start - 1 >= from && (tagOf(t.get(start - 1)).equals("CD") || tagOf(t.get(start - 1)).startsWith("JJ"))) {
            start--; // "63 percent said", "independent experts say"
        }
        return antecedents.description(new Span(t.get(start).span().begin(), tok.span().end()), cueSpan);
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

    /** The name before one or two appositions that end right before the cue. */
    Speaker beforeApposition(List<Token> t, int from, int comma, Span cueSpan, Quote previous) {
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
                if (isCapitalisedName(name.word()) && j + 1 < comma && ClauseWords.DETERMINERS.contains(lower(t.get(j + 1).word()))) {
                    int b = n;
                    while (b - 1 >= from && isCapitalisedName(t.get(b - 1).word())) {
                        b--;
                    }
                    Span phrase = new Span(t.get(b).span().begin(), name.span().end());
                    return new Speaker(phrase, phrase.of(text), null, cueSpan);
                }
            }
        }
        return null;
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

    boolean isCapitalisedName(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !ClauseWords.DETERMINERS.contains(lower(w))
                && !ClauseWords.NOT_NAMES.contains(lower(w)) && demonyms.countryOf(w) == null && !lexicon.isCue(w);
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
            if (ClauseWords.DETERMINERS.contains(w) || k == 0 && isNounLike(tok.word())) {
                Span phrase = new Span(tok.span().begin(), t.get(t.size() - 1).span().end());
                if (t.size() - k <= MAX_SPEAKER_TOKENS && phraseIsNominal(t.subList(k, t.size()))) {
                    return antecedents.description(phrase, cue);
                }
            }
        }
        return null;
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
        if (isCapitalisedName(tok.word())) {
            int e = from;
            while (e + 1 < t.size() && isCapitalisedName(t.get(e + 1).word())) {
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
        if (end > from && phraseIsNominal(t.subList(from, end))) {
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
            if (isPunct(w) || title && !lowerWord || !lowerWord && m < 0 && !isCapitalisedName(w)) {
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

    /** The first name or pronoun of the sentence before a participle cue: the one doing the saying. */
    Speaker clauseSubject(List<Token> t, int cue, Span cueSpan, Quote previous) {
        for (int k = 0; k < cue; k++) {
            int m = mentions.mentionAt(t.get(k));
            if (m >= 0 && mentions.entityOf(m).type() != EntityType.PLACE) {
                return antecedents.named(m, cueSpan);
            }
            String w = lower(t.get(k).word());
            boolean thingAsSubject = w.equals("it") && k + 1 < cue && ClauseWords.FINITE_VERB_TAGS.contains(tagOf(t.get(k + 1)))
                    && !ClauseWords.BE.contains(lower(t.get(k + 1).word())) && (k == 0 || t.get(k - 1).word().equals(","));
            if (Pronouns.PERSON.contains(w) || thingAsSubject) {
                return antecedents.pronoun(t.get(k), cueSpan, previous); // "Meanwhile, it attacked Trump, saying …": the paper
            }
        }
        int verb = 0;
        while (verb < cue && (NOUN_PHRASE_TAGS.contains(tagOf(t.get(verb)))
                || verb > 0 && lower(t.get(verb).word()).equals("of") && isCommonNoun(t.get(verb - 1)))) {
            verb++; // "Small groups of protesters continued to call for …"
        }
        int head = verb - 1;
        while (verb < cue && tagOf(t.get(verb)).startsWith("RB")) {
            verb++; // "Democrats also described …"
        }
        if (head >= 0 && verb < cue && (tagOf(t.get(verb)).startsWith("VB") || tagOf(t.get(verb)).equals("MD")) && (isCommonNoun(t.get(head)) || tagOf(t.get(head)).equals("NNPS"))) {
            // "Protesters took to the streets, chanting “…”": a noun phrase opening the sentence
            return antecedents.description(new Span(t.get(0).span().begin(), t.get(head).span().end()), cueSpan);
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
                Speaker label = adjacentBefore(t, 0, k, null);
                return label != null ? label : antecedents.description(new Span(t.get(0).span().begin(), t.get(k - 1).span().end()), null);
            }
        }
        int m = mentions.mentionAt(t.get(0));
        if (m >= 0 && mentions.entityOf(m).type() != EntityType.PLACE) {
            return antecedents.named(m, null);
        }
        int verb = 1;
        while (verb < Math.min(quote, MAX_HEADLINE_LABEL) && !ClauseWords.FINITE_VERB_TAGS.contains(tagOf(t.get(verb)))) {
            verb++;
        }
        boolean phrase = verb < quote && ClauseWords.FINITE_VERB_TAGS.contains(tagOf(t.get(verb))) && !lexicon.isCue(t.get(verb).word());
        return phrase ? antecedents.description(new Span(t.get(0).span().begin(), t.get(verb - 1).span().end()), null) : null;
    }

    /** What a pronoun ("he", "its") refers to: the nearest person, or organisation for "it". */
    Speaker pronoun(Token tok) {
        return antecedents.pronoun(tok, null, null);
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
