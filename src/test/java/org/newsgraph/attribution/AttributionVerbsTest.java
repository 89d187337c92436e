package org.newsgraph.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.attribution.AttributionVerbs.Takes;

/** The attribution-verb lexicon as the reported-speech rules read it. */
class AttributionVerbsTest {
    private static final AttributionVerbs VERBS = new AttributionVerbs();

    private static List<Token> words(String... w) {
        return java.util.stream.IntStream.range(0, w.length).mapToObj(i -> new Token(new Span(i * 10, i * 10 + w[i].length()), w[i])).toList();
    }

    @Test
    void regularFormsFollowSpellingRules() {
        assertEquals(List.of("cite", "cites", "cited", "citing"), AttributionVerbs.regularForms("cite"));
        assertEquals(List.of("worry", "worries", "worried", "worrying"), AttributionVerbs.regularForms("worry"));
        assertEquals(List.of("stress", "stresses", "stressed", "stressing"), AttributionVerbs.regularForms("stress"));
        assertEquals(List.of("agree", "agrees", "agreed", "agreeing"), AttributionVerbs.regularForms("agree"));
    }

    @Test
    void twoWordVerbsWinOverTheirFirstWord() {
        AttributionVerbs.Match m = VERBS.at(words("Trump", "called", "for", "a", "ban"), 1);
        assertEquals(2, m.length());
        assertEquals(java.util.Set.of(Takes.OBJECT), m.takes());
        assertEquals(1, VERBS.at(words("Trump", "called", "them", "liars"), 1).length());
        assertNull(VERBS.at(words("the", "table"), 1));
    }

    @Test
    void irregularFormsComeFromTheFile() {
        assertTrue(VERBS.at(words("she", "thought", "so"), 1).takes().contains(Takes.CLAUSE));
        assertTrue(VERBS.takesThat("found"));
        assertTrue(!VERBS.takesThat("support"));
    }

    @Test
    void aVerbListedTwiceIsRefusedNamingFileAndVerb() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AttributionVerbs("test-verbs-listed-twice.tsv"));
        assertTrue(e.getMessage().contains("test-verbs-listed-twice.tsv") && e.getMessage().contains("'say'"), e.getMessage());
    }

    @Test
    void theOneToldComesFirstAfterVerbsMarkedAddressee() {
        assertTrue(VERBS.at(words("Warren", "told", "reporters"), 1).takesAddressee());
        assertTrue(VERBS.at(words("she", "reminded", "voters"), 1).takesAddressee());
        assertFalse(VERBS.at(words("Warren", "said", "that"), 1).takesAddressee());
    }
}
