package org.newsgraph.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.model.Article;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entities;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.PartsOfSpeech;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;
import org.newsgraph.resolution.Speaker;

/**
 * The attribution rules on sentences tagged by hand ("word/TAG" per token), with the entities
 * given: a rule is tested without loading a tagger.
 */
class AttributionRulesTest {
    private static final AttributionLexicon LEXICON = new AttributionLexicon();
    private static final Demonyms DEMONYMS = new Demonyms();

    /** One sentence of "word/TAG" tokens separated by spaces; {@code people} are person names in it. */
    private static Document sentence(String tagged, String... people) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String wt : tagged.split(" ")) {
            int slash = wt.lastIndexOf('/');
            String w = wt.substring(0, slash);
            if (text.length() > 0) {
                text.append(' ');
            }
            tokens.add(new Token(new Span(text.length(), text.length() + w.length()), w));
            text.append(w);
            tags.add(wt.substring(slash + 1));
        }
        String s = text.toString();
        List<Entity> entities = new ArrayList<>();
        for (String name : people) {
            int b = s.indexOf(name);
            NamedEntity m = new NamedEntity(new Span(b, b + name.length()), EntityType.PERSON, name);
            entities.add(new Entity("e" + entities.size(), EntityType.PERSON, name, List.of(), List.of(m)));
        }
        return new Document(new Article("t", s, "UTF-8", false))
                .withTokens(new Tokens(tokens, List.of(new Sentence(new Span(0, s.length()), 0, tokens.size()))))
                .withPartsOfSpeech(new PartsOfSpeech(tags)).withEntities(new Entities(entities));
    }

    private static Span marks(Document doc) {
        String s = doc.text();
        return new Span(s.indexOf('“'), s.indexOf('”') + 1);
    }

    @Test
    void aCueAfterTheQuoteWithTitleWordsBetweenTwoNamesGivesThePersonAfterTheTitle() {
        Document doc = sentence("“/`` We/PRP won/VBD ,/, ”/'' said/VBD Richard/NNP and/CC Judy/NNP executive/NN producer/NN"
                + " Amanda/NNP Ross/NNP ./.", "Richard", "Amanda Ross");
        Speaker sp = new Attribution(doc, LEXICON, DEMONYMS).speakerOf(marks(doc), null);
        assertNotNull(sp);
        assertEquals("Amanda Ross", sp.text());
        assertEquals("said", sp.cue().of(doc.text()));
    }

    @Test
    void aNameBeforeTheCueSpeaksPastItsAuxiliaries() {
        Document doc = sentence("Amanda/NNP Ross/NNP has/VBZ also/RB said/VBN :/: “/`` We/PRP won/VBD ./. ”/''", "Amanda Ross");
        Speaker sp = new Attribution(doc, LEXICON, DEMONYMS).speakerOf(marks(doc), null);
        assertNotNull(sp);
        assertEquals("Amanda Ross", sp.text());
    }

    @Test
    void accordingToOpensReportedSpeechWithItsSource() {
        Document doc = sentence("According/VBG to/TO Amanda/NNP Ross/NNP ,/, the/DT talks/NNS failed/VBD last/JJ week/NN ./.", "Amanda Ross");
        List<Quote> reported = new Attribution(doc, LEXICON, DEMONYMS).reported(List.of());
        assertEquals(1, reported.size());
        assertEquals("Amanda Ross", reported.get(0).speakerText());
        assertTrue(reported.get(0).content().of(doc.text()).startsWith("the talks failed"));
    }

    private static Quote reportedWithCue(Document doc, String cue) {
        return new Attribution(doc, LEXICON, DEMONYMS).reported(List.of()).stream()
                .filter(q -> q.cue() != null && q.cue().of(doc.text()).equals(cue)).findFirst().orElseThrow();
    }

    @Test
    void aParticipleAfterTheObjectOfAVerbIsSaidByThatVerbsSubject() {
        Document doc = sentence("Amanda/NNP Ross/NNP released/VBD a/DT statement/NN saying/VBG the/DT talks/NNS failed/VBD ./.", "Amanda Ross");
        assertEquals("Amanda Ross", reportedWithCue(doc, "saying").speakerText(), "not the statement she released");
        Document pp = sentence("Amanda/NNP Ross/NNP went/VBD on/IN the/DT record/NN saying/VBG the/DT talks/NNS failed/VBD ./.", "Amanda Ross");
        assertEquals("Amanda Ross", reportedWithCue(pp, "saying").speakerText(), "an object after one preposition");
        Document voters = sentence("Amanda/NNP Ross/NNP made/VBD a/DT pitch/NN to/TO farmers/NNS saying/VBG the/DT talks/NNS failed/VBD ./.", "Amanda Ross");
        assertEquals("farmers", reportedWithCue(voters, "saying").speakerText(), "people before the participle may be its speakers");
    }

    @Test
    void aParticipleAfterACommaIsSaidByTheSubjectOfTheMainVerb() {
        Document doc = sentence("Like/IN Amanda/NNP Ross/NNP ,/, she/PRP has/VBZ met/VBN farmers/NNS ,/, noting/VBG the/DT talks/NNS failed/VBD ./.",
                "Amanda Ross");
        Quote q = reportedWithCue(doc, "noting");
        assertEquals("she", q.speakerMention().of(doc.text()), "the subject after the opening phrase, not the name inside it");
        Document many = sentence("Many/JJ liberal/JJ Democrats/NNPS have/VBP met/VBN Amanda/NNP Ross/NNP ,/, noting/VBG the/DT talks/NNS failed/VBD ./.",
                "Amanda Ross");
        assertTrue(reportedWithCue(many, "noting").speakerMention().of(many.text()).contains("Democrats"), "not the object named after the verb");
    }

    @Test
    void aTimePhraseBetweenTheSubjectAndTheVerbIsNoSource() {
        Document doc = sentence("Amanda/NNP Ross/NNP in/IN the/DT past/NN said/VBD the/DT talks/NNS failed/VBD ./.", "Amanda Ross");
        assertEquals("Amanda Ross", reportedWithCue(doc, "said").speakerText(), "not the past");
        Document weeks = sentence("Amanda/NNP Ross/NNP in/IN recent/JJ weeks/NNS argued/VBD the/DT talks/NNS failed/VBD ./.", "Amanda Ross");
        assertEquals("Amanda Ross", reportedWithCue(weeks, "argued").speakerText(), "not recent weeks");
    }

    @Test
    void theVerbAfterAClosedRelativeClauseIsSaidByTheNameNotByWho() {
        Document doc = sentence("Amanda/NNP Ross/NNP ,/, who/WP said/VBD the/DT talks/NNS failed/VBD ,/, said/VBD the/DT deal/NN is/VBZ dead/JJ ./.",
                "Amanda Ross");
        Quote q = new Attribution(doc, LEXICON, DEMONYMS).reported(List.of()).stream()
                .filter(r -> r.content().of(doc.text()).contains("deal")).findFirst().orElseThrow();
        assertEquals("Amanda Ross", q.speakerMention().of(doc.text()), "the main clause's verb");
        Document and = sentence("Amanda/NNP Ross/NNP ,/, who/WP met/VBD farmers/NNS ,/, is/VBZ tired/JJ but/CC noted/VBD that/IN the/DT talks/NNS failed/VBD ./.",
                "Amanda Ross");
        assertEquals("Amanda Ross", reportedWithCue(and, "noted").speakerMention().of(and.text()), "coordinated with the main clause");
    }
}
