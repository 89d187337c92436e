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
        String t = s.span().of(doc.text());
        return t.indexOf('“') >= 0 || t.indexOf('”') >= 0 || t.indexOf('"') >= 0;
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
        // "X said (that) CONTENT"
        int cue = finder.cueIndex(t, 1);
        if (cue > 0 && cue + 1 < end) {
            Span cueSpan = finder.cueSpan(t, cue);
            int contentStart = cue + finder.cueLength(t, cue);
            if (contentStart < end && SpeakerFinder.lower(t.get(contentStart).word()).equals("that")) {
                contentStart++;
            } else {
                return null; // without "that" a cue verb is too often not speech ("called for", "noted for")
            }
            Speaker sp = finder.adjacentBefore(t, 0, cue, null);
            if (isSpeaker(sp) && end - contentStart >= MIN_CONTENT_TOKENS) {
                return quote(t, contentStart, end, sp);
            }
        }
        return null;
    }

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
