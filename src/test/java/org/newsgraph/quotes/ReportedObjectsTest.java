package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.quotes.QuoteCases.onlyIndirect;
import static org.newsgraph.quotes.QuoteCases.speakerName;
import static org.newsgraph.quotes.QuoteCases.words;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

/** Where a reported object starts and ends: a gerund after its verb, an object opening with "no", the writer's relative clause after it. */
class ReportedObjectsTest {
    @Test
    void aGerundAfterAVerbHasThatVerbsSubject() {
        Quote q = onlyIndirect("Donald Trump avoids condemning the invasion of Ukraine.");
        assertEquals("the invasion of Ukraine", words(q));
        assertEquals("Donald Trump", speakerName(q));
        Quote resist = onlyIndirect("The fact-checkers could not resist pointing out that every shooting was not a homicide.");
        assertEquals("every shooting was not a homicide", words(resist));
        assertEquals("The fact-checkers", resist.speakerText());
    }

    @Test
    void anObjectMayOpenWithNo() {
        Quote q = onlyIndirect("The senator offered no proof of the payments.");
        assertEquals("no proof of the payments", words(q));
    }

    @Test
    void anObjectEndsBeforeTheWritersRelativeClause() {
        Quote q = onlyIndirect("Graham has acknowledged the reality of climate change, which makes him an outlier in his party.");
        assertEquals("the reality of climate change", words(q));
        Quote clause = onlyIndirect("Fowler said Clinton would recover from pneumonia, which forced her to leave early.");
        assertEquals("Clinton would recover from pneumonia, which forced her to leave early", words(clause),
                "a reported clause keeps its relative clause");
    }
}
