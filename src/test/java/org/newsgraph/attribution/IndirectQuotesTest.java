package org.newsgraph.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;

/** Reported speech at one level: a statement held inside another's words goes, unless the outer one's cue follows it. */
class IndirectQuotesTest {
    private static Quote reported(int begin, int end, int cue) {
        return new Quote(new Span(begin, end), QuoteKind.INDIRECT, new Span(cue, cue + 4), null, null, null);
    }

    @Test
    void aStatementInsideAnotherIsDroppedOneBesideItStays() {
        Quote outer = reported(17, 72, 12); // "Tom Merrill says [Alicia Machado promised to keep …]"
        Quote inner = reported(40, 72, 31); // "promised [to keep supporting the campaign]"
        Quote beside = reported(80, 100, 75);
        assertEquals(List.of(outer, beside), IndirectQuotes.outermost(List.of(outer, inner, beside)));
    }

    @Test
    void aStatementBeforeItsCueHoldsNothing() {
        Quote before = reported(0, 77, 83); // "[She said fathers would not be …, and when pressed on why], she replied"
        Quote inner = reported(9, 45, 4); // "said [fathers would not be eligible for the leave]"
        assertEquals(List.of(before, inner), IndirectQuotes.outermost(List.of(before, inner)));
    }

    @Test
    void twoStatementsOverTheSameWordsBothStay() {
        Quote a = reported(10, 40, 0);
        Quote b = reported(10, 40, 5);
        assertEquals(List.of(a, b), IndirectQuotes.outermost(List.of(a, b)));
    }
}
