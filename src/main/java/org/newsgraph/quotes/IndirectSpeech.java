package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Document;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;

/**
 * Reported speech without quotation marks, in the three shapes news uses most: "X said (that)
 * CONTENT", "according to X, CONTENT" / "CONTENT, according to X", and "CONTENT, X said."
 * Sentences holding a marked quote are left to the marked-quote rules.
 */
final class IndirectSpeech {
    private static final int MIN_CONTENT_TOKENS = 4;
    private final Document doc;
    private final Tokens tokens;
    private final QuoteLexicon lexicon;
    private final SpeakerFinder finder;

    IndirectSpeech(Document doc, QuoteLexicon lexicon, SpeakerFinder finder) {
        this.doc = doc;
        this.tokens = doc.tokens();
        this.lexicon = lexicon;
        this.finder = finder;
    }

    List<Quote> find(List<Quote> marked) {
        List<Quote> out = new ArrayList<>();
        for (Sentence s : tokens.sentences()) {
            if (marked.stream().anyMatch(q -> q.content().overlaps(s.span())) || hasQuoteMark(s)) {
                continue;
            }
            Quote q = reported(tokens.of(s));
            if (q != null) {
                out.add(q);
            }
        }
        return out;
    }

    private boolean hasQuoteMark(Sentence s) {
        for (int i = s.span().begin(); i < s.span().end(); i++) {
            if (QuoteMarks.doubleMarkLength(doc.text(), i) > 0) {
                return true;
            }
        }
        return false;
    }

    private Quote reported(List<Token> t) {
        int end = t.size();
        while (end > 0 && SpeakerFinder.isPunct(t.get(end - 1).word())) {
            end--;
        }
        if (end < MIN_CONTENT_TOKENS + 2) {
            return null;
        }
        // "according to X, CONTENT" and "CONTENT, according to X"
        for (int k = 0; k + 1 < end; k++) {
            if (SpeakerFinder.lower(t.get(k).word()).equals("according") && SpeakerFinder.lower(t.get(k + 1).word()).equals("to")) {
                Speaker sp = finder.candidateAfter(t, k + 2, null, null);
                if (sp == null) {
                    return null;
                }
                if (k == 0 || k == 1 && SpeakerFinder.isPunct(t.get(0).word())) {
                    int comma = indexOf(t, ",", k + 2, end);
                    return comma > 0 && end - comma - 1 >= MIN_CONTENT_TOKENS ? quote(t, comma + 1, end, sp) : null;
                }
                int contentEnd = k > 0 && t.get(k - 1).word().equals(",") ? k - 1 : k;
                return contentEnd >= MIN_CONTENT_TOKENS ? quote(t, 0, contentEnd, sp) : null;
            }
        }
        // "CONTENT, X said." / "CONTENT, said X."
        int comma = lastIndexOf(t, ",", end);
        if (comma >= MIN_CONTENT_TOKENS && end - comma - 1 <= 6) {
            List<Token> tail = t.subList(comma + 1, end);
            int cue = finder.cueIndex(tail, 0);
            if (cue >= 0 && (cue == tail.size() - finder.cueLength(tail, cue) || cue == 0)) {
                Span cueSpan = finder.cueSpan(tail, cue);
                Speaker sp = cue == 0 ? finder.candidateAfter(tail, finder.cueLength(tail, 0), cueSpan, null)
                        : finder.adjacentBefore(tail, 0, cue, null);
                if (isSpeaker(sp)) {
                    return quote(t, 0, comma, sp);
                }
            }
        }
        // "X: CONTENT" opening a paragraph, as headlines and transcripts attribute
        int colon = indexOf(t, ":", 1, Math.min(end, 5));
        if (colon > 0 && end - colon - 1 >= MIN_CONTENT_TOKENS) {
            Speaker sp = finder.adjacentBefore(t, 0, colon, null);
            if (sp != null && sp.entityId() != null && sp.mention().begin() == t.get(0).span().begin()) {
                return quote(t, colon + 1, end, new Speaker(sp.mention(), sp.text(), sp.entityId(), null));
            }
        }
        // "X said (that) CONTENT", "X said Friday that CONTENT", "X told reporters CONTENT"
        for (int cue = 1; cue + 1 < end; cue++) {
            String w = SpeakerFinder.lower(t.get(cue).word());
            boolean speech = lexicon.isCue(w) || lexicon.isThatCue(w);
            if (!speech) {
                continue;
            }
            Span cueSpan = finder.cueSpan(t, cue);
            int contentStart = cue + (lexicon.isCue(w) ? finder.cueLength(t, cue) : 1);
            int afterAdverbs = skipTimeWords(t, contentStart, end);
            if (w.startsWith("told") || w.startsWith("tell")) {
                afterAdverbs = skipObject(t, afterAdverbs, end);
            }
            int thatAfterPhrase = afterAdverbs < end && PREPOSITIONS.contains(SpeakerFinder.lower(t.get(afterAdverbs).word()))
                    ? indexOf(t, "that", afterAdverbs, Math.min(end, afterAdverbs + MAX_PHRASE_BEFORE_THAT)) : -1;
            if (afterAdverbs < end && SpeakerFinder.lower(t.get(afterAdverbs).word()).equals("that")) {
                contentStart = afterAdverbs + 1;
            } else if (thatAfterPhrase > 0) {
                contentStart = thatAfterPhrase + 1; // "says at a campaign stop in Toledo, Ohio, that …"
            } else if (lexicon.isBareClauseCue(w) && afterAdverbs < end && startsClause(t.get(afterAdverbs).word())) {
                contentStart = afterAdverbs;
            } else {
                continue; // "called for", "noted for": a cue word that does not introduce speech here
            }
            Speaker sp = finder.adjacentBefore(t, 0, cue, null);
            if (isSpeaker(sp) && end - contentStart >= MIN_CONTENT_TOKENS) {
                return quote(t, contentStart, end, sp);
            }
            return null;
        }
        return null;
    }

    /** "on Friday", "earlier this week", "last month": time words between a verb and its clause. */
    private static int skipTimeWords(List<Token> t, int i, int end) {
        while (i < end && TIME_WORDS.contains(SpeakerFinder.lower(t.get(i).word()))) {
            i++;
        }
        return i;
    }

    /** "told reporters", "told the Associated Press", "told Newsweek": the addressee before the clause. */
    private int skipObject(List<Token> t, int i, int end) {
        int limit = Math.min(end, i + 5);
        for (int k = i; k < limit; k++) {
            String w = SpeakerFinder.lower(t.get(k).word());
            if (w.equals("that") || w.equals(",")) {
                return skipTimeWords(t, k, end);
            }
            if (k > i && startsClause(t.get(k).word()) && QuoteLexicon.PERSON_PRONOUNS.contains(w)) {
                return k;
            }
        }
        return i;
    }

    /** A clause reported without "that": anything but a preposition, a particle or punctuation. */
    private static boolean startsClause(String word) {
        String w = SpeakerFinder.lower(word);
        return Character.isLetterOrDigit(word.charAt(0)) && !PREPOSITIONS.contains(w) && !NOT_CLAUSES.contains(w);
    }

    private static final int MAX_PHRASE_BEFORE_THAT = 12;
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("of", "to", "in", "about", "on", "for", "with",
            "at", "by", "from", "during", "after", "before", "into", "over", "through", "via", "under", "against", "while");
    private static final java.util.Set<String> NOT_CLAUSES = java.util.Set.of("so", "yes", "no", "hello", "goodbye", "nothing",
            "something", "anything", "much", "little", "otherwise", "as", "than", "and", "or", "but");

    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("on", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "today", "yesterday", "tonight", "earlier", "later", "last", "this", "week", "month",
            "year", "morning", "afternoon", "evening", "night", "recently", "previously", "again", "also", "repeatedly", "in",
            "a", "statement", "an", "interview", "separately", "privately", "publicly");

    /** Reported speech needs a source that can speak: an entity, a name, a pronoun, or a speaker noun. */
    private boolean isSpeaker(Speaker sp) {
        if (sp == null) {
            return false;
        }
        if (sp.entityId() != null) {
            return true;
        }
        String[] words = sp.mention().of(doc.text()).split("\\s+");
        String head = words[words.length - 1];
        return Character.isUpperCase(head.charAt(0)) || QuoteLexicon.PERSON_PRONOUNS.contains(head.toLowerCase(java.util.Locale.ROOT))
                || lexicon.isSpeakerNoun(head);
    }

    private static Quote quote(List<Token> t, int from, int to, Speaker sp) {
        Span content = new Span(t.get(from).span().begin(), t.get(to - 1).span().end());
        return new Quote(content, QuoteKind.INDIRECT, sp.cue(), sp.mention(), sp.text(), sp.entityId());
    }

    private static int indexOf(List<Token> t, String word, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.get(i).word().equals(word)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(List<Token> t, String word, int to) {
        for (int i = to - 1; i >= 0; i--) {
            if (t.get(i).word().equals(word)) {
                return i;
            }
        }
        return -1;
    }
}
