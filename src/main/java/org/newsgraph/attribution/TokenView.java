package org.newsgraph.attribution;

import java.util.List;
import java.util.Locale;
import org.newsgraph.model.Document;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;

/** Token-level questions the feature extractors ask of one document. */
final class TokenView {
    private final Document doc;
    private final Tokens tokens;
    private final List<Token> list;
    private final List<String> tags;

    TokenView(Document doc) {
        this.doc = doc;
        this.tokens = doc.tokens();
        this.list = tokens.tokens();
        this.tags = doc.partsOfSpeech().tags();
    }

    Document doc() {
        return doc;
    }

    int size() {
        return list.size();
    }

    /** The first token at or after the span's start. */
    int first(Span s) {
        return tokens.tokenAtOrAfter(s.begin());
    }

    /** One past the last token starting before the span's end. */
    int end(Span s) {
        return tokens.tokenAtOrAfter(s.end());
    }

    String word(int i) {
        return i < 0 || i >= list.size() ? "<none>" : list.get(i).word().toLowerCase(Locale.ROOT);
    }

    String tag(int i) {
        return i < 0 || i >= list.size() ? "<none>" : tags.get(i);
    }

    /** The characters of tokens [from, to). */
    Span span(int from, int to) {
        return new Span(list.get(from).span().begin(), list.get(to - 1).span().end());
    }

    boolean sameSentence(int i, int j) {
        return sentence(list.get(i).span().begin()) == sentence(list.get(j).span().begin());
    }

    /** The index of the paragraph holding the offset, or of the last one beginning before it (-1 before the first). */
    int paragraph(int offset) {
        List<Span> ps = doc.layout().content();
        int lo = 0, hi = ps.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ps.get(mid).begin() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    int sentence(int offset) {
        return tokens.sentenceIndexAt(offset);
    }

    Span sentenceSpan(int index) {
        return tokens.sentences().get(index).span();
    }

    int sentences() {
        return tokens.sentences().size();
    }

    static String bucket(int n) {
        return n <= 3 ? Integer.toString(n) : n <= 6 ? "4-6" : n <= 12 ? "7-12" : n <= 25 ? "13-25" : "26+";
    }
}
