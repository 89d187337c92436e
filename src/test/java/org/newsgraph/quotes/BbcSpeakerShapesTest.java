package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;

/**
 * Speaker shapes a user hit on BBC copy (issue #15, item 5), each on a sentence of its own
 * that is not the BBC's: the rule is the shape, not the sentence.
 */
class BbcSpeakerShapesTest {
    private static Document run(String text) {
        return TestPipeline.run(text);
    }

    private static List<Quote> marked(Document doc) {
        return doc.quotes().stream().filter(q -> q.kind() != QuoteKind.INDIRECT).toList();
    }

    private static String speaker(Document doc, Quote q) {
        assertNotNull(q.speakerMention(), "no speaker for " + q.content().of(doc.text()));
        return q.speakerMention().of(doc.text());
    }

    @Test
    void speakerAfterTheCueWhoseTitlePhraseHoldsAnotherName() {
        Document doc = run("Critics loved the show. \"It was the best night of television this year,\" said Ant and Dec "
                + "executive producer Sarah Collins.");
        List<Quote> qs = marked(doc);
        assertEquals(1, qs.size(), qs.toString());
        assertTrue(speaker(doc, qs.get(0)).endsWith("Sarah Collins"), speaker(doc, qs.get(0)));
    }

    @Test
    void aQuoteContinuedInTheNextSentenceKeepsItsSpeaker() {
        Document doc = run("Marcus Hale finished fourth in the final. \"I was not at my best today,\" said Hale, who is 24.\n\n"
                + "\"In the heats, I should have gone faster. The final was always going to be hard.\"\n\n"
                + "His coach, Ellen Price, was in the stands.");
        List<Quote> qs = marked(doc);
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("Hale", speaker(doc, qs.get(0)));
        assertEquals("Hale", speaker(doc, qs.get(1)));
    }

    @Test
    void aPronounInsideTheQuoteIsNotItsSpeaker() {
        Document doc = run("Rita Long watched her son play. \"He has worked so hard for this and he deserves it,\" "
                + "Long said after the match.");
        List<Quote> qs = marked(doc);
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("Long", speaker(doc, qs.get(0)));
    }

    @Test
    void verbsThatReportNothingMakeNoReportedSpeech() {
        for (String sentence : List.of("The striker was denied a penalty in the second half of the game.",
                "The new stadium will prove a costly project for the town.",
                "Tom Baxter, who wrote the musical about the miners' strike, lives in Leeds.")) {
            Document doc = run(sentence);
            List<Quote> reported = doc.quotes().stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
            assertEquals(List.of(), reported.stream().map(q -> q.content().of(doc.text())).toList(), sentence);
        }
    }

    @Test
    void aLabelLineNamesThePersonAfterTheClubAndTitle() {
        Document doc = run("Rovers 1-2 United\n\nUnited came from behind to win the derby at Ewood Park.\n\n"
                + "- Rovers manager Dennis Marsh: \"We let them back into the game and that cost us.\"\n"
                + "United coach Peter Galloway: \"The lads showed great character all afternoon.\"\n");
        List<Quote> qs = marked(doc);
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("Dennis Marsh", speaker(doc, qs.get(0)));
        assertEquals("Peter Galloway", speaker(doc, qs.get(1)));
    }

    @Test
    void aRoleDescriptionIsThePersonWhoSpokeInTheSentenceBefore() {
        Document doc = run("Jane Fowler has let the town down, Robert Quinn has said.\n\n"
                + "\"The council has lost its way,\" the opposition leader said in a statement.");
        List<Quote> qs = marked(doc);
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("Robert Quinn", qs.get(0).speakerText());
    }

    @Test
    void aPronounAfterTheQuoteIsTheSubjectOfTheSentenceBeforeNotItsLastName() {
        Document doc = run("Rovers chairman Alan Pike has denied reports that Marco Silva will leave the club.\n\n"
                + "\"He is happy here and we want him to stay for years,\" he told the local radio station.");
        List<Quote> qs = marked(doc);
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("Alan Pike", qs.get(0).speakerText());
    }

    @Test
    void aDocumentSpeaksForWhoeverIssuedIt() {
        Document doc = run("House prices fell again in March. \"Buyers are holding back until the summer,\" "
                + "a Norland Research statement said. \"The market has turned,\" Tom Reyes's message read.");
        List<Quote> qs = marked(doc);
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("Norland Research", qs.get(0).speakerText());
        assertEquals("Tom Reyes", qs.get(1).speakerText());
    }
}
