package org.newsgraph.attribution;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * One document as the reported-speech tagger reads it: per token its word, tag, the type of
 * name it is part of, its class in the attribution word lists, and what the rules made of it
 * (cue, speaker, reported content, quoted content). Built once per document, in arrays, so
 * that a feature is an index lookup.
 */
final class TokenTable implements java.io.Serializable {
    static final String OUTSIDE = "<none>";
    private static final long serialVersionUID = 1L;
    static final byte NONE = 0;
    static final byte RULE_REPORTED = 1;
    static final byte RULE_QUOTED = 2;
    static final byte RULE_CUE = 3;
    static final byte RULE_SPEAKER = 4;

    final String text;
    final String[] words;
    final String[] tags;
    final String[] names;
    final String[] classes;
    final int[] begin;
    final int[] end;
    final int[] sentence;
    final int[] sentenceFirst;
    final int[] sentenceEnd;
    final byte[] rule;
    /** Per token: the id and name of the person or organisation whose name covers it, or null. */
    final String[] entityId;
    final String[] entityName;

    TokenTable(Document doc, List<Quote> proposed, UnaryOperator<String> wordClass) {
        text = doc.text();
        List<Token> tokens = doc.tokens().tokens();
        int n = tokens.size();
        words = new String[n];
        tags = new String[n];
        names = new String[n];
        classes = new String[n];
        begin = new int[n];
        end = new int[n];
        sentence = new int[n];
        rule = new byte[n];
        entityId = new String[n];
        entityName = new String[n];
        List<String> pos = doc.partsOfSpeech().tags();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            words[i] = t.word().toLowerCase(Locale.ROOT);
            tags[i] = pos.get(i);
            names[i] = "O";
            classes[i] = wordClass.apply(words[i]);
            begin[i] = t.span().begin();
            end[i] = t.span().end();
        }
        List<Sentence> sentences = doc.tokens().sentences();
        sentenceFirst = new int[sentences.size()];
        sentenceEnd = new int[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            Sentence se = sentences.get(s);
            sentenceFirst[s] = se.firstToken();
            sentenceEnd[s] = se.endToken();
            for (int i = se.firstToken(); i < se.endToken() && i < n; i++) {
                sentence[i] = s;
            }
        }
        for (NamedEntity m : doc.namedEntities()) {
            mark(m.span(), i -> names[i] = m.type().name());
        }
        for (Entity e : doc.entities().all()) {
            if (e.type() == EntityType.PLACE) {
                continue;
            }
            for (NamedEntity m : e.mentions()) {
                mark(m.span(), i -> {
                    entityId[i] = e.id();
                    entityName[i] = e.name();
                });
            }
        }
        for (Quote q : proposed) {
            byte label = q.kind() == QuoteKind.INDIRECT ? RULE_REPORTED : RULE_QUOTED;
            mark(q.content(), i -> rule[i] = rule[i] == NONE ? label : rule[i]);
            if (q.cue() != null) {
                mark(q.cue(), i -> rule[i] = RULE_CUE);
            }
            if (q.speakerMention() != null) {
                mark(q.speakerMention(), i -> rule[i] = RULE_SPEAKER);
            }
        }
    }

    /** The word at {@code i}, or "<none>" outside the document: a feature's value past either end. */
    String wordOr(int i) {
        return i < 0 || i >= size() ? OUTSIDE : words[i];
    }

    /** The tag at {@code i}, or "<none>" outside the document. */
    String tagOr(int i) {
        return i < 0 || i >= size() ? OUTSIDE : tags[i];
    }

    int size() {
        return words.length;
    }

    /** The first token at or after {@code offset}. */
    int tokenAtOrAfter(int offset) {
        int lo = 0, hi = begin.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Calls {@code action} with every token overlapping the span. */
    void mark(Span s, java.util.function.IntConsumer action) {
        for (int i = tokenAtOrAfter(s.begin()); i < words.length && begin[i] < s.end(); i++) {
            action.accept(i);
        }
    }

    Span span(int first, int endToken) {
        return new Span(begin[first], end[endToken - 1]);
    }
}
