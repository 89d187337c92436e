package org.newsgraph.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;

/** The speaker ranker's candidates: PolNeAR's sources are mentions as written, so unnamed ones must be on offer. */
class SpeakerCandidatesTest {
    private static final AttributionLexicon LEXICON = new AttributionLexicon();

    private static Quote quoteOf(Document doc, String words) {
        int at = doc.text().indexOf(words);
        return new Quote(new Span(at, at + words.length()), QuoteKind.DIRECT, null, null, null, null);
    }

    private static Map<String, SpeakerCandidates.Candidate> candidates(Document doc, Quote q) {
        TokenView v = new TokenView(doc);
        return new SpeakerCandidates(v, LEXICON::wordClass).of(v, q).stream()
                .collect(Collectors.toMap(c -> c.mention().of(doc.text()), Function.identity(), (a, b) -> a));
    }

    @Test
    void pronounsAndDescriptionsAreOfferedBesideNames() {
        Document doc = TestPipeline.run("Mayor Lena Ortiz opened the bridge on Monday. \"It will carry ten thousand cars a day,\" "
                + "the judge said. She added that the city paid for it.");
        Map<String, SpeakerCandidates.Candidate> cs = candidates(doc, quoteOf(doc, "It will carry ten thousand cars a day,"));
        assertTrue(cs.containsKey("the judge"), cs.keySet().toString());
        assertEquals("NOUN_PHRASE", cs.get("the judge").type());
        assertEquals("judge", cs.get("the judge").head());
        assertTrue(cs.containsKey("She"), cs.keySet().toString());
        assertEquals("PRONOUN", cs.get("She").type());
        assertTrue(cs.keySet().stream().anyMatch(k -> k.contains("Ortiz")), "names stay candidates: " + cs.keySet());
        assertFalse(cs.containsKey("It"), "a word inside the quote is not its speaker");
    }

    @Test
    void aRelativeWhoStandsForTheNameItFollows() {
        Document doc = TestPipeline.run("The crowd cheered for Marcus Hale, who joked, \"I have not seen the bridge yet.\"");
        Map<String, SpeakerCandidates.Candidate> cs = candidates(doc, quoteOf(doc, "I have not seen the bridge yet."));
        SpeakerCandidates.Candidate who = cs.get("who");
        assertEquals("WHO", who.type(), cs.keySet().toString());
        assertTrue(who.text().contains("Hale"), who.text());
        assertTrue(who.entityId() != null, "the relative pronoun carries the entity of the name before it");
    }

    @Test
    void theCueRelationTellsSubjectFromOtherPositions() {
        Document doc = TestPipeline.run("\"We will win,\" Ortiz also said on Monday, and the crowd cheered.");
        TokenView v = new TokenView(doc);
        String text = doc.text();
        Span cue = span(text, "said");
        assertEquals("before:aux", SpeakerFeatures.cueRelation(v, span(text, "Ortiz"), cue, "before"));
        assertEquals("after:other", SpeakerFeatures.cueRelation(v, span(text, "the crowd"), cue, "after"));
        Document inverted = TestPipeline.run("\"We will win,\" said Ortiz.");
        assertEquals("after:adjacent", SpeakerFeatures.cueRelation(new TokenView(inverted), span(inverted.text(), "Ortiz"),
                span(inverted.text(), "said"), "after"));
    }

    private static Span span(String text, String words) {
        int at = text.indexOf(words);
        return new Span(at, at + words.length());
    }
}
