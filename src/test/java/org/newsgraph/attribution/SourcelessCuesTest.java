package org.newsgraph.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;

/** Reported speech whose cue's subject is no source keeps no speaker, however well a candidate scores. */
class SourcelessCuesTest {
    private static final SourcelessCues CUES = new SourcelessCues();

    private static Span span(String text, String words) {
        int b = text.indexOf(words);
        return new Span(b, b + words.length());
    }

    /** Whether the cue word {@code cue} of a one-sentence text names no source. */
    private static boolean sourceless(String sentence, String cue) {
        TokenView v = new TokenView(TestPipeline.run(sentence));
        int k = v.first(span(sentence, cue));
        return CUES.at(v::word, v::tag, 0, k);
    }

    @Test
    void aVerbOfSeemingNamesNoSource() {
        assertTrue(sourceless("The mayor seemed to doubt that the bridge would open in spring.", "seemed"));
        assertTrue(sourceless("The council appears to believe the budget is balanced.", "appears"));
    }

    @Test
    void aPassiveWithoutAnAgentNamesNoSource() {
        assertTrue(sourceless("The mayor is widely expected to announce a new budget on Monday.", "expected"));
        assertFalse(sourceless("The plan was criticised by the union for its cost.", "criticised"), "the agent after by speaks");
    }

    @Test
    void aParticipleOpeningItsClauseNamesNoSource() {
        assertTrue(sourceless("Asked about the new bridge, the mayor said it would open in spring.", "Asked"));
        assertTrue(sourceless("When asked about the budget, the mayor smiled.", "asked"));
    }

    @Test
    void aParticipleAfterASubordinatorInsideTheClauseNamesNoSource() {
        assertTrue(sourceless("The mayor smiled at the reporters when asked about the budget.", "asked"));
        assertFalse(sourceless("Council members have since denounced the plan.", "denounced"), "an adverb after an auxiliary opens no clause");
    }

    @Test
    void aSubjectBeforeAnActiveVerbOfSayingIsStillTheSource() {
        assertFalse(sourceless("The mayor said the bridge would open in spring.", "said"));
        assertFalse(sourceless("The mayor has argued that the bridge will open in spring.", "argued"));
    }

    @Test
    void theRankerLeavesSuchReportedSpeechUnsourced() {
        Document doc = TestPipeline.run("The mayor seemed to doubt that the bridge would open in spring.");
        String text = doc.text();
        Quote q = new Quote(span(text, "to doubt that the bridge would open in spring"), QuoteKind.INDIRECT, span(text, "seemed"),
                span(text, "The mayor"), "The mayor", null);
        TokenView v = new TokenView(doc);
        Quote out = SpeakerRanker.rerank(ConstantClassifier.of(0.99), v, new SpeakerCandidates(v, w -> ""), q, new OtherQuotes(v, List.of(q)),
                MentionResolver.asWritten(text), true);
        assertNull(out.speakerMention());
        assertEquals("seemed", out.cue().of(text), "the cue stays");
    }
}
