package org.newsgraph.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;

/** What a verb no rule took proposes as reported speech, and how the classifier's proposals join the rules' quotes. */
class ReportedCuesTest {
    private static TokenTable table(String text, List<Quote> rules) {
        Document doc = TestPipeline.run(text);
        return new TokenTable(doc, rules, w -> "");
    }

    private static Span span(String text, String words) {
        int b = text.indexOf(words);
        return new Span(b, b + words.length());
    }

    private static ReportedCues.Proposal at(TokenTable t, String verb) {
        return ReportedCues.proposals(t).stream().filter(p -> t.words[p.cue()].equals(verb)).findFirst().orElse(null);
    }

    @Test
    void aVerbProposesTheWordsAfterItToTheSentenceEndWithItsSubjectAsSource() {
        String text = "The governor hailed the record streak of job growth on Tuesday.";
        TokenTable t = table(text, List.of());
        ReportedCues.Proposal p = at(t, "hailed");
        assertEquals("the record streak of job growth on Tuesday", t.span(p.first(), p.end()).of(text));
        assertEquals("The governor", t.span(p.source(), p.sourceEnd()).of(text));
    }

    @Test
    void aTimePhraseBeforeTheVerbIsNoSourceTheSubjectBeforeItIs() {
        String text = "The governor on Thursday nominated a former banker to lead the agency.";
        TokenTable t = table(text, List.of());
        assertEquals("The governor", ReportedCues.quote(t, at(t, "nominated")).speakerMention().of(text));
        String weeks = "The senator in recent weeks has hired three new advisers for the campaign.";
        TokenTable w = table(weeks, List.of());
        assertEquals("The senator", ReportedCues.quote(w, at(w, "hired")).speakerMention().of(weeks));
    }

    @Test
    void theContentStartsPastThatAndEndsAtTheFirstComma() {
        String text = "The mayor hinted that taxes would rise next year, aides said.";
        TokenTable t = table(text, List.of());
        ReportedCues.Proposal p = at(t, "hinted");
        assertEquals("taxes would rise next year", t.span(p.first(), p.end()).of(text));
    }

    @Test
    void noVerbInsideQuotationMarksOrAlreadyARulesCueProposes() {
        String text = "Aides said the plan \"will hurt families\" and the mayor hinted that taxes would rise.";
        Quote quoted = new Quote(span(text, "will hurt families"), QuoteKind.PARTIAL, null, null, null, null);
        Quote reported = new Quote(span(text, "the plan"), QuoteKind.INDIRECT, span(text, "said"), span(text, "Aides"), "Aides", null);
        TokenTable t = table(text, List.of(quoted, reported));
        assertEquals(null, at(t, "hurt"), "a verb inside quotation marks");
        assertEquals(null, at(t, "said"), "the rules' own cue");
        assertEquals("taxes would rise", t.span(at(t, "hinted").first(), at(t, "hinted").end()).of(text));
    }

    @Test
    void aProposalJoinsTheRulesOnlyFromTheThresholdOnAndWhereNoReportedSpeechIs() {
        String text = "The governor hailed the record streak of job growth on Tuesday.";
        Quote rule = new Quote(span(text, "the record streak"), QuoteKind.INDIRECT, null, null, null, null);
        TokenTable empty = table(text, List.of());
        List<Quote> added = ReportedCues.add(ConstantClassifier.of(0.8), empty, List.of(), 0.7);
        assertTrue(added.stream().anyMatch(q -> q.content().of(text).equals("the record streak of job growth on Tuesday")
                && q.speakerMention().of(text).equals("The governor") && q.cue().of(text).equals("hailed")), added.toString());
        assertEquals(List.of(), ReportedCues.add(ConstantClassifier.of(0.6), empty, List.of(), 0.7), "below the threshold");
        TokenTable withRule = table(text, List.of(rule));
        assertEquals(List.of(rule), ReportedCues.add(ConstantClassifier.of(0.9), withRule, List.of(rule), 0.7), "the rules' reported speech is there already");
    }

    @Test
    void aPassiveAddsNothing() {
        String text = "The plan is meant to make sure that the wealthiest Americans pay more.";
        TokenTable t = table(text, List.of());
        assertTrue(ReportedCues.add(ConstantClassifier.of(0.9), t, List.of(), 0.7).stream().noneMatch(q -> q.cue().of(text).equals("meant")));
    }

    @Test
    void aProposalIsRightOnlyWhenItMatchesAnAnnotationTheRulesMissed() {
        String text = "The governor hailed the record streak of job growth on Tuesday.";
        TokenTable t = table(text, List.of());
        GoldAttribution gold = new GoldAttribution(List.of(span(text, "the record streak of job growth")), List.of(span(text, "The governor")),
                List.of(span(text, "hailed")), false);
        int hailed = ReportedCues.proposals(t).indexOf(at(t, "hailed"));
        assertTrue(ReportedCues.examples(t, List.of(), List.of(gold)).get(hailed).yes());
        Quote rule = new Quote(span(text, "the record streak of job"), QuoteKind.INDIRECT, null, null, null, null);
        assertFalse(ReportedCues.examples(t, List.of(rule), List.of(gold)).get(hailed).yes(), "the rules matched it already");
    }
}
