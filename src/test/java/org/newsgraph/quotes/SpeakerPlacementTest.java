package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.quotes.QuoteCases.doc;
import static org.newsgraph.quotes.QuoteCases.only;
import static org.newsgraph.quotes.QuoteCases.quotes;
import static org.newsgraph.quotes.QuoteCases.speakerName;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;

/**
 * Where a direct quote's speaker stands: after an abbreviation's parenthesis, after a dash, in the
 * next sentence, before a colon, behind an apposition or a participle; one sentence each.
 */
class SpeakerPlacementTest {
    @Test
    void speakerWithParentheticalAfterAbbreviation() {
        List<Quote> qs = quotes("“It’s a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said Friday. “Then who is?”");
        assertEquals(2, qs.size());
        assertEquals("Gwen Moore", qs.get(0).speakerMention().of(doc().text()));
        assertEquals("Gwen Moore", qs.get(1).speakerText(), "the next quote continues the same speaker");
    }

    @Test
    void dashAndNameAfterTheQuote() {
        Quote q = only("“He represents our greatest shame.” ― Sonya Herridge");
        assertEquals("Sonya Herridge", q.speakerText());
    }

    @Test
    void speakerInTheNextShortSentence() {
        Quote q = only("“Does anybody know what the platform of the party is?” Graham asked.");
        assertEquals("Graham", q.speakerMention().of(doc().text()));
    }

    @Test
    void paragraphEndingInAColonIntroducesTheQuote() {
        List<Quote> qs = quotes("Donald Trump spoke in Ohio. He said:\n\n“We have a situation where our inner cities are dangerous.”");
        assertEquals(1, qs.size());
        assertEquals("Donald Trump", speakerName(qs.get(0)));
        assertEquals("He", qs.get(0).speakerMention().of(doc().text()));
    }

    @Test
    void participleCueGoesToTheClauseSubject() {
        Quote q = only("Howard Dean poked at Donald Trump during the debate, tweeting, “Notice Trump sniffing all the time.”");
        assertEquals("Howard Dean", speakerName(q));
    }

    @Test
    void definiteRoleDescriptionRefersBackToThePersonNamedBefore() {
        List<Quote> qs = quotes("David Axelrod on Wednesday called on Howard Dean to apologize.\n\n"
                + "“My reaction, that was outrageous,” Obama's former campaign strategist said in an interview.");
        Quote direct = qs.stream().filter(q -> q.kind() == QuoteKind.DIRECT).findFirst().orElseThrow();
        assertEquals("David Axelrod", speakerName(direct));
    }

    @Test
    void appositionBetweenSpeakerAndCue() {
        Quote q = only("“Black folks have done their part,” Vann R. Newkirk II, a writer for The Atlantic, said on Twitter.");
        assertEquals("Vann R. Newkirk II", q.speakerMention().of(doc().text()));
    }

    @Test
    void wordsOfAnEarlierQuoteAreNotTheSpeaker() {
        List<Quote> qs = quotes("“We are fine,” he said, adding that “some of the things they ask are ridiculous.”");
        assertEquals("he", qs.get(1).speakerMention().of(doc().text()));
    }
}
