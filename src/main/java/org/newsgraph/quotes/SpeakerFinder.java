package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.PartsOfSpeech;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;

/**
 * Finds who spoke a quotation from the words around it, the way news writes attribution:
 * "…," says X / X said / as X puts it / according to X after the quote; X said / X told
 * the committee: / X promises that … before it. Pronouns go to the previous speaker or the
 * nearest person (organisation for "it"); descriptions with a title ("the minister") to the
 * person last given that title; unnamed speakers ("one academic") keep their phrase.
 */
final class SpeakerFinder {
    private static final int MAX_SPEAKER_TOKENS = 8;
    private static final int MAX_NOUN_PHRASE_TOKENS = 4;
    private static final int MAX_APPOSITION_TOKENS = 20;
    private static final int MAX_DESCRIPTION_TOKENS = 12;
    private static final int MAX_TRAILER_SCAN = 20;
    private static final int MAX_FRONTED_TOKENS = 10;
    private static final java.util.Set<String> HEAD_PREPOSITIONS = java.util.Set.of("for", "of", "by", "from", "at", "with", "on");
    private static final java.util.Set<String> NOUN_PHRASE_TAGS = java.util.Set.of("DT", "PDT", "JJ", "JJR", "JJS", "PRP$",
            "POS", "CD", "NN", "NNS", "NNP", "NNPS", "VBN");
    private static final java.util.Set<String> OTHER_CLAUSE = java.util.Set.of("when", "because", "if", "after", "before",
            "while", "since", "that", "which", "who", "what", "where", "and", "but", "although", "though", "until", "unless");
    private final String text;
    private final Tokens tokens;
    private final QuoteLexicon lexicon;
    private final Demonyms demonyms;
    private final Antecedents antecedents;
    private final PartsOfSpeech partsOfSpeech;

    SpeakerFinder(Document doc, QuoteLexicon lexicon, Demonyms demonyms) {
        this.text = doc.text();
        this.tokens = doc.tokens();
        this.lexicon = lexicon;
        this.demonyms = demonyms;
        this.antecedents = new Antecedents(doc, lexicon);
        this.partsOfSpeech = doc.partsOfSpeech();
    }

    /** The speaker of the quote whose marks (with the quotation marks) are {@code marks}, or null. */
    Speaker find(Span marks, Quote previous) {
        Speaker s = fromTrailer(marks, previous);
        if (s == null) {
            s = fromLeader(marks, previous);
        }
        if (s == null) {
            s = fromNextSentence(marks, previous);
        }
        if (s == null) {
            s = fromIntroducingColon(marks, previous);
        }
        return s != null ? s : fromSentenceSubject(marks, previous);
    }

    /**
     * "Japan branded North Korea an “outlaw nation”", "In an August speech, Trump attacked “…”":
     * with no cue, words quoted inside the writer's sentence are its subject's, when the subject
     * is a name or pronoun followed by its verb.
     */
    private Speaker fromSentenceSubject(Span marks, Quote previous) {
        Sentence s = tokens.sentenceAt(marks.begin());
        if (s == null) {
            return null;
        }
        List<Token> t = tokens.of(s);
        List<String> tags = partsOfSpeech.tags().subList(s.firstToken(), s.endToken());
        int quote = 0;
        while (quote < t.size() && t.get(quote).span().begin() < marks.begin()) {
            quote++;
        }
        int start = 0;
        if (quote > 0 && (tags.get(0).equals("IN") || tags.get(0).startsWith("RB"))) {
            int comma = 1;
            while (comma < Math.min(quote, MAX_FRONTED_TOKENS) && !t.get(comma).word().equals(",")) {
                comma++;
            }
            start = comma + 1; // "In an August speech, Trump …"
        }
        if (start + 1 >= quote) {
            return null;
        }
        int m = antecedents.mentionAt(t.get(start).span());
        int verb = start + 1;
        if (m >= 0) {
            while (verb < quote && antecedents.mention(m).span().contains(t.get(verb).span())) {
                verb++;
            }
        } else if (!QuoteLexicon.PERSON_PRONOUNS.contains(lower(t.get(start).word()))) {
            return null;
        }
        while (verb < quote && (tags.get(verb).startsWith("RB") || tags.get(verb).equals("MD"))) {
            verb++;
        }
        if (verb >= quote || !tags.get(verb).startsWith("VB")) {
            return null;
        }
        return m >= 0 ? antecedents.named(m, null) : antecedents.pronoun(t.get(start), null, previous);
    }

    /** What a pronoun ("he", "its") refers to: the nearest person, or organisation for "it". */
    Speaker pronoun(Token tok) {
        return antecedents.pronoun(tok, null, null);
    }

    /** The first name or pronoun of the sentence before a participle cue: the one doing the saying. */
    Speaker clauseSubject(List<Token> t, int cue, Span cueSpan, Quote previous) {
        for (int k = 0; k < cue; k++) {
            int m = antecedents.mentionAt(t.get(k).span());
            if (m >= 0 && antecedents.entityOf(m).type() != EntityType.PLACE) {
                return antecedents.named(m, cueSpan);
            }
            String w = lower(t.get(k).word());
            if (QuoteLexicon.PERSON_PRONOUNS.contains(w)) {
                return antecedents.pronoun(t.get(k), cueSpan, previous);
            }
        }
        int verb = 0;
        while (verb < cue && NOUN_PHRASE_TAGS.contains(tagOf(t.get(verb)))) {
            verb++;
        }
        if (verb > 0 && verb < cue && tagOf(t.get(verb)).startsWith("VB") && isCommonNoun(t.get(verb - 1))) {
            // "Protesters took to the streets, chanting “…”": a noun phrase opening the sentence
            return antecedents.description(new Span(t.get(0).span().begin(), t.get(verb - 1).span().end()), cueSpan);
        }
        return null;
    }

    /** “…?” Graham asked. — the quote ends its sentence and the next, short one names the speaker. */
    private Speaker fromNextSentence(Span marks, Quote previous) {
        int si = tokens.sentenceIndexAt(marks.end() - 1);
        if (si < 0 || si + 1 >= tokens.sentences().size()) {
            return null;
        }
        Sentence here = tokens.sentences().get(si);
        Sentence next = tokens.sentences().get(si + 1);
        if (here.span().end() > marks.end() + 1 || text.substring(here.span().end(), next.span().begin()).contains("\n")) {
            return null; // the quote does not end its sentence, or the next sentence is another paragraph
        }
        List<Token> t = tokens.of(next);
        Speaker dashed = fromDash(t, previous);
        if (dashed != null) {
            return dashed;
        }
        int cue = cueIndex(t, 0);
        if (cue < 0 || cue > MAX_NOUN_PHRASE_TOKENS + 1 || t.size() > cue + 6 && !t.get(cue + 1).word().equals(",")) {
            return null;
        }
        return cue == 0 ? candidateAfter(t, cueLength(t, 0), cueSpan(t, 0), previous) : adjacentBefore(t, 0, cue, previous);
    }

    /** He said: ¶ “We have a situation …” — a paragraph ending in a colon introduces the quote. */
    private Speaker fromIntroducingColon(Span marks, Quote previous) {
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
                Speaker s = adjacentBefore(prev, 0, k, previous);
                return s != null ? s : candidateAfter(prev, k + cueLength(prev, k), cueSpan(prev, k), previous);
            }
        }
        return null;
    }

    /** “…” ― Pamela Padilla: a dash and a name closing the paragraph. */
    private Speaker fromDash(List<Token> t, Quote previous) {
        if (t.size() >= 2 && t.get(0).word().matches("[―—–-]+") && Character.isUpperCase(t.get(1).word().charAt(0))) {
            return candidateAfter(t, 1, null, previous);
        }
        return null;
    }

    /** Tokens of the sentence holding {@code offset}, within [from, to). */
    List<Token> sentenceTokens(int offset, int from, int to) {
        Sentence s = tokens.sentenceAt(offset);
        List<Token> out = new ArrayList<>();
        if (s != null) {
            for (Token t : tokens.of(s)) {
                if (t.span().begin() >= from && t.span().end() <= to) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private Speaker fromTrailer(Span marks, Quote previous) {
        List<Token> after = sentenceTokens(marks.end() - 1, marks.end(), Integer.MAX_VALUE);
        int i = 0;
        while (i < after.size() && isPunct(after.get(i).word()) && !after.get(i).word().equals(".")) {
            i++;
        }
        List<Token> t = after.subList(i, Math.min(after.size(), i + MAX_TRAILER_SCAN));
        if (t.isEmpty()) {
            return null;
        }
        Speaker dashed = fromDash(after.subList(Math.max(0, i - 1), after.size()), previous);
        if (dashed != null) {
            return dashed;
        }
        String first = lower(t.get(0).word());
        if (first.equals("according") && t.size() > 2 && lower(t.get(1).word()).equals("to")) {
            return candidateAfter(t, 2, null, previous);
        }
        if (OTHER_CLAUSE.contains(first)) {
            return null; // "“…” when he said …", "“…,” but she denied …": a cue of another clause
        }
        int start = first.equals("as") ? 1 : 0;
        int cue = cueIndex(t, start);
        if (cue == start) {
            return candidateAfter(t, cue + cueLength(t, cue), cueSpan(t, cue), previous);
        }
        if (cue > start) {
            Speaker s = adjacentBefore(t, start, cue, previous);
            if (s == null && cue - start <= MAX_SPEAKER_TOKENS) {
                s = candidateBefore(t.subList(start, cue), cueSpan(t, cue), previous);
            }
            return s;
        }
        return null;
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
     * "a spokesman for Trump said", "A 2014 study by the institute found": the speaker is the noun
     * the phrase hangs from, not the name after the preposition.
     */
    private Speaker ofHeadNoun(List<Token> t, int from, Speaker s) {
        int p = from;
        while (p < t.size() && t.get(p).span().end() <= s.mention().begin()) {
            p++;
        }
        p--; // the token right before the speaker phrase
        if (p - 1 < from || !HEAD_PREPOSITIONS.contains(lower(t.get(p).word())) || !isCommonNoun(t.get(p - 1))) {
            return s;
        }
        int b = p - 1;
        while (b - 1 >= from && NOUN_PHRASE_TAGS.contains(tagOf(t.get(b - 1)))) {
            b--;
        }
        return antecedents.description(new Span(t.get(b).span().begin(), s.mention().end()), s.cue());
    }

    private Speaker adjacentPhrase(List<Token> t, int from, int cue, Quote previous) {
        Span cueSpan = cueSpan(t, cue);
        int k = cue - 1;
        while (k >= from && QuoteLexicon.AUXILIARIES.contains(lower(t.get(k).word()))) {
            k--;
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
        int m = antecedents.mentionAt(tok.span());
        if (m >= 0) {
            return antecedents.entityOf(m).type() != EntityType.PLACE || isPlaceActing(t, from, m) ? antecedents.named(m, cueSpan) : null;
        }
        String w = lower(tok.word());
        if (QuoteLexicon.PERSON_PRONOUNS.contains(w) || QuoteLexicon.THING_PRONOUNS.contains(w)) {
            return antecedents.pronoun(tok, cueSpan, previous);
        }
        if (isCapitalisedName(tok.word())) {
            int b = k;
            while (b - 1 >= from && isCapitalisedName(t.get(b - 1).word()) && antecedents.mentionAt(t.get(b - 1).span()) < 0) {
                b--;
            }
            Span phrase = new Span(t.get(b).span().begin(), tok.span().end());
            return new Speaker(phrase, phrase.of(text), null, cueSpan);
        }
        int b = k;
        while (b >= from && k - b < MAX_NOUN_PHRASE_TOKENS && !isPunct(t.get(b).word()) && !lexicon.isCue(t.get(b).word())
                && !QuoteLexicon.FUNCTION_WORDS.contains(lower(t.get(b).word())) && antecedents.mentionAt(t.get(b).span()) < 0) {
            String bw = t.get(b).word();
            boolean possessive = bw.equals("’s") || bw.equals("'s") || bw.endsWith("’s") || bw.endsWith("'s");
            if (QuoteLexicon.DETERMINERS.contains(lower(bw)) || possessive) {
                if (b < k && (lexicon.isSpeakerNoun(tok.word()) || isNoun(tok))) {
                    int start = possessive && b > from && (bw.equals("’s") || bw.equals("'s")) ? possessorStart(t, b - 1, from) : b;
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
        return lexicon.isSpeakerNoun(tok.word()) ? antecedents.description(tok.span(), cueSpan) : null;
    }

    /** "North Korea said" speaks for its government; "a source in Washington said" does not. */
    private boolean isPlaceActing(List<Token> t, int from, int mention) {
        Span place = antecedents.mention(mention).span();
        int k = from;
        while (k < t.size() && t.get(k).span().end() <= place.begin()) {
            k++;
        }
        if (k == from) {
            return true;
        }
        String before = lower(t.get(k - 1).word());
        return !QuoteLexicon.FUNCTION_WORDS.contains(before) && !before.equals("the") && Character.isLetter(before.charAt(0))
                || before.equals(",") || before.equals("and") || before.equals("but");
    }

    /** The name before one or two appositions that end right before the cue. */
    private Speaker beforeApposition(List<Token> t, int from, int comma, Span cueSpan, Quote previous) {
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
            int inside = antecedents.mentionAt(t.get(j + 1).span());
            if (inside >= 0 && antecedents.entityOf(inside).type() == EntityType.PERSON
                    && antecedents.mention(inside).span().end() == t.get(comma - 1).span().end()) {
                return antecedents.named(inside, cueSpan); // "The state's campaign chairman, Phil Lovas, said"
            }
            if (n >= from) {
                Token name = t.get(n);
                int m = antecedents.mentionAt(name.span());
                if (m >= 0 && antecedents.entityOf(m).type() != EntityType.PLACE) {
                    return antecedents.named(m, cueSpan);
                }
                if (isCapitalisedName(name.word()) && j + 1 < comma && QuoteLexicon.DETERMINERS.contains(lower(t.get(j + 1).word()))) {
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
    private int possessorStart(List<Token> t, int k, int from) {
        int m = antecedents.mentionAt(t.get(k).span());
        if (m < 0) {
            return k;
        }
        int b = k;
        while (b - 1 >= from && antecedents.mention(m).span().contains(t.get(b - 1).span())) {
            b--;
        }
        return b;
    }

    private boolean isCapitalisedName(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !QuoteLexicon.DETERMINERS.contains(lower(w))
                && !QuoteLexicon.FUNCTION_WORDS.contains(lower(w)) && demonyms.countryOf(w) == null && !lexicon.isCue(w);
    }

    private Speaker fromLeader(Span marks, Quote previous) {
        List<Token> before = outsideQuotes(sentenceTokens(marks.begin(), 0, marks.begin()));
        for (int k = before.size() - 1; k >= 0; k--) {
            String w = lower(before.get(k).word());
            if (w.equals("according") && k + 1 < before.size() && lower(before.get(k + 1).word()).equals("to")) {
                return candidateAfter(before, k + 2, null, previous);
            }
            if (k > 0 && lower(before.get(k - 1).word()).equals("to")) {
                continue; // "too early to tell whether …": an infinitive reports nothing; look for the main verb
            }
            if (lexicon.isCue(w) || k + 1 < before.size() && lexicon.isCue(w, before.get(k + 1).word())) {
                Span cue = cueSpan(before, k);
                if (w.endsWith("ing")) {
                    // "X spent the interview praising the “…”", "He then defended it, saying, “…”"
                    Speaker subject = clauseSubject(before, k, cue, previous);
                    if (subject != null) {
                        return subject;
                    }
                }
                int b = k - 1;
                while (b >= 0 && QuoteLexicon.AUXILIARIES.contains(lower(before.get(b).word()))) {
                    b--;
                }
                if (b > 0 && (lower(before.get(b).word()).equals("and") || lower(before.get(b).word()).equals("but"))) {
                    // "She called it “outrageous” and called for pay to be “clawed back”": the first verb's subject
                    Speaker subject = clauseSubject(before, b, cue, previous);
                    if (subject != null) {
                        return subject;
                    }
                }
                Speaker s = adjacentBefore(before, 0, k, previous);
                if (s == null) {
                    s = candidateBefore(before.subList(0, k), cue, previous);
                }
                return s != null ? s : candidateAfter(before, k + cueLength(before, k), cue, previous);
            }
        }
        return null;
    }

    /** The tokens not inside quotation marks: words of an earlier quote or a quoted title are not the writer's. */
    private List<Token> outsideQuotes(List<Token> t) {
        List<Token> out = new ArrayList<>();
        boolean inside = false;
        for (Token tok : t) {
            int b = tok.span().begin();
            if (QuoteMarks.doubleMarkLength(text, b) > 0) {
                inside = opensQuote(b, tok.span().end()); // the tokenizer may rewrite marks; the text tells
            } else if (!inside) {
                out.add(tok);
            }
        }
        return out;
    }

    private boolean opensQuote(int begin, int end) {
        char c = text.charAt(begin);
        if (c == '“' || c == '”') {
            return c == '“';
        }
        char before = begin == 0 ? ' ' : text.charAt(begin - 1);
        boolean afterSpace = Character.isWhitespace(before) || before == '(' || before == '[' || before == '—';
        return afterSpace && end < text.length() && !Character.isWhitespace(text.charAt(end));
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
    private boolean isNoun(Token tok) {
        return partsOfSpeech.isNoun(tokens.tokenAtOrAfter(tok.span().begin()));
    }

    private boolean isCommonNoun(Token tok) {
        String tag = tagOf(tok);
        return tag.equals("NN") || tag.equals("NNS");
    }

    private String tagOf(Token tok) {
        return partsOfSpeech.tag(tokens.tokenAtOrAfter(tok.span().begin()));
    }

    int cueLength(List<Token> t, int k) {
        return k + 1 < t.size() && lexicon.isCue(t.get(k).word(), t.get(k + 1).word()) ? 2 : 1;
    }

    Span cueSpan(List<Token> t, int k) {
        return new Span(t.get(k).span().begin(), t.get(k + cueLength(t, k) - 1).span().end());
    }

    /** The speaker nearest before a cue, scanning back over at most a clause. */
    Speaker candidateBefore(List<Token> t, Span cue, Quote previous) {
        for (int k = t.size() - 1; k >= 0; k--) {
            Token tok = t.get(k);
            int m = antecedents.mentionAt(tok.span());
            if (m >= 0) {
                Entity e = antecedents.entityOf(m);
                if (e.type() == EntityType.PLACE) {
                    continue;
                }
                return antecedents.named(m, cue);
            }
            String w = lower(tok.word());
            if (QuoteLexicon.PERSON_PRONOUNS.contains(w) || QuoteLexicon.THING_PRONOUNS.contains(w)) {
                return antecedents.pronoun(tok, cue, previous);
            }
            if (QuoteLexicon.DETERMINERS.contains(w) || k == 0 && isNounLike(tok.word())) {
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
        int m = antecedents.mentionAt(tok.span());
        if (m >= 0 && antecedents.entityOf(m).type() != EntityType.PLACE) {
            return antecedents.named(m, cue);
        }
        String w = lower(tok.word());
        if (QuoteLexicon.PERSON_PRONOUNS.contains(w) || QuoteLexicon.THING_PRONOUNS.contains(w)) {
            return antecedents.pronoun(tok, cue, previous);
        }
        if (isCapitalisedName(tok.word())) {
            int e = from;
            while (e + 1 < t.size() && isCapitalisedName(t.get(e + 1).word())) {
                e++;
            }
            Span phrase = new Span(tok.span().begin(), t.get(e).span().end());
            return new Speaker(phrase, phrase.of(text), null, cue);
        }
        int end = from;
        while (end < t.size() && end - from < MAX_SPEAKER_TOKENS && !isPunct(t.get(end).word())) {
            int inner = antecedents.mentionAt(t.get(end).span());
            if (inner >= 0 && antecedents.entityOf(inner).type() != EntityType.PLACE) {
                return antecedents.named(inner, cue); // "the senator, Bob Smith"
            }
            end++;
        }
        if (end > from && phraseIsNominal(t.subList(from, end))) {
            return antecedents.description(new Span(tok.span().begin(), t.get(end - 1).span().end()), cue);
        }
        return null;
    }

    private boolean phraseIsNominal(List<Token> phrase) {
        for (Token t : phrase) {
            String w = t.word();
            if (isPunct(w) || lexicon.isCue(w) || w.equals("that")) {
                return false;
            }
        }
        Token head = phrase.get(phrase.size() - 1);
        return lexicon.isSpeakerNoun(head.word());
    }

    private boolean isNounLike(String w) {
        return !w.isEmpty() && Character.isLetter(w.charAt(0)) && demonyms.countryOf(w) == null;
    }

    static boolean isPunct(String w) {
        return !w.isEmpty() && w.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
