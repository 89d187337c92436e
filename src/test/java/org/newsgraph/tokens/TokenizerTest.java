package org.newsgraph.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.backend.corenlp.CoreNlpTokenizer;
import org.newsgraph.backend.opennlp.OpenNlpTokenizer;
import org.newsgraph.layout.Paragraphs;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;

/** Both tokenizer backends keep the same promises. */
class TokenizerTest {
    static Stream<Tokenizer> backends() {
        return Stream.of(new CoreNlpTokenizer(), new OpenNlpTokenizer());
    }

    private static List<String> sentences(String text, Tokens t) {
        return t.sentences().stream().map(s -> s.span().of(text)).toList();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void paragraphBreakEndsASentenceAndOffsetsIndexTheText(Tokenizer tokenizer) {
        String text = "A story by Heather Timmons\n\nVladimir Putin met “friends” in Moscow. He left.";
        Tokens t = tokenizer.tokenize(text, Paragraphs.split(text));
        List<String> s = sentences(text, t);
        assertEquals("A story by Heather Timmons", s.get(0));
        assertTrue(s.size() >= 2);
        for (Token tok : t.tokens()) {
            assertTrue(!tok.span().of(text).isBlank() && tok.span().end() <= text.length());
        }
        for (Sentence sentence : t.sentences()) {
            assertTrue(!sentence.span().of(text).contains("\n\n"));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void missingSpaceAfterCommaIsSplit(Tokenizer tokenizer) {
        String text = "Members are Iran, Iraq,Israel and Jordan.";
        List<String> words = tokenizer.tokenize(text, Paragraphs.split(text)).tokens().stream().map(Token::word).toList();
        assertTrue(words.contains("Iraq") && words.contains("Israel"), words.toString());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void noSentenceStartsInLowerCaseAfterAnAbbreviation(Tokenizer tokenizer) {
        String text = "“It is a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday. Then she left.";
        Tokens t = tokenizer.tokenize(text, Paragraphs.split(text));
        for (String s : sentences(text, t)) {
            assertTrue(!Character.isLowerCase(s.charAt(0)), s);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void anOpeningQuotationMarkStartsTheNextSentence(Tokenizer tokenizer) {
        String text = "''It's tinkering,'' said Alan Cole. ''I wouldn't call it reform.'' He left.";
        List<String> s = sentences(text, tokenizer.tokenize(text, Paragraphs.split(text)));
        assertTrue(s.stream().noneMatch(x -> x.endsWith("''") && !x.endsWith(".''")), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.startsWith("''I wouldn't")), s.toString());
    }
}
