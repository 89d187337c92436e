package org.newsgraph.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;

/**
 * The verb proposals' sources: a proposal with none keeps its cue, the speaker ranker gives it one
 * from a threshold on, and the proposals matching a statement the rules missed train the ranker.
 */
class ProposalSpeakersTest {
    private static Span span(String text, String words) {
        int b = text.indexOf(words);
        return new Span(b, b + words.length());
    }

    private static Quote rerank(Document doc, Quote q, double score, boolean proposal) {
        TokenView v = new TokenView(doc);
        return SpeakerRanker.rerank(ConstantClassifier.of(score), v, new SpeakerCandidates(v, w -> ""), q, new OtherQuotes(v, List.of(q)),
                MentionResolver.asWritten(doc.text()), proposal);
    }

    @Test
    void aProposalWithNoSubjectBeforeItsVerbKeepsTheVerbAsCue() {
        String text = "The governor, who took office in May, hailed the record streak of job growth.";
        TokenTable t = new TokenTable(TestPipeline.run(text), List.of(), w -> "");
        ReportedCues.Proposal p = ReportedCues.proposals(t).stream().filter(x -> t.words[x.cue()].equals("hailed")).findFirst().orElseThrow();
        Quote q = ReportedCues.quote(t, p);
        assertNull(q.speakerMention(), "a comma stands before the verb: no subject right before it");
        assertEquals("hailed", q.cue().of(text), "the ranker sees where the cue stands");
    }

    @Test
    void theProposalsMatchingAStatementTheRulesMissedTrainTheRanker() {
        String text = "The governor hailed the record streak of job growth. The mayor ate a sandwich at noon.";
        TokenTable t = new TokenTable(TestPipeline.run(text), List.of(), w -> "");
        GoldAttribution gold = new GoldAttribution(List.of(span(text, "the record streak of job growth")), List.of(span(text, "The governor")), false);
        List<Quote> matched = ReportedCues.matched(t, ReportedCues.proposals(t), List.of(), List.of(gold));
        assertEquals(1, matched.size(), matched.toString());
        assertEquals("hailed", matched.get(0).cue().of(text));
        assertEquals("The governor", matched.get(0).speakerMention().of(text));
        Quote rules = new Quote(span(text, "the record streak of job growth"), QuoteKind.INDIRECT, span(text, "hailed"), null, null, null);
        assertTrue(ReportedCues.matched(t, ReportedCues.proposals(t), List.of(rules), List.of(gold)).isEmpty(), "the rules found it: no proposal example");
    }

    @Test
    void anUnsourcedProposalTakesTheBestCandidateFromItsThresholdOnTheRulesUnsourcedStaysSo() {
        Document doc = TestPipeline.run("The governor, who took office in May, hailed the record streak of job growth.");
        String text = doc.text();
        Quote q = new Quote(span(text, "the record streak of job growth"), QuoteKind.INDIRECT, span(text, "hailed"), null, null, null);
        assertTrue(rerank(doc, q, SpeakerRanker.UNSOURCED_PROPOSAL, true).speakerMention() != null, "a proposal takes a candidate");
        assertNull(rerank(doc, q, SpeakerRanker.UNSOURCED_PROPOSAL - 0.01, true).speakerMention(), "below the threshold");
        assertNull(rerank(doc, q, 0.99, false).speakerMention(), "the rules' unsourced reported speech stays unsourced");
    }
}
