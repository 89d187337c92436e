package org.newsgraph.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.backend.corenlp.CoreNlpTokenizer;
import org.newsgraph.layout.Paragraphs;
import org.newsgraph.model.LongSentence;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;

class SentenceCapTest {
    private static final String NEWS = "Officials met in Berlin on Monday. They agreed on the budget.";

    @Test
    void aLongSentenceIsCutIntoPiecesThatCoverItExactly() {
        String text = NEWS + "\n\n" + "red blue green, yellow ".repeat(300) + "end.";
        Tokens raw = new CoreNlpTokenizer().tokenize(text, Paragraphs.split(text));
        Tokens capped = SentenceCap.cap(raw, 100);
        assertEquals(raw.tokens(), capped.tokens(), "tokens and their offsets are untouched");
        assertEquals(1, capped.longSentences().size());
        LongSentence cut = capped.longSentences().get(0);
        int longest = raw.sentences().stream().mapToInt(s -> s.endToken() - s.firstToken()).max().orElseThrow();
        assertEquals(longest, cut.tokens());
        int expectedEnd = 0;
        for (Sentence s : capped.sentences()) {
            assertEquals(expectedEnd, s.firstToken(), "pieces follow each other with no token lost");
            assertTrue(s.endToken() - s.firstToken() <= 100, "no piece is longer than the cap");
            List<Token> t = capped.of(s);
            assertEquals(t.get(0).span().begin(), s.span().begin());
            assertEquals(t.get(t.size() - 1).span().end(), s.span().end());
            expectedEnd = s.endToken();
        }
        assertEquals(capped.tokens().size(), expectedEnd);
        assertEquals(cut.pieces(), capped.sentences().size() - (raw.sentences().size() - 1));
        // a piece ends after a comma when there is one in its second half
        Sentence firstPiece = capped.sentences().get(raw.sentences().size() - 1);
        assertEquals(",", capped.of(firstPiece).get(firstPiece.endToken() - firstPiece.firstToken() - 1).word());
        assertTrue(cut.describe().contains("split at 100 tokens"), cut.describe());
    }

    @Test
    void ordinarySentencesAreLeftAlone() {
        Tokens raw = new CoreNlpTokenizer().tokenize(NEWS, Paragraphs.split(NEWS));
        Tokens capped = SentenceCap.cap(raw, SentenceCap.MAX_TOKENS);
        assertEquals(raw.sentences(), capped.sentences());
        assertTrue(capped.longSentences().isEmpty());
    }

    @Test
    void aSentenceWithNoCommaIsCutAtTheCap() {
        String text = "word ".repeat(1000);
        Tokens capped = SentenceCap.cap(new CoreNlpTokenizer().tokenize(text, Paragraphs.split(text)), 250);
        assertEquals(List.of(250, 250, 250, 250), capped.sentences().stream().map(s -> s.endToken() - s.firstToken()).toList());
    }
}
