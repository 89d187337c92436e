package org.newsgraph.attribution;

import static org.newsgraph.attribution.ClauseWords.isPunct;
import static org.newsgraph.attribution.ClauseWords.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.PartsOfSpeech;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;
import org.newsgraph.resolution.Antecedents;
import org.newsgraph.resolution.MentionIndex;
import org.newsgraph.resolution.Pronouns;
import org.newsgraph.resolution.Speaker;
import org.newsgraph.tokens.QuotationMarks;

/**
 * Finds who spoke a quotation from the words around it, the way news writes attribution:
 * "…," says X / X said / as X puts it / according to X after the quote; X said / X told
 * the committee: / X promises that … before it; "…?" X asked. in the next sentence; a
 * paragraph ending in a colon; with no cue, the subject of the writer's sentence. The speaker
 * phrase itself is read by {@link SpeakerPhrases}.
 */
final class SpeakerFinder {
    private static final int MAX_TRAILER_SCAN = 30;
    private static final int MAX_FRONTED_TOKENS = 24;
    private static final int MAX_CUE_COMPLEMENT = 8;
    private static final int MAX_APPOSITION_TOKENS = 20;
    private static final int MAX_TITLE_WORDS = 4;
    private static final Set<String> OTHER_CLAUSE = Set.of("when", "because", "if", "after", "before",
            "while", "since", "that", "which", "who", "what", "where", "and", "but", "although", "though", "until", "unless");
    private final String text;
    private final Tokens tokens;
    private final AttributionLexicon lexicon;
    private final SpeakerPhrases phrases;
    private final Antecedents antecedents;
    private final MentionIndex mentions;
    private final PartsOfSpeech partsOfSpeech;

    SpeakerFinder(Document doc, AttributionLexicon lexicon, SpeakerPhrases phrases) {
        this.text = doc.text();
        this.tokens = doc.tokens();
        this.lexicon = lexicon;
        this.phrases = phrases;
        this.antecedents = phrases.antecedents();
        this.mentions = antecedents.mentions();
        this.partsOfSpeech = doc.partsOfSpeech();
    }

    /** The speaker of the quote whose marks (with the quotation marks) are {@code marks}, or null. */
    Speaker find(Span marks, Quote previous) {
        Speaker s = located(marks, previous);
        if (s == null || !isPronoun(s)) {
            return s;
        }
        // "He did not address the tweets in which he called her “disgusting”": the sentence's own
        // subject, when it is the same speaker, is the mention that names them
        List<Token> before = outsideQuotes(sentenceTokens(marks.begin(), 0, marks.begin()));
        Speaker subject = before.isEmpty() ? null : phrases.clauseSubject(before, before.size(), s.cue(), previous);
        boolean same = subject != null && subject.mention().begin() < s.mention().begin()
                && (s.entityId() != null ? s.entityId().equals(subject.entityId())
                        : lower(subject.mention().of(text)).equals(lower(s.mention().of(text))));
        return same ? new Speaker(subject.mention(), subject.text(), subject.entityId(), s.cue()) : s;
    }

    private Speaker located(Span marks, Quote previous) {
        Speaker s = fromTrailer(marks, previous);
        if (s != null && isPronoun(s)) {
            // "DuVernay said she felt … because “…,” she said.": the name the sentence opened with
            Speaker named = fromLeader(marks, previous);
            if (named != null && !isPronoun(named) && named.entityId() != null && named.entityId().equals(s.entityId())) {
                return new Speaker(named.mention(), named.text(), named.entityId(), s.cue());
            }
        }
        if (s == null) {
            s = fromLeader(marks, previous);
        }
        if (s == null) {
            s = fromNextSentence(marks, previous);
        }
        if (s == null) {
            s = fromIntroducingColon(marks, previous);
        }
        if (s == null) {
            s = fromSentenceBefore(marks, previous);
        }
        return s != null ? s : fromSentenceSubject(marks, previous);
    }

    /**
     * "Japan branded North Korea an “outlaw nation”", "In an August speech, Trump attacked “…”":
     * with no cue, words quoted inside the writer's sentence are its subject's: a name or pronoun
     * followed (past an apposition) by its verb, a description ("The Republican nominee vowed
     * …"), or a named person, after any title words, whatever follows ("House Speaker Paul
     * Ryan, despite …").
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
            if (comma < quote && !t.get(comma).word().equals(",")) {
                return null; // no end to the opening phrase in sight: its names are not the subject
            }
            start = comma + 1; // "In an August speech, Trump …", "With Democratic leaders worried about …, President Obama …"
        }
        if (start + 1 >= quote) {
            return null;
        }
        int m = mentions.mentionAt(t.get(start));
        if (m < 0 || mentions.entityOf(m).type() != EntityType.PERSON) {
            // "House Speaker Paul Ryan": the person after the title words
            for (int k = start + 1; k < Math.min(quote, start + MAX_TITLE_WORDS) && tags.get(k - 1).startsWith("NN"); k++) {
                int person = mentions.mentionAt(t.get(k));
                if (person >= 0 && mentions.entityOf(person).type() == EntityType.PERSON) {
                    m = person;
                    start = k;
                    break;
                }
            }
        }
        int verb = start + 1;
        Span description = null;
        if (m >= 0) {
            while (verb < quote && mentions.mention(m).span().contains(t.get(verb).span())) {
                verb++;
            }
        } else if (!Pronouns.PERSON.contains(lower(t.get(start).word()))) {
            // "The Republican nominee also outlined …", "The piece used …": a noun phrase as subject
            verb = start;
            while (verb < quote && (tags.get(verb).equals("DT") || tags.get(verb).startsWith("JJ") || tags.get(verb).startsWith("NN"))) {
                verb++;
            }
            if (verb == start || !tags.get(verb - 1).startsWith("NN") || !tags.get(start).equals("DT")) {
                return null;
            }
            description = new Span(t.get(start).span().begin(), t.get(verb - 1).span().end());
        }
        if (verb < quote && t.get(verb).word().equals(",")) {
            int close = verb + 1;
            while (close < Math.min(quote, verb + MAX_APPOSITION_TOKENS) && !t.get(close).word().equals(",")) {
                close++;
            }
            verb = close + 1; // "Aaron Kall, the director of debate at the University of Michigan, compared …"
        }
        while (verb < quote && (tags.get(verb).startsWith("RB") || tags.get(verb).equals("MD"))) {
            verb++;
        }
        boolean person = m >= 0 && mentions.entityOf(m).type() == EntityType.PERSON;
        if (!person && (verb >= quote || !tags.get(verb).startsWith("VB"))) {
            return null; // a named person opening the sentence speaks its quoted words even after "despite …"
        }
        if (description != null) {
            return antecedents.description(description, null);
        }
        return m >= 0 ? antecedents.named(m, null) : antecedents.pronoun(t.get(start), null, previous);
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
        int cue = phrases.cueIndex(t, 0);
        if (cue < 0 || cue > SpeakerPhrases.MAX_NOUN_PHRASE_TOKENS + 1 || t.size() > cue + 6 && !t.get(cue + 1).word().equals(",")) {
            return null;
        }
        return cue == 0 ? phrases.candidateAfter(t, phrases.cueLength(t, 0), phrases.cueSpan(t, 0), previous) : phrases.adjacentBefore(t, 0, cue, previous);
    }

    /**
     * "…, Schiff said. “The other factor …”", "Burman said of the plan. “It doesn't …”": a quote
     * opening a sentence after one that ends with its speaker and cue, in the same paragraph.
     */
    private Speaker fromSentenceBefore(Span marks, Quote previous) {
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
                Speaker s = phrases.adjacentBefore(t, 0, k, previous);
                return s != null ? s : phrases.candidateAfter(t, k + 1, phrases.cueSpan(t, k), previous);
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
                Speaker s = phrases.adjacentBefore(prev, 0, k, previous);
                return s != null ? s : phrases.candidateAfter(prev, k + phrases.cueLength(prev, k), phrases.cueSpan(prev, k), previous);
            }
        }
        return null;
    }

    /** “…” ― Pamela Padilla: a dash and a name closing the paragraph. */
    private Speaker fromDash(List<Token> t, Quote previous) {
        if (t.size() >= 2 && t.get(0).word().matches("[―—–-]+") && Character.isUpperCase(t.get(1).word().charAt(0))) {
            return phrases.candidateAfter(t, 1, null, previous);
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
        int source = ClauseWords.sourcePhraseAt(t, 0, t.size());
        if (source > 0 && t.size() > source) {
            return phrases.candidateAfter(t, source, null, previous); // "“…,” according to X"
        }
        if (OTHER_CLAUSE.contains(first)) {
            return null; // "“…” when he said …", "“…,” but she denied …": a cue of another clause
        }
        int start = first.equals("as") ? 1 : 0;
        int cue = phrases.cueIndex(t, start);
        if (cue == start) {
            int pastCue = cue + phrases.cueLength(t, cue);
            if (pastCue < t.size() && lower(t.get(pastCue).word()).equals("that")) {
                return null; // "the advertisement “unmistakably and wrongfully” suggests that …": the quote's own clause goes on
            }
            return phrases.candidateAfter(t, pastCue, phrases.cueSpan(t, cue), previous);
        }
        if (cue > start) {
            Speaker s = phrases.adjacentBefore(t, start, cue, previous);
            if (s == null && cue - start <= SpeakerPhrases.MAX_SPEAKER_TOKENS) {
                s = phrases.candidateBefore(t.subList(start, cue), phrases.cueSpan(t, cue), previous);
            }
            return s;
        }
        return null;
    }

    private Speaker fromLeader(Span marks, Quote previous) {
        List<Token> before = outsideQuotes(sentenceTokens(marks.begin(), 0, marks.begin()));
        for (int k = before.size() - 1; k >= 0; k--) {
            String w = lower(before.get(k).word());
            int source = ClauseWords.sourcePhraseAt(before, k, before.size());
            if (source > 0) {
                Speaker s = phrases.candidateAfter(before, k + source, null, previous);
                return s != null ? s : phrases.phraseUpTo(before, k + source, before.size(), MAX_APPOSITION_TOKENS);
            }
            if (k > 0 && lower(before.get(k - 1).word()).equals("to")) {
                continue; // "too early to tell whether …": an infinitive reports nothing; look for the main verb
            }
            // "The Post reports that …": a verb of finding or stating with its "that" clause
            boolean reportsClause = lexicon.isThatCue(w) && k + 1 < before.size() && lower(before.get(k + 1).word()).equals("that")
                    && phrases.tagOf(before.get(k)).matches("VB[DZP]?");
            if (lexicon.isCue(w) || reportsClause || k + 1 < before.size() && lexicon.isCue(w, before.get(k + 1).word())) {
                Span cue = phrases.cueSpan(before, k);
                if (w.endsWith("ing")) {
                    // "X spent the interview praising the “…”", "He then defended it, saying, “…”"
                    Speaker subject = phrases.clauseSubject(before, k, cue, previous);
                    if (subject != null) {
                        return subject;
                    }
                }
                int b = k - 1;
                while (b >= 0 && ClauseWords.AUXILIARIES.contains(lower(before.get(b).word()))) {
                    b--;
                }
                if (b > 0 && (lower(before.get(b).word()).equals("and") || lower(before.get(b).word()).equals("but"))) {
                    // "She called it “outrageous” and called for pay to be “clawed back”": the first verb's subject
                    Speaker subject = phrases.clauseSubject(before, b, cue, previous);
                    if (subject != null) {
                        return subject;
                    }
                }
                Speaker s = phrases.adjacentBefore(before, 0, k, previous);
                if (s == null && !lexicon.isCue(w)) {
                    continue; // "people who feel that way": a verb of stating needs its subject right before it
                }
                if (s == null) {
                    s = phrases.candidateBefore(before.subList(0, k), cue, previous);
                }
                if (s != null && isPronoun(s)) {
                    Speaker outer = outerSpeaker(before, k, s, previous);
                    if (outer != null) {
                        return outer;
                    }
                }
                return s != null ? s : phrases.candidateAfter(before, k + phrases.cueLength(before, k), cue, previous);
            }
        }
        return null;
    }

    /**
     * "She said she recalls the colleague being “confused”", "Obama said it would tell a story of
     * “…”": a pronoun's cue inside a clause another speaker reports; that speaker, named, when the
     * pronoun is the same one or a thing.
     */
    private Speaker outerSpeaker(List<Token> before, int innerCue, Speaker inner, Quote previous) {
        for (int k = 1; k < innerCue; k++) {
            String w = before.get(k).word();
            if (!lexicon.isCue(w) || lower(before.get(k - 1).word()).equals("to")) {
                continue;
            }
            Speaker outer = phrases.adjacentBefore(before, 0, k, previous);
            String prev = lower(before.get(k - 1).word());
            if (outer == null && (prev.equals("and") || prev.equals("but"))) {
                outer = phrases.clauseSubject(before, k - 1, null, previous); // "X bemoaned … and said he thought …"
            }
            boolean thing = Pronouns.THING.contains(lower(inner.mention().of(text)));
            if (outer != null && outer.entityId() != null && !isPronoun(outer)
                    && (thing || outer.entityId().equals(inner.entityId()))) {
                return outer;
            }
        }
        return null;
    }

    private boolean isPronoun(Speaker s) {
        String w = lower(s.mention().of(text));
        return Pronouns.PERSON.contains(w) || Pronouns.THING.contains(w);
    }

    /** The tokens not inside quotation marks: words of an earlier quote or a quoted title are not the writer's. */
    private List<Token> outsideQuotes(List<Token> t) {
        List<Token> out = new ArrayList<>();
        boolean inside = false;
        for (Token tok : t) {
            int b = tok.span().begin();
            if (QuotationMarks.doubleMarkLength(text, b) > 0) {
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
}
