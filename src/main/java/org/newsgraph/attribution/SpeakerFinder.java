package org.newsgraph.attribution;

import static org.newsgraph.attribution.ClauseWords.isPunct;
import static org.newsgraph.attribution.ClauseWords.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Document;
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
 * the committee: / X promises that … before it; failing those, a neighbouring sentence
 * ({@link NeighbourSentences}: "…?" X asked., a paragraph ending in a colon) or, with no cue, the
 * subject of the writer's sentence ({@link SubjectSpeaker}). The speaker phrase next to a cue is
 * read by the readers of {@link SpeakerPhrases}.
 */
final class SpeakerFinder {
    private static final int MAX_TRAILER_SCAN = 30;
    private static final int MAX_APPOSITION_TOKENS = 20;
    private static final Set<String> OTHER_CLAUSE = Set.of("when", "because", "if", "after", "before",
            "while", "since", "that", "which", "who", "what", "where", "and", "but", "although", "though", "until", "unless");
    private final String text;
    private final Tokens tokens;
    private final AttributionLexicon lexicon;
    private final SpeakerPhrases phrases;
    private final Antecedents antecedents;
    private final MentionIndex mentions;
    private final NeighbourSentences neighbours;
    private final SubjectSpeaker subjectSpeaker;
    private final SpeakerLabels labels;
    private final AccordingTo accordingTo;

    SpeakerFinder(Document doc, AttributionLexicon lexicon, SpeakerPhrases phrases) {
        this.text = doc.text();
        this.tokens = doc.tokens();
        this.lexicon = lexicon;
        this.phrases = phrases;
        this.antecedents = phrases.antecedents();
        this.mentions = antecedents.mentions();
        this.neighbours = new NeighbourSentences(doc, lexicon, phrases);
        this.subjectSpeaker = new SubjectSpeaker(doc, antecedents);
        this.labels = new SpeakerLabels(doc, antecedents);
        this.accordingTo = new AccordingTo(phrases);
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
        Speaker subject = before.isEmpty() ? null : phrases.subjects().clauseSubject(before, before.size(), s.cue(), previous);
        boolean same = subject != null && subject.mention().begin() < s.mention().begin()
                && (s.entityId() != null ? s.entityId().equals(subject.entityId())
                        : lower(subject.mention().of(text)).equals(lower(s.mention().of(text))));
        return same ? new Speaker(subject.mention(), subject.text(), subject.entityId(), s.cue()) : s;
    }

    private Speaker located(Span marks, Quote previous) {
        Speaker labelled = labels.of(marks);
        if (labelled != null) {
            return labelled;
        }
        Speaker reported = accordingTo.of(outsideQuotes(sentenceTokens(marks.begin(), 0, marks.begin())),
                outsideQuotes(sentenceTokens(marks.end() - 1, marks.end(), Integer.MAX_VALUE)), previous);
        if (reported != null) {
            return reported;
        }
        if (endsWithFullStop(marks)) {
            // "Ms Essex said: “This is a good deal … at a local level.” Dai Lloyd called …": a quote
            // closed by a full stop ends its sentence; the words after it are the next sentence's
            Speaker leader = fromLeader(marks, previous);
            if (leader != null) {
                return leader;
            }
        }
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
            s = neighbours.fromNextSentence(marks, previous);
        }
        if (s == null) {
            s = neighbours.fromIntroducingColon(marks, previous);
        }
        if (s == null) {
            s = neighbours.fromSentenceBefore(marks, previous);
        }
        return s != null ? s : subjectSpeaker.of(marks, previous);
    }

    /** The quoted words end with a full stop inside the closing mark. */
    private boolean endsWithFullStop(Span marks) {
        int i = marks.end() - 1;
        while (i > marks.begin() && (QuotationMarks.doubleMarkLength(text, i) > 0 || text.charAt(i) == '\'' || Character.isWhitespace(text.charAt(i)))) {
            i--;
        }
        return text.charAt(i) == '.' && (i == 0 || text.charAt(i - 1) != '.');
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
        Speaker dashed = neighbours.fromDash(after.subList(Math.max(0, i - 1), after.size()), previous);
        if (dashed != null) {
            return dashed;
        }
        String first = lower(t.get(0).word());
        int source = ClauseWords.sourcePhraseAt(t, 0, t.size());
        if (source > 0 && t.size() > source) {
            return phrases.after().candidateAfter(t, source, null, previous); // "“…,” according to X"
        }
        if (OTHER_CLAUSE.contains(first)) {
            return null; // "“…” when he said …", "“…,” but she denied …": a cue of another clause
        }
        int start = first.equals("as") ? 1 : 0;
        int cue = phrases.words().cueIndex(t, start);
        if (cue == start) {
            int pastCue = cue + phrases.words().cueLength(t, cue);
            if (pastCue < t.size() && lower(t.get(pastCue).word()).equals("that")) {
                return null; // "the advertisement “unmistakably and wrongfully” suggests that …": the quote's own clause goes on
            }
            return phrases.after().candidateAfter(t, pastCue, phrases.words().cueSpan(t, cue), previous);
        }
        if (cue > start) {
            Speaker s = phrases.before().adjacentBefore(t, start, cue, previous);
            if (s == null && cue - start <= ClauseWords.MAX_SPEAKER_TOKENS) {
                s = phrases.before().candidateBefore(t.subList(start, cue), phrases.words().cueSpan(t, cue), previous);
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
                Speaker s = phrases.after().candidateAfter(before, k + source, null, previous);
                return s != null ? s : phrases.before().phraseUpTo(before, k + source, before.size(), MAX_APPOSITION_TOKENS);
            }
            if (k > 0 && lower(before.get(k - 1).word()).equals("to")) {
                continue; // "too early to tell whether …": an infinitive reports nothing; look for the main verb
            }
            // "The Post reports that …": a verb of finding or stating with its "that" clause
            boolean reportsClause = lexicon.isThatCue(w) && k + 1 < before.size() && lower(before.get(k + 1).word()).equals("that")
                    && phrases.words().tagOf(before.get(k)).matches("VB[DZP]?");
            if (lexicon.isCue(w) || reportsClause || k + 1 < before.size() && lexicon.isCue(w, before.get(k + 1).word())) {
                Span cue = phrases.words().cueSpan(before, k);
                if (w.endsWith("ing")) {
                    // "X spent the interview praising the “…”", "He then defended it, saying, “…”"
                    Speaker subject = phrases.subjects().clauseSubject(before, k, cue, previous);
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
                    Speaker subject = phrases.subjects().clauseSubject(before, b, cue, previous);
                    if (subject != null) {
                        return subject;
                    }
                }
                Speaker s = phrases.before().adjacentBefore(before, 0, k, previous);
                if (s == null && !lexicon.isCue(w)) {
                    continue; // "people who feel that way": a verb of stating needs its subject right before it
                }
                if (s == null) {
                    s = phrases.before().candidateBefore(before.subList(0, k), cue, previous);
                }
                if (s != null && isPronoun(s)) {
                    Speaker outer = outerSpeaker(before, k, s, previous);
                    if (outer != null) {
                        return outer;
                    }
                }
                return s != null ? s : phrases.after().candidateAfter(before, k + phrases.words().cueLength(before, k), cue, previous);
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
            Speaker outer = phrases.before().adjacentBefore(before, 0, k, previous);
            String prev = lower(before.get(k - 1).word());
            if (outer == null && (prev.equals("and") || prev.equals("but"))) {
                outer = phrases.subjects().clauseSubject(before, k - 1, null, previous); // "X bemoaned … and said he thought …"
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
