package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.quotes.QuoteCases.doc;
import static org.newsgraph.quotes.QuoteCases.only;
import static org.newsgraph.quotes.QuoteCases.quotes;
import static org.newsgraph.quotes.QuoteCases.speakerName;
import static org.newsgraph.quotes.QuoteCases.words;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;

/** Direct quotes: one sentence per detection rule and speaker pattern. */
class QuoteStageTest {
    @Test
    void saysAfterQuoteWithApposition() {
        Quote q = only("“The sooner the better,” says Wang Lijiu, the senior researcher at the institute.");
        assertEquals("The sooner the better,", words(q));
        assertEquals("Wang Lijiu", speakerName(q));
        assertEquals("says", q.cue().of(doc().text()));
        assertEquals(QuoteKind.DIRECT, q.kind());
    }

    @Test
    void aLongAppositionBetweenTheQuoteSpeakerAndCue() {
        Quote q = only("“It has the important virtue of being fiscally responsible,” Leonard E. Burman, director of the centrist "
                + "Urban-Brookings Tax Policy Center and a professor at the Maxwell School of Syracuse University, said.");
        assertEquals("Leonard E. Burman", speakerName(q));
        assertEquals("said", q.cue().of(doc().text()));
    }

    @Test
    void documentsAndRelativesSpeakUnnamed() {
        Quote q = only("“A state cannot avoid the conclusion that its process removes voters,” said the ruling.");
        assertEquals("the ruling", q.speakerText());
        q = only("Donald Trump arrived on Monday. “We will fight this all the way,” his wife told reporters.");
        assertEquals("his wife", q.speakerText());
        assertNull(q.speakerEntityId(), "his wife is not he");
        q = only("“Business and government leaders honored Donald J. Trump yesterday,” the article read.");
        assertEquals("the article", q.speakerText());
        q = only("Donald Trump arrived on Monday. “We will fight this all the way,” his statement said.");
        assertEquals("Donald Trump", speakerName(q), "his statement is his words");
    }

    @Test
    void itAsTheSubjectOfAGerundsSentenceIsTheOrganisation() {
        quotes("The Dallas Morning News endorsed Clinton. Meanwhile, it attacked Trump, saying he “has offended Hispanics and women.”");
        Quote q = doc().quotes().stream().filter(x -> x.kind() == QuoteKind.PARTIAL).findFirst().orElseThrow();
        assertEquals("it", q.speakerMention().of(doc().text()));
        assertEquals("Dallas Morning News", speakerName(q));
    }

    @Test
    void aParticiplePhraseAfterTheSpeakerNounIsPartOfIt() {
        Quote q = only("Protesters marching through the streets chanted “What curfew?” and kept going.");
        assertEquals("Protesters marching through the streets", q.speakerMention().of(doc().text()));
    }

    @Test
    void aVerbWithAThatClauseAfterTheQuoteIsTheQuotesOwnClause() {
        Quote q = only("City Attorney Brad Holm said in the letter that the advertisement “unmistakably and wrongfully” "
                + "suggests that Phoenix and its officers support Trump's campaign.");
        assertEquals("Brad Holm", speakerName(q));
        assertEquals("said", q.cue().of(doc().text()));
    }

    @Test
    void aLongOpeningPhraseIsSkippedToFindTheSubject() {
        Quote q = only("With Democratic leaders increasingly worried about a lack of passion for Hillary Clinton among young black "
                + "voters, President Obama is rolling out a new and more personal campaign message: \"It's about me.\"");
        assertEquals("Obama", speakerName(q));
    }

    @Test
    void aShareOfThosePolledSpeaks() {
        Quote q = only("However, 63 percent said Clinton was \"justified\" in keeping her diagnosis private.");
        assertEquals("63 percent", q.speakerMention().of(doc().text()));
        assertNull(q.speakerEntityId(), "the respondents speak, not Clinton");
    }

    @Test
    void whenItWasSaidIsNotPartOfTheSpeakerPhrase() {
        Quote q = only("Donald Trump arrived. The senator on Monday said the plan was “a disaster.”");
        assertEquals("The senator", q.speakerMention().of(doc().text()));
    }

    @Test
    void accordingToALongDocumentPhrase() {
        List<Quote> qs = quotes("According to a 52-count civil complaint filed by the federal Securities and Exchange Commission and a "
                + "15-count complaint by Vermont, the developers engaged in a \"massive eight-year fraudulent scheme\" in which they "
                + "\"systematically looted\" millions.");
        assertEquals(2, qs.size(), qs.toString());
        for (Quote q : qs) {
            assertTrue(q.speakerText().startsWith("a 52-count civil complaint"), q.toString());
        }
    }

    @Test
    void aFewQuotedWordsInTheWritersSentenceContinueNobodysQuote() {
        List<Quote> qs = quotes("“One would have hoped for transformational leadership,” said Hans Joachim Schellnhuber, the director. "
                + "By 2010, Tea Party “super PACs” had seized on cap-and-trade as a political weapon.");
        assertEquals(1, qs.size(), "a scare quote with no source of its own is no quote: " + qs);
        qs = quotes("“We will win,” Trump said. “And we will win big.”");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("Trump", speakerName(qs.get(1)), "a whole quoted sentence right after one continues it");
    }

    @Test
    void speakerThenVerbAfterQuote() {
        assertEquals("Viktor Ivanov", speakerName(only("Viktor Ivanov arrived. “We came to work,” Ivanov told Newsweek.")));
    }

    @Test
    void typewriterDoubleApostrophes() {
        Quote q = only("''A museum alone will not alleviate poverty,'' Barack Obama said. It opened on Saturday.");
        assertEquals("A museum alone will not alleviate poverty,", words(q));
        assertEquals("Barack Obama", speakerName(q));
        assertEquals(QuoteKind.DIRECT, q.kind());
        Quote after = only("Acts of protest, Barack Obama said, can ''rock like Jimi'' and more, he added.");
        assertEquals("rock like Jimi", words(after));
    }

    @Test
    void partialQuoteWithCueBefore() {
        Quote q = only("Vladimir Putin spent the interview praising the “exemplary collaboration” between the two.");
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals("Vladimir Putin", speakerName(q));
        assertEquals("praising", q.cue().of(doc().text()));
    }

    @Test
    void colonAfterSpeaker() {
        Quote q = only("Senator John Smith told the committee: “We will not allow this to pass.”");
        assertEquals("John Smith", speakerName(q));
    }

    @Test
    void accordingTo() {
        Quote q = only("“Prices will rise again next year,” according to Mary Jones.");
        assertEquals("Mary Jones", speakerName(q));
    }

    @Test
    void organisationPutsIt() {
        Quote q = only("China resists America’s “overbearing strategy of encirclement,” as China’s Academy of Military Science puts it.");
        assertEquals("Academy of Military Science", speakerName(q));
    }

    @Test
    void pronounResolvesToPreviousSpeakerOrPerson() {
        List<Quote> qs = quotes("Maria Lopez spoke on Monday. “The plan is ready,” she said.");
        assertEquals("Maria Lopez", speakerName(qs.get(0)));
        assertEquals("she", qs.get(0).speakerMention().of(doc().text()));
    }

    @Test
    void unnamedSpeakerKeepsPhraseAndPronounFollowsIt() {
        List<Quote> qs = quotes("“Iran’s participation will show the world,” one academic told state media. "
                + "The world “is not the periphery,” he said.");
        assertEquals(2, qs.size());
        assertEquals("one academic", qs.get(0).speakerText());
        assertNull(qs.get(0).speakerEntityId());
        assertEquals("one academic", qs.get(1).speakerText());
    }

    @Test
    void continuationInNextParagraphKeepsSpeaker() {
        List<Quote> qs = quotes("“The sooner the better,” says Wang Lijiu.\n\n“NATO had ten years. Now the SCO should step in.”");
        assertEquals(2, qs.size());
        assertEquals("Wang Lijiu", speakerName(qs.get(1)));
        assertNull(qs.get(1).cue());
    }

    @Test
    void quoteOverSeveralParagraphsIsOneQuotePerStretch() {
        List<Quote> qs = quotes("Ann Lee said: “The first part goes on.\n\n“And the second part ends here,” she added.");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("The first part goes on.", words(qs.get(0)));
        assertEquals("Ann Lee", speakerName(qs.get(1)));
    }

    @Test
    void headlineSingleQuotesQuoteTheLabelBeforeTheColon() {
        Quote q = only("Obama on Climate Change: The Trends Are 'Terrifying.'\n\nThe president spoke on Monday about the "
                + "climate and the years ahead, and about the work still to come.");
        assertEquals("Terrifying.", words(q));
        assertTrue(q.speakerMention().of(doc().text()).startsWith("Obama"), q.toString());
    }

    @Test
    void headlineSingleQuotesQuoteTheHeadlineSubject() {
        Quote q = only("Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’\n\nMembers of the caucus spoke to "
                + "reporters on Friday at the Capitol after the vote.");
        assertEquals("Disgusting Fraud.", words(q));
        assertEquals("Black Lawmakers", q.speakerMention().of(doc().text()));
    }

    @Test
    void transcriptTurnKeepsQuotesNestedInIt() {
        List<Quote> qs = quotes("Partial transcript as follows:\n\n\"WALLACE: As “The Wall Street Journal” wrote, his temper "
                + "worries voters. Why is that?\n\n\"(CROSSTALK.)\n\n\"PENCE: Well, look, that is not so.\"");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("As “The Wall Street Journal” wrote, his temper worries voters. Why is that?", words(qs.get(0)));
        assertEquals("WALLACE", qs.get(0).speakerMention().of(doc().text()));
        assertEquals("Well, look, that is not so.", words(qs.get(1)));
    }

    @Test
    void aTitleTheArticleKeepsQuotingIsAName() {
        List<Quote> qs = quotes("Ava DuVernay said “13th” took two years. Critics praised “13th,” the director said.");
        assertTrue(qs.stream().noneMatch(q -> q.kind() != QuoteKind.INDIRECT), qs.toString());
    }

    @Test
    void aQuotedSentenceOfItsOwnIsNotATitle() {
        List<Quote> qs = quotes("“Here comes Big Daddy,” she said, clapping. “The Donald. Big Daddy.”");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("The Donald. Big Daddy.", words(qs.get(1)));
    }

    @Test
    void aPronounTalkedAboutIsNotAQuote() {
        assertTrue(quotes("Why vote for him, unless \"she\" is a \"he\"? A loud-mouthed \"he.\"").isEmpty());
    }

    @Test
    void namesTitlesAndScareQuotesAreNotQuotes() {
        assertTrue(quotes("Known as the “Summit of the Conference on Interaction in Asia,” the meeting is large.").isEmpty());
        assertTrue(quotes("The leaders met at the 'Summit Of Asian Powers' in Astana, a city on the steppe.").isEmpty());
        assertTrue(quotes("The so-called “reform” changed little.").isEmpty());
    }

    @Test
    void unbalancedMarkDoesNotSwallowTheArticle() {
        List<Quote> qs = quotes("He said “this never closes.\n\nA second paragraph follows with “a real quote,” says Tom Hill.");
        assertEquals(1, qs.stream().filter(q -> q.kind() != QuoteKind.INDIRECT).count(), qs.toString());
        assertEquals("a real quote,", words(qs.get(0)));
    }

    @Test
    void nestedQuoteGivesTheOuterQuote() {
        Quote q = only("“He told me ‘never again’ and left,” said Paul Green.");
        assertEquals("He told me ‘never again’ and left,", words(q));
    }

    @Test
    void indirectSpeechShapes() {
        List<Quote> qs = quotes("Viktor Ivanov said that the SCO must take a larger role in the region.");
        assertEquals(1, qs.size());
        assertEquals(QuoteKind.INDIRECT, qs.get(0).kind());
        assertEquals("the SCO must take a larger role in the region", words(qs.get(0)));
        assertEquals("Viktor Ivanov", speakerName(qs.get(0)));
        qs = quotes("According to the agency, prices rose sharply in the last quarter of the year.");
        assertEquals("the agency", qs.get(0).speakerText());
        assertEquals("prices rose sharply in the last quarter of the year", words(qs.get(0)));
    }

    @Test
    void reportedSpeechAfterAdverbsPhrasesAndWithoutThat() {
        List<Quote> qs = quotes("Hillary Clinton says at a campaign stop in Toledo, Ohio, that it means Trump never paid taxes.");
        assertEquals("it means Trump never paid taxes", words(qs.get(0)));
        qs = quotes("Mike Pence now says too much is made of Donald Trump’s tweets.");
        assertEquals("too much is made of Donald Trump’s tweets", words(qs.get(0)));
        assertEquals("Mike Pence", speakerName(qs.get(0)));
        assertTrue(quotes("Tom Hill said goodbye to the staff on Friday morning.").isEmpty());
    }
}
