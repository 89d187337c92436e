package org.newsgraph.attribution;

import static org.newsgraph.attribution.ClauseWords.*;
import static org.newsgraph.attribution.TimeWords.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;
import org.newsgraph.pipeline.WorkMeter;
import org.newsgraph.resolution.SpanIndex;
import org.newsgraph.resolution.Speaker;
import org.newsgraph.tokens.QuotationMarks;

/**
 * Reported speech without quotation marks, in the shapes news uses: "according to X, CONTENT" /
 * "CONTENT, according to X"; "CONTENT, X said." and "CONTENT, X said, CONTENT"; "X: CONTENT"
 * opening a paragraph; then, per sentence, a verb of saying with its source and what it takes
 * ({@link ReportedClauses}) and the nouns and adjectives of saying ({@link NominalAttributions}).
 * Reported words that hold a marked quote are left to the marked-quote rules.
 */
final class IndirectSpeech {
    private static final int MAX_SPEAKER_AFTER_COMMA = 6;
    private static final int MAX_APPOSITION = 14;
    private static final int MAX_SOURCE_WORDS = 10;
    private static final int MAX_ADDRESSEE = 8;
    private final Document doc;
    private final Tokens tokens;
    private final AttributionLexicon lexicon;
    private final SpeakerPhrases phrases;
    private final ReportedClauses clauses;
    private final NominalAttributions nominals;
    private final ClauseEnds ends;
    /** The marked quotes' contents, for the overlap test every reported clause needs. */
    private SpanIndex markedSpans = new SpanIndex(List.of());

    IndirectSpeech(Document doc, AttributionLexicon lexicon, SpeakerPhrases phrases) {
        this.doc = doc;
        this.tokens = doc.tokens();
        this.lexicon = lexicon;
        this.phrases = phrases;
        Sources sources = new Sources(doc, lexicon, phrases);
        this.ends = new ClauseEnds(lexicon.attributionVerbs());
        this.clauses = new ReportedClauses(doc, lexicon, sources, ends);
        this.nominals = new NominalAttributions(doc, lexicon, phrases, sources, ends);
    }

    List<Quote> find(List<Quote> marked) {
        List<Quote> out = new ArrayList<>();
        markedSpans = new SpanIndex(marked.stream().map(Quote::content).toList());
        for (Sentence s : tokens.sentences()) {
            WorkMeter.count(s.endToken() - s.firstToken());
            List<String> tags = doc.partsOfSpeech().tags().subList(s.firstToken(), s.endToken());
            List<Quote> kept = new ArrayList<>();
            for (Quote q : reported(tokens.of(s), tags, marked)) {
                if (!isQuoted(q.content(), marked)) {
                    kept.add(q);
                }
            }
            out.addAll(IndirectQuotes.outermost(kept));
        }
        return out;
    }

    /** Reported words holding a marked quote are that quote's attribution, found by the marked-quote rules. */
    private boolean isQuoted(Span content, List<Quote> marked) {
        return markedSpans.overlapsAny(content) || hasQuoteMark(content);
    }

    private boolean hasQuoteMark(Span span) {
        for (int i = span.begin(); i < span.end(); i++) {
            if (QuotationMarks.doubleMarkLength(doc.text(), i) > 0) {
                return true;
            }
        }
        return false;
    }

    private List<Quote> reported(List<Token> t, List<String> tags, List<Quote> marked) {
        int end = t.size();
        while (end > 0 && ClauseWords.isPunct(t.get(end - 1).word())) {
            end--;
        }
        if (end < MIN_CLAUSE_TOKENS + 2) {
            return List.of();
        }
        Quote q = accordingTo(t, end);
        if (q == null) {
            q = inFinding(t, tags, end);
        }
        if (q == null) {
            q = saidAfterComma(t, tags, end);
        }
        if (q == null) {
            q = colonAfterSpeaker(t, end);
        }
        if (q != null && !isQuoted(q.content(), marked)) {
            return List.of(q);
        }
        return byWordsOfSaying(t, tags, end); // "“…,” he said, adding that …": the marked quote's attribution may report more
    }

    /**
     * The attributions by verbs, nouns and adjectives of saying in one sentence's tokens (without
     * its closing punctuation, up to {@code end}); a claim before ", X said." leaves the nouns alone.
     */
    private List<Quote> byWordsOfSaying(List<Token> t, List<String> tags, int end) {
        List<Quote> out = new ArrayList<>();
        int claimEnd = clauses.clauseBeforeSource(t, tags, end, out);
        if (claimEnd > 0) {
            clauses.attributionVerbs(t, tags, 0, claimEnd, out);
            return out;
        }
        clauses.attributionVerbs(t, tags, 0, end, out);
        nominals.find(t, tags, end, out);
        return out;
    }

    /** "according to X, CONTENT" and "CONTENT, according to X". */
    private Quote accordingTo(List<Token> t, int end) {
        for (int k = 0; k < end; k++) {
            int phrase = sourcePhraseAt(t, k, end);
            if (phrase > 0) {
                Speaker sp = phrases.after().candidateAfter(t, k + phrase, null, null);
                if (sp == null) {
                    sp = phrases.before().phraseUpTo(t, k + phrase, end, MAX_SOURCE_WORDS); // "according to federal statistics": data and documents speak too
                }
                if (sp == null) {
                    return null;
                }
                if (k == 0 || k == 1 && ClauseWords.isPunct(t.get(0).word())) {
                    int comma = indexOf(t, ",", k + phrase, end);
                    return comma > 0 && end - comma - 1 >= MIN_CLAUSE_TOKENS ? IndirectQuotes.of(t, comma + 1, end, sp) : null;
                }
                int contentEnd = k > 0 && t.get(k - 1).word().equals(",") ? k - 1 : k;
                return contentEnd >= MIN_CLAUSE_TOKENS ? IndirectQuotes.of(t, 0, contentEnd, sp) : null;
            }
        }
        return null;
    }

    /**
     * "CONTENT, X said." / "CONTENT, said X, the lawyer for …" / "CONTENT, X, a lawyer, said on
     * Friday." and the parenthetical "CONTENT, X said, CONTENT".
     */
    private Quote saidAfterComma(List<Token> t, List<String> tags, int end) {
        for (int comma = 1; comma < end; comma++) {
            if (!t.get(comma).word().equals(",")) {
                continue;
            }
            List<Token> tail = t.subList(comma + 1, Math.min(end, comma + 1 + MAX_SPEAKER_AFTER_COMMA + MAX_APPOSITION));
            int cue = phrases.words().cueIndex(tail, 0);
            if (cue < 0) {
                continue;
            }
            Span cueSpan = phrases.words().cueSpan(tail, cue);
            AttributionVerbs.Match verb = lexicon.attributionVerbs().at(tail, cue);
            int afterCue = skipTimeWords(t, comma + 1 + cue + phrases.words().cueLength(tail, cue), end);
            if (verb != null && verb.takesAddressee()) {
                afterCue = pastAddressee(t, tags, afterCue, end);
            }
            if (cue == 0) {
                Speaker sp = lower(tail, 0).endsWith("ing") ? null : phrases.after().candidateAfter(tail, phrases.words().cueLength(tail, 0), cueSpan, null);
                if (lexicon.canSpeak(doc.text(), sp) && comma >= MIN_CLAUSE_TOKENS && endsSentenceOrApposition(t, sp.mention().end(), end)) {
                    return IndirectQuotes.of(t, 0, comma, sp);
                }
                continue;
            }
            Speaker sp = phrases.before().adjacentBefore(tail, 0, cue, null);
            if (!lexicon.canSpeak(doc.text(), sp)
                    || sp.mention().begin() != tail.get(0).span().begin() && cue - parentheticalBefore(tail, cue) > MAX_SPEAKER_AFTER_COMMA) {
                continue;
            }
            if (afterCue >= end && comma >= MIN_CLAUSE_TOKENS && !isSubordinateClause(t, comma)) {
                return IndirectQuotes.of(t, 0, comma, sp);
            }
            if (afterCue < end && t.get(afterCue).word().equals(",") && end - afterCue - 1 >= MIN_CLAUSE_TOKENS) {
                String next = lower(t, afterCue + 1);
                boolean opensWithSubordinate = SUBORDINATORS.contains(lower(t, 0)) || lower(t, 0).equals("so");
                if (continuesTheClaim(t.get(afterCue + 1).word()) || next.equals("and") || next.equals("but") || opensWithSubordinate) {
                    // "The museum, Mr. Obama said, would make …", "Though the transition was seamless, he said,
                    // replacing her would be …": the claim runs around its attribution, from the relative
                    // pronoun it may open with ("the stadium, which, Tompkins said, is …") to where it ends
                    int open = comma + 1;
                    while (t.get(open).span().begin() < sp.mention().begin()) {
                        open++;
                    }
                    open--; // the comma right before the speaker
                    boolean relative = open >= 2 && t.get(open).word().equals(",") && NON_RESTRICTIVE.contains(lower(t, open - 1))
                            && t.get(open - 2).word().equals(",");
                    return IndirectQuotes.of(t, relative ? open - 1 : 0, ends.clauseEnd(t, tags, afterCue + 1, end, true), sp);
                }
                if (comma >= MIN_CLAUSE_TOKENS) {
                    return IndirectQuotes.of(t, 0, comma, sp); // "…, lawmakers said Friday, as they bristled …": the writer goes on
                }
            }
        }
        return null;
    }

    /** "Sen. Lindsey Graham (R-S.C.) told": how many tokens the parenthesis right before {@code k} takes. */
    private static int parentheticalBefore(List<Token> t, int k) {
        if (k == 0 || !t.get(k - 1).word().equals(")")) {
            return 0;
        }
        int open = k - 1;
        while (open > 0 && !t.get(open).word().equals("(")) {
            open--;
        }
        return t.get(open).word().equals("(") ? k - open : 0;
    }

    /**
     * "…, Graham told The Huffington Post on Thursday." / "…, he told reporters, …": after a verb of
     * telling, the one told (a short phrase without a verb of its own) and when or where; where
     * that phrase does not run to the sentence end or a comma, {@code i} as it was.
     */
    private static int pastAddressee(List<Token> t, List<String> tags, int i, int end) {
        int k = i;
        while (k < end && k - i < MAX_ADDRESSEE && !t.get(k).word().equals(",") && !tags.get(k).startsWith("VB")
                && !tags.get(k).equals("MD") && !lower(t, k).equals("that")) {
            k++;
        }
        return k > i && (k == end || t.get(k).word().equals(",")) ? k : i;
    }

    /**
     * "In this poll, Trump rose 1 percentage point …": a sentence opening with a poll, survey or
     * study it reports from; the rest of the sentence is the finding, unless a verb of its own
     * attributes it ("In a new survey, analysts say …").
     */
    private Quote inFinding(List<Token> t, List<String> tags, int end) {
        if (!lower(t, 0).equals("in")) {
            return null;
        }
        int comma = indexOf(t, ",", 1, Math.min(end, MAX_SOURCE_WORDS + 2));
        if (comma < 2 || end - comma - 1 < MIN_CLAUSE_TOKENS) {
            return null;
        }
        boolean finding = false;
        for (int k = 1; k < comma; k++) {
            finding |= lexicon.isFindingNoun(t.get(k).word());
        }
        for (int k = comma + 1; k < end && finding; k++) {
            finding = !(tags.get(k).startsWith("VB") && lexicon.attributionVerbs().at(t, k) != null);
        }
        if (!finding) {
            return null;
        }
        Span phrase = new Span(t.get(1).span().begin(), t.get(comma - 1).span().end());
        return IndirectQuotes.of(t, comma + 1, end, new Speaker(phrase, phrase.of(doc.text()), null, t.get(0).span()));
    }

    /** "…, he said, would make …" goes on with the claim; "…, he said, referring to …" with the writer's words. */
    private static boolean continuesTheClaim(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Character.isLetterOrDigit(word.charAt(0)) && !w.endsWith("ing") && !PREPOSITIONS.contains(w) && !NOT_CLAUSES.contains(w)
                && !WRITER_VERBS.contains(w);
    }

    /** After "said X": the end of the sentence, or an apposition describing X ("…, the lawyer for …"). */
    private static boolean endsSentenceOrApposition(List<Token> t, int speakerEnd, int end) {
        int k = 0;
        while (k < end && t.get(k).span().begin() < speakerEnd) {
            k++;
        }
        return k >= end || t.get(k).word().equals(",") && k + 1 < end
                && (ClauseWords.DETERMINERS.contains(lower(t, k + 1)) || Character.isUpperCase(t.get(k + 1).word().charAt(0)));
    }

    /** "X: CONTENT" opening a paragraph, as headlines and transcripts attribute. */
    private Quote colonAfterSpeaker(List<Token> t, int end) {
        int colon = indexOf(t, ":", 1, Math.min(end, 5));
        if (colon > 0 && end - colon - 1 >= MIN_CLAUSE_TOKENS) {
            Speaker sp = phrases.before().adjacentBefore(t, 0, colon, null);
            if (sp != null && sp.entityId() == null) {
                // "Pence: …" in a headline the tagger read as Title Case
                Entity e = phrases.antecedents().entityNamed(sp.mention().of(doc.text()));
                sp = e == null ? sp : new Speaker(sp.mention(), e.name(), e.id(), sp.cue());
            }
            boolean named = sp != null && (sp.entityId() != null || lexicon.isSpeakerNoun(t.get(colon - 1).word())
                    || AttributionLexicon.isTranscriptName(t.get(colon - 1).word()));
            if (named && sp.mention().begin() == t.get(0).span().begin()) {
                return IndirectQuotes.of(t, colon + 1, end, new Speaker(sp.mention(), sp.text(), sp.entityId(), null));
            }
        }
        return null;
    }
}
