package org.newsgraph.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.PartsOfSpeech;
import org.newsgraph.model.Token;

class PosStageTest {
    private static int indexOf(Document doc, String word, int nth) {
        List<Token> t = doc.tokens().tokens();
        for (int i = 0, seen = 0; i < t.size(); i++) {
            if (t.get(i).word().equals(word) && seen++ == nth) {
                return i;
            }
        }
        throw new AssertionError(word + " not found");
    }

    @Test
    void oneTagPerTokenAndTheSameWordAsVerbAndNoun() {
        Document doc = TestPipeline.run("Clinton calls for a ban.\n\nHis calls went unanswered.");
        PartsOfSpeech pos = doc.partsOfSpeech();
        assertEquals(doc.tokens().tokens().size(), pos.tags().size());
        assertTrue(pos.isVerb(indexOf(doc, "calls", 0)), pos.tags().toString());
        assertTrue(pos.isNoun(indexOf(doc, "calls", 1)), pos.tags().toString());
        assertTrue(pos.isProperNoun(indexOf(doc, "Clinton", 0)));
    }

    @Test
    void tagsMustCoverEveryTokenExactly() {
        Document doc = TestPipeline.run("Clinton spoke.");
        assertThrows(IllegalArgumentException.class, () -> doc.withPartsOfSpeech(new PartsOfSpeech(List.of("NNP"))),
                "one tag for three tokens");
        assertThrows(IllegalStateException.class, () -> doc.withPartsOfSpeech(doc.partsOfSpeech()), "a layer is added once");
        assertThrows(IllegalArgumentException.class, () -> new PartsOfSpeech(List.of("NNP", " ")));
    }
}
