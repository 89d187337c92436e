package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;

/** One sentence per detection rule and attribution pattern. */
class QuoteStageTest {
    private static Document doc;

    private static List<Quote> quotes(String text) {
        doc = TestPipeline.run(text);
        return doc.quotes();
    }

    private static Quote only(String text) {
        List<Quote> qs = quotes(text).stream().filter(q -> q.kind() != QuoteKind.INDIRECT).toList();
        assertEquals(1, qs.size(), qs.toString());
        return qs.get(0);
    }

    private static String speakerName(Quote q) {
        assertNotNull(q.speakerEntityId(), "no speaker entity for " + q);
        return doc.entities().byId(q.speakerEntityId()).map(Entity::name).orElseThrow();
    }

    private static String words(Quote q) {
        return q.content().of(doc.text());
    }

    @Test
    void saysAfterQuoteWithApposition() {
        Quote q = only("“The sooner the better,” says Wang Lijiu, the senior researcher at the institute.");
        assertEquals("The sooner the better,", words(q));
        assertEquals("Wang Lijiu", speakerName(q));
        assertEquals("says", q.cue().of(doc.text()));
        assertEquals(QuoteKind.DIRECT, q.kind());
    }

    @Test
    void aLongAppositionBetweenTheQuoteSpeakerAndCue() {
        Quote q = only("“It has the important virtue of being fiscally responsible,” Leonard E. Burman, director of the centrist "
                + "Urban-Brookings Tax Policy Center and a professor at the Maxwell School of Syracuse University, said.");
        assertEquals("Leonard E. Burman", speakerName(q));
        assertEquals("said", q.cue().of(doc.text()));
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
        Quote q = doc.quotes().stream().filter(x -> x.kind() == QuoteKind.PARTIAL).findFirst().orElseThrow();
        assertEquals("it", q.speakerMention().of(doc.text()));
        assertEquals("Dallas Morning News", speakerName(q));
    }

    @Test
    void aParticiplePhraseAfterTheSpeakerNounIsPartOfIt() {
        Quote q = only("Protesters marching through the streets chanted “What curfew?” and kept going.");
        assertEquals("Protesters marching through the streets", q.speakerMention().of(doc.text()));
    }

    @Test
    void aVerbWithAThatClauseAfterTheQuoteIsTheQuotesOwnClause() {
        Quote q = only("City Attorney Brad Holm said in the letter that the advertisement “unmistakably and wrongfully” "
                + "suggests that Phoenix and its officers support Trump's campaign.");
        assertEquals("Brad Holm", speakerName(q));
        assertEquals("said", q.cue().of(doc.text()));
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
        assertEquals("63 percent", q.speakerMention().of(doc.text()));
        assertNull(q.speakerEntityId(), "the respondents speak, not Clinton");
    }

    @Test
    void whenItWasSaidIsNotPartOfTheSpeakerPhrase() {
        Quote q = only("Donald Trump arrived. The senator on Monday said the plan was “a disaster.”");
        assertEquals("The senator", q.speakerMention().of(doc.text()));
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
        assertEquals("praising", q.cue().of(doc.text()));
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
        assertEquals("she", qs.get(0).speakerMention().of(doc.text()));
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
        assertTrue(q.speakerMention().of(doc.text()).startsWith("Obama"), q.toString());
    }

    @Test
    void headlineSingleQuotesQuoteTheHeadlineSubject() {
        Quote q = only("Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’\n\nMembers of the caucus spoke to "
                + "reporters on Friday at the Capitol after the vote.");
        assertEquals("Disgusting Fraud.", words(q));
        assertEquals("Black Lawmakers", q.speakerMention().of(doc.text()));
    }

    @Test
    void transcriptTurnKeepsQuotesNestedInIt() {
        List<Quote> qs = quotes("Partial transcript as follows:\n\n\"WALLACE: As “The Wall Street Journal” wrote, his temper "
                + "worries voters. Why is that?\n\n\"(CROSSTALK.)\n\n\"PENCE: Well, look, that is not so.\"");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("As “The Wall Street Journal” wrote, his temper worries voters. Why is that?", words(qs.get(0)));
        assertEquals("WALLACE", qs.get(0).speakerMention().of(doc.text()));
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
    void speakerWithParentheticalAfterAbbreviation() {
        List<Quote> qs = quotes("“It’s a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said Friday. “Then who is?”");
        assertEquals(2, qs.size());
        assertEquals("Gwen Moore", qs.get(0).speakerMention().of(doc.text()));
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
        assertEquals("Graham", q.speakerMention().of(doc.text()));
    }

    @Test
    void paragraphEndingInAColonIntroducesTheQuote() {
        List<Quote> qs = quotes("Donald Trump spoke in Ohio. He said:\n\n“We have a situation where our inner cities are dangerous.”");
        assertEquals(1, qs.size());
        assertEquals("Donald Trump", speakerName(qs.get(0)));
        assertEquals("He", qs.get(0).speakerMention().of(doc.text()));
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
        assertEquals("Vann R. Newkirk II", q.speakerMention().of(doc.text()));
    }

    @Test
    void wordsOfAnEarlierQuoteAreNotTheSpeaker() {
        List<Quote> qs = quotes("“We are fine,” he said, adding that “some of the things they ask are ridiculous.”");
        assertEquals("he", qs.get(1).speakerMention().of(doc.text()));
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

    private static Quote onlyIndirect(String text) {
        List<Quote> qs = quotes(text).stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
        assertEquals(1, qs.size(), qs.toString());
        return qs.get(0);
    }

    @Test
    void reportedStanceWithAnObject() {
        Quote q = onlyIndirect("In July, the NAACP called for a moratorium on charter schools.");
        assertEquals("a moratorium on charter schools", words(q));
        assertEquals("called for", q.cue().of(doc.text()));
        assertTrue(quotes("The plan calls for nothing but his support.").stream().noneMatch(x -> x.cue() != null
                && x.cue().of(doc.text()).equals("support")), "a noun is not an attribution verb");
    }

    @Test
    void reportedIntentionWithAnInfinitive() {
        Quote q = onlyIndirect("Hillary Clinton wants to triple the size of the AmeriCorps program.");
        assertEquals("to triple the size of the AmeriCorps program", words(q));
        assertEquals("Hillary Clinton", speakerName(q));
    }

    @Test
    void relativePronounIsTheSourceAsWrittenAndStandsForItsAntecedent() {
        Quote q = onlyIndirect("The rally was led by Rep. Bobby Scott, who said he is honored by the support of the unions.");
        assertEquals("he is honored by the support of the unions", words(q));
        assertEquals("who", q.speakerMention().of(doc.text()));
        assertEquals("Bobby Scott", speakerName(q));
        assertTrue(quotes("He said that officials were wrong about the cost of the new plan.").stream()
                .noneMatch(x -> x.speakerMention() != null && x.speakerMention().of(doc.text()).equals("that")), "a complementizer speaks not");
    }

    @Test
    void claimBeforeItsSourceWhoToldSomebody() {
        Quote q = onlyIndirect("Donald Trump could embrace a clean energy policy, Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday.");
        assertEquals("Donald Trump could embrace a clean energy policy", words(q));
        assertEquals("Lindsey Graham", speakerName(q));
        assertEquals("told", q.cue().of(doc.text()));
        assertTrue(quotes("The senator left the room, Graham told reporters who had asked about it.").stream()
                .noneMatch(x -> words(x).equals("The senator left the room")), "the one told has no verb of its own");
    }

    @Test
    void aNameAfterAPrepositionInTheSourcePhraseIsNotTheSource() {
        Quote q = onlyIndirect("Putin’s push for deeper relations with Asia supports this notion.");
        assertEquals("this notion", words(q), "'this' before a noun that is no time is not a time phrase");
        assertEquals("Putin’s push for deeper relations with Asia", q.speakerMention().of(doc.text()));
        assertNull(q.speakerEntityId(), "the push speaks, not Asia");
        assertEquals("he would win", words(onlyIndirect("Trump said this week that he would win.")));
        q = onlyIndirect("Officials in Washington said the talks would resume.");
        assertEquals("Officials in Washington", q.speakerMention().of(doc.text()));
        assertNull(q.speakerEntityId(), "the officials speak, not Washington");
        q = onlyIndirect("Senator from Texas says he cannot allow Clinton to win the presidency.");
        assertEquals("Senator from Texas", q.speakerMention().of(doc.text()));
        q = onlyIndirect("Donald Trump spoke on Monday. The Trump campaign has said he is not being audited.");
        assertEquals("The Trump campaign", q.speakerMention().of(doc.text()));
        assertEquals("The Trump campaign", q.speakerText());
        assertNull(q.speakerEntityId(), "the campaign speaks, not Trump");
    }

    @Test
    void aParticipleDescribingANounReportsNothing() {
        // the learned verb proposals may read "operate" as a cue; the participle "called" must make nothing
        List<Quote> mine = quotes("The company used to operate a mine near a mountain stream called Miracle Run.");
        assertTrue(mine.stream().noneMatch(q -> q.cue() != null && q.cue().of(doc.text()).equals("called")), mine.toString());
        assertTrue(quotes("Her hips were still sore from a series of injections intended to calm her.").isEmpty());
        Quote q = onlyIndirect("One of the doctors who sent the letter called Oz a quack.");
        assertEquals("Oz a quack", words(q), "a verb of the relative clause does not make 'called' a participle");
    }

    @Test
    void anObjectEndsBeforeTheWritersCircumstance() {
        assertEquals("her deep ties to black churches",
                words(onlyIndirect("She spoke about her deep ties to black churches while at the convention in Kansas City.")));
        assertEquals("broad new defense efforts",
                words(onlyIndirect("European leaders are offering broad new defense efforts amid growing tension in the region.")));
        assertEquals("the figure", words(onlyIndirect("Donald Trump cited the figure at last week's forum in New York.")));
        assertEquals("to junk personal exemptions as well as the filing status that helps single parents",
                words(onlyIndirect("Trump wants to junk personal exemptions as well as the filing status that helps single parents.")),
                "'as well as' joins what he wants, it opens no clause of the writer's");
        assertEquals("higher taxes on the rich",
                words(onlyIndirect("The senator called for higher taxes on the rich, implicitly putting his name on the line.")));
    }

    @Test
    void aSubordinateClauseBeforeTheSourceIsNoClaim() {
        Quote q = onlyIndirect("When Clinton noted that Trump has not paid federal income taxes, Trump boasted.");
        assertEquals("Trump has not paid federal income taxes", words(q));
        assertEquals("Clinton", q.speakerMention().of(doc.text()));
        assertEquals("If she wins, taxes will rise", words(onlyIndirect("If she wins, taxes will rise, Trump said.")));
    }

    @Test
    void aGerundAfterAMarkedQuoteAddsForWhoeverSaidIt() {
        Quote q = onlyIndirect("“We will win this race in November,” he told the group, adding that Clinton would never carry Texas.");
        assertEquals("Clinton would never carry Texas", words(q));
        assertEquals("he", q.speakerMention().of(doc.text()));
        assertEquals("adding", q.cue().of(doc.text()));
    }

    @Test
    void claimBeforeItsSourceAndAVerbOfFinding() {
        Quote q = onlyIndirect("Donations to super PACs hit nearly $1.1 billion through August, a USA TODAY analysis of the reports shows.");
        assertEquals("Donations to super PACs hit nearly $1.1 billion through August", words(q));
        assertEquals("shows", q.cue().of(doc.text()));
        assertTrue(q.speakerMention().of(doc.text()).startsWith("a USA TODAY analysis"), q.toString());
    }

    @Test
    void findingOfADocumentWithoutThat() {
        Quote q = onlyIndirect("A 2014 study by the institute found 31 incidents of voter impersonation.");
        assertEquals("31 incidents of voter impersonation", words(q));
        assertTrue(q.speakerText().endsWith("study by the institute"), q.speakerText());
    }

    @Test
    void nestedReportedSpeechIsReportedAtOneLevelAsPolnearAnnotatesIt() {
        // PolNeAR annotates the outer statement; the promise inside it matched an annotation for 9% of such
        // candidates on polnear-train, so it is no second attribution (docs/attribution.md, fourth session)
        List<Quote> qs = quotes("Tom Merrill says Alicia Machado promised to keep supporting the campaign.");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("Alicia Machado promised to keep supporting the campaign", words(qs.get(0)));
        assertEquals("Tom Merrill", speakerName(qs.get(0)));
    }

    @Test
    void parentheticalAttributionInsideTheClaim() {
        Quote q = onlyIndirect("Barack Obama spoke first. The museum, Obama said, would make visitors face uncomfortable truths.");
        assertEquals("The museum, Obama said, would make visitors face uncomfortable truths", words(q));
        assertEquals("said", q.cue().of(doc.text()));
        assertEquals("Barack Obama", speakerName(q));
        Quote writerGoesOn = onlyIndirect("Trump's obsession is an insult to all Americans, top black lawmakers said Friday, as they bristled.");
        assertEquals("Trump's obsession is an insult to all Americans", words(writerGoesOn));
    }

    @Test
    void nounPhraseSourceAndTimePhraseBeforeTheVerb() {
        Quote q = onlyIndirect("The bank on Tuesday said it had fired thousands of employees.");
        assertEquals("The bank", q.speakerMention().of(doc.text()));
        assertEquals("it had fired thousands of employees", words(q));
    }

    @Test
    void participleAndCoordinatedVerbsTakeTheSubject() {
        List<Quote> qs = quotes("Sen. Bob Casey criticized the plan on Friday, arguing that it would raise costs for families.");
        Quote arguing = qs.stream().filter(x -> x.cue().of(doc.text()).equals("arguing")).findFirst().orElseThrow();
        assertEquals("it would raise costs for families", words(arguing));
        assertEquals("Bob Casey", speakerName(arguing));
        Quote q = only("Jennifer Roberts thinks the video should be released but said “the question is the timing.”");
        assertEquals("Jennifer Roberts", speakerName(q));
    }

    @Test
    void quotedWordsInTheWritersSentenceBelongToItsSubject() {
        Quote q = only("In an August speech, Donald Trump attacked “the hateful ideology of radical Islam.”");
        assertEquals("Donald Trump", speakerName(q));
        Quote country = only("Japan branded North Korea an “outlaw nation in the neighborhood.”");
        assertEquals("Japan", country.speakerMention().of(doc.text()));
    }

    @Test
    void aCueInAnotherClauseAfterTheQuoteIsNotItsAttribution() {
        List<Quote> qs = quotes("Michael Flynn said Donald Trump was “absolutely right” when he said the generals had been ignored.");
        Quote partial = qs.stream().filter(x -> x.kind() == QuoteKind.PARTIAL).findFirst().orElseThrow();
        assertEquals("Michael Flynn", partial.speakerMention().of(doc.text()));
    }

    @Test
    void organisationDescriptionRefersBackToTheOrganisation() {
        List<Quote> qs = quotes("The Association of Flight Attendants endorsed Hillary Clinton on Thursday.\n\n"
                + "“Her fight has opened the door for women,” the union wrote.");
        Quote q = qs.stream().filter(x -> x.kind() == QuoteKind.DIRECT).findFirst().orElseThrow();
        assertEquals("the union", q.speakerMention().of(doc.text()));
        assertEquals("Association of Flight Attendants", speakerName(q));
    }

    @Test
    void transcriptSpeakerInCapitals() {
        Quote q = onlyIndirect("WALLACE: Let me ask you about the debate tomorrow night.");
        assertEquals("WALLACE", q.speakerMention().of(doc.text()));
        assertEquals("Let me ask you about the debate tomorrow night", words(q));
    }

    @Test
    void whatSomebodyCalledSomethingIsTheirWordsNotAName() {
        Quote q = only("Ban Ki-moon condemned what he called a “brazen breach” of U.N. resolutions.");
        assertEquals("brazen breach", words(q));
        assertEquals("Ban Ki-moon", speakerName(q));
        assertTrue(quotes("The group, called “Friends of the Earth,” met on Monday.").stream()
                .noneMatch(x -> x.kind() != QuoteKind.INDIRECT), "a name after 'called' is not a quote");
    }

    @Test
    void singleQuotedWordsInATitleCaseHeadlineAreAQuote() {
        List<Quote> qs = quotes("Hillary Clinton Speaks ‘Directly To White People’ After Police Shooting\n\n"
                + "Hillary Clinton spoke out on Tuesday about the death of Terence Crutcher.");
        assertTrue(qs.stream().anyMatch(q -> words(q).equals("Directly To White People")), qs.toString());
    }

    @Test
    void headlineNamingItsSourceBeforeAColon() {
        List<Quote> qs = quotes("Pence: Gennifer Flowers Won't Be at Debate\n\nGov. Mike Pence spoke on Sunday.");
        Quote q = qs.stream().filter(x -> x.kind() == QuoteKind.INDIRECT).findFirst().orElseThrow();
        assertEquals("Gennifer Flowers Won't Be at Debate", words(q));
        assertEquals("Mike Pence", speakerName(q));
    }

    @Test
    void aNounOfSayingAndItsThatClause() {
        Quote q = quotes("Tulsa police made an earlier claim that Crutcher had refused to raise his hands.").stream()
                .filter(x -> x.cue().of(doc.text()).equals("claim")).findFirst().orElseThrow();
        assertEquals("Crutcher had refused to raise his hands", words(q));
        assertEquals("claim", q.cue().of(doc.text()));
        assertTrue(q.speakerText().contains("police"), q.speakerText());
        assertTrue(quotes("The report that was released on Monday ran to 40 pages.").isEmpty(), "a relative clause reports nothing");
    }

    @Test
    void aPronounInsideAReportedClauseGivesWayToTheNamedReporter() {
        Quote q = only("Loretta Lynch said she recalls the colleague being “confused” by the question.");
        assertEquals("Loretta Lynch", q.speakerMention().of(doc.text()));
        Quote museum = only("Barack Obama said it would tell an American story, one of “suffering and delight.”");
        assertEquals("Barack Obama", museum.speakerMention().of(doc.text()));
        Quote trailer = only("Ava DuVernay said she felt it was worth examining because “most people don’t know,” she said.");
        assertEquals("Ava DuVernay", trailer.speakerMention().of(doc.text()));
    }

    @Test
    void speakerAtTheEndOfTheSentenceBefore() {
        List<Quote> qs = quotes("The administration may be reluctant to act, Adam Schiff said. “The other factor is the appearance of bias.”");
        Quote q = qs.stream().filter(x -> x.kind() == QuoteKind.DIRECT).findFirst().orElseThrow();
        assertEquals("Adam Schiff", speakerName(q));
        Quote of = only("Leonard Burman, a professor at Syracuse University, said of the plan. “It doesn't make our problems worse.”");
        assertEquals("Leonard Burman", speakerName(of));
    }

    @Test
    void aVerbOfStatingWithItsThatClauseBeforeThePartialQuote() {
        Quote q = only("The New York Post reports that the team avoided the emergency room in order to “keep the details under wraps.”");
        assertEquals("New York Post", q.speakerMention().of(doc.text()));
        Quote father = only("“We live in Satan's kingdom,” my father often said.");
        assertEquals("my father", father.speakerText());
    }

    @Test
    void aPronounLaterInTheSentenceGivesWayToItsSubject() {
        Quote q = only("Donald Trump spoke in Michigan.\n\nHe did not address the tweets in which he called her “disgusting and vile.”");
        assertEquals("He", q.speakerMention().of(doc.text()));
        assertEquals("Donald Trump", speakerName(q));
    }

    @Test
    void aDescriptionOpeningTheSentenceSpeaksItsQuotedWords() {
        Quote q = only("The Republican nominee also vowed to harshly punish “those who violate classification rules.”");
        assertEquals("The Republican nominee", q.speakerMention().of(doc.text()));
        Quote named = only("House Speaker Paul Ryan, despite his concerns about “trial lawyers trying to get rich,” backed the bill.");
        assertEquals("Paul Ryan", speakerName(named));
    }

    @Test
    void oneCapitalisedWordIsNotTakenForATitle() {
        Quote q = only("“Hopefully,” the president said. The museum opened on Saturday.");
        assertEquals("Hopefully,", words(q));
        assertEquals("the president", q.speakerMention().of(doc.text()));
    }

    @Test
    void reportedClauseBoundaries() {
        Quote including = onlyIndirect("He says that his successor should promote past victories, including those of Richard Nixon.");
        assertEquals("his successor should promote past victories, including those of Richard Nixon", words(including));
        Quote infinitive = onlyIndirect("The company agreed to clean up the mines and reclaim the land that had been ravaged.");
        assertEquals("to clean up the mines and reclaim the land that had been ravaged", words(infinitive));
        Quote inserted = quotes("Her aides say that, in addition to the governor, she would consider Don Beyer.").stream()
                .filter(q -> q.cue().of(doc.text()).equals("say")).findFirst().orElseThrow();
        assertEquals("she would consider Don Beyer", words(inserted));
    }

    @Test
    void sourcesDescribedByWhatTheyAreCloseTo() {
        assertEquals("People familiar with the matter", onlyIndirect("People familiar with the matter said the deal was off for now.")
                .speakerMention().of(doc.text()));
        assertEquals("Those close to him", onlyIndirect("Those close to him say that he will run for the seat.")
                .speakerMention().of(doc.text()));
    }

    @Test
    void aQuotedTranscriptLineNamesItsSpeaker() {
        List<Quote> qs = quotes("Chris Wallace interviewed Mike Pence on Sunday.\n\n"
                + "\"WALLACE: Will Gennifer Flowers be there?\n\n\"PENCE: Gennifer Flowers will not be attending the debate.\"");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("Will Gennifer Flowers be there?", words(qs.get(0)));
        assertEquals("Chris Wallace", speakerName(qs.get(0)));
        assertEquals("Gennifer Flowers will not be attending the debate.", words(qs.get(1)));
        assertEquals("Mike Pence", speakerName(qs.get(1)));
    }

    private static Quote withCue(List<Quote> qs, String cue) {
        return qs.stream().filter(x -> x.cue() != null && x.cue().of(doc.text()).equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with cue " + cue + " in " + qs));
    }

    @Test
    void anObjectEndsWhereTheSourcesNextPredicateBegins() {
        List<Quote> qs = quotes("Dr. Mehmet Oz has promoted unproven therapies and downplayed the risk of concussions for kids.");
        assertEquals("unproven therapies", words(withCue(qs, "promoted")));
        Quote second = withCue(qs, "downplayed");
        assertEquals("the risk of concussions for kids", words(second));
        assertEquals("Mehmet Oz", speakerName(second));
    }

    @Test
    void aSecondVerbAfterButHasTheFirstVerbsSource() {
        List<Quote> qs = quotes("His aides say it is too early to discuss a Senate run but noted that Tim Scott won his races.");
        Quote noted = withCue(qs, "noted");
        assertEquals("Tim Scott won his races", words(noted));
        assertEquals("His aides", noted.speakerMention().of(doc.text()));
    }

    @Test
    void anObjectWithoutAVerbAfterAClauseTakingVerb() {
        Quote q = withCue(quotes("A reporter for USA Today spotted Jill Stein and reported her presence on Twitter."), "reported");
        assertEquals("her presence", words(q));
        Quote poll = withCue(quotes("The poll indicates a tightening race as Trump consolidates his support."), "indicates");
        assertEquals("a tightening race", words(poll));
    }

    @Test
    void noOpeningANounPhraseIsAClause() {
        Quote q = onlyIndirect("A lawyer for the news outlets, David Schulz, said no immediate decision had been made.");
        assertEquals("no immediate decision had been made", words(q));
        assertEquals("David Schulz", speakerName(q));
    }

    @Test
    void aSourceAfterTheVerbWithAPrepositionalPhraseOrAPossessor() {
        Quote q = onlyIndirect("The meeting deteriorated from there, said one GOP source in the room.");
        assertEquals("The meeting deteriorated from there", words(q));
        assertEquals("one GOP source in the room", q.speakerMention().of(doc.text()));
        Quote chinni = onlyIndirect("Debates are not likely to alter the campaign, noted NBC’s Dante Chinni.");
        assertEquals("Dante Chinni", chinni.speakerMention().of(doc.text()));
    }

    @Test
    void coordinatedVerbsAfterAnAdverbTakeThePluralSubject() {
        List<Quote> qs = quotes("Democrats also described the showdown as ominous, and said the panel itself might be damaged.");
        assertEquals("the showdown as ominous", words(withCue(qs, "described")));
        Quote said = withCue(qs, "said");
        assertEquals("the panel itself might be damaged", words(said));
        assertEquals("Democrats", said.speakerMention().of(doc.text()));
    }

    @Test
    void thatAfterAPhraseOrAParenthetical() {
        Quote ohio = withCue(quotes("Hillary Clinton says in Ohio that she is thrilled to receive the endorsement."), "says");
        assertEquals("she is thrilled to receive the endorsement", words(ohio));
        Quote aside = withCue(quotes("Several experts cautioned, as did the campaign itself, that the proposals might well evolve."), "cautioned");
        assertEquals("the proposals might well evolve", words(aside));
        Quote june = withCue(quotes("Campaign aides insisted in June that Barack Obama would not be pigeonholed."), "insisted");
        assertEquals("Barack Obama would not be pigeonholed", words(june));
        Quote after = withCue(quotes("Donald Trump said after the convention he would not accept the endorsement."), "said");
        assertEquals("he would not accept the endorsement", words(after));
    }

    @Test
    void thatBeforeAVerbIsTheSubjectOfTheReportedClause() {
        Quote q = withCue(quotes("Such a union would widen cracks in the West, although few experts believe that is likely."), "believe");
        assertEquals("that is likely", words(q));
        assertEquals("few experts", q.speakerMention().of(doc.text()));
    }

    @Test
    void theReportedClauseEndsWhereTheWritersSentenceGoesOn() {
        Quote q = withCue(quotes("While he acknowledged funding was a major reason, Gen. Carter Ham also noted other problems."), "acknowledged");
        assertEquals("funding was a major reason", words(q));
        Quote pressed = withCue(quotes("She said fathers would not be eligible for the leave, and when pressed on why, she replied briefly."), "said");
        assertEquals("fathers would not be eligible for the leave", words(pressed));
    }

    @Test
    void sourcesWithRelativeClausesAndParticiples() {
        Quote many = withCue(quotes("The veto angered the families of 9/11 victims, many of whom say the claims are unfounded."), "say");
        assertEquals("many of whom", many.speakerMention().of(doc.text()));
        assertEquals("the claims are unfounded", words(many));
        Quote poll = withCue(quotes("The tracking poll, which tracks support for the candidates daily, showed that Trump is leading."), "showed");
        assertEquals("Trump is leading", words(poll));
        assertTrue(poll.speakerMention().of(doc.text()).endsWith("poll"), poll.toString());
        Quote released = withCue(quotes("The latest Reuters opinion poll released Friday shows that Clinton leads by five points."), "shows");
        assertTrue(released.speakerMention().of(doc.text()).contains("opinion poll"), released.toString());
    }

    @Test
    void aVerbOfSpeakingAndWhatItIsAbout() {
        Quote q = withCue(quotes("Barack Obama spoke emotionally of his many flights across the Mall."), "spoke emotionally of");
        assertEquals("his many flights across the Mall", words(q));
        assertEquals("Barack Obama", speakerName(q));
        Quote comment = withCue(quotes("Donald Trump has also commented on the death of Terence Crutcher."), "commented on");
        assertEquals("the death of Terence Crutcher", words(comment));
    }

    @Test
    void aNounOfSayingAndWhatItIsAbout() {
        Quote q = withCue(quotes("Mitt Romney never lived down his infamous comment about the 47 percent in 2012."), "comment about");
        assertEquals("the 47 percent", words(q));
        assertEquals("Mitt Romney", speakerName(q));
        Quote how = withCue(quotes("Loretta Lynch answered questions about how gender has affected her career."), "questions about");
        assertEquals("how gender has affected her career", words(how));
        assertTrue(quotes("Donald Trump defended his remarks on Saturday.").stream().noneMatch(x -> words(x).equals("Saturday")));
    }

    @Test
    void anObjectEndsAtADashOrTheWritersWithPhrase() {
        Quote dash = withCue(quotes("A majority of voters expect Hillary Clinton to win the debate -- 44 percent to 34 percent."), "expect");
        assertEquals("Hillary Clinton to win the debate", words(dash));
        Quote with = withCue(quotes("Polling averages show Clinton with a narrow lead, with one tracker showing her ahead."), "show");
        assertEquals("Clinton with a narrow lead", words(with));
    }

    @Test
    void aClauseEndsWhereTheSourcesOwnVerbResumesAfterAComma() {
        List<Quote> qs = quotes("Barack Obama, who understood that a new law would be fruitless, told his advisers to find another way.");
        Quote understood = withCue(qs, "understood");
        assertEquals("a new law would be fruitless", words(understood));
        Quote told = withCue(qs, "told");
        assertEquals("his advisers to find another way", words(told));
        assertEquals("Barack Obama", speakerName(told));
        Quote participle = onlyIndirect("Fowler said that several states, led by West Virginia, will allow the credits.");
        assertEquals("several states, led by West Virginia, will allow the credits", words(participle));
    }

    @Test
    void anObjectEndsBeforeTheDateItWasSaidOn() {
        Quote q = onlyIndirect("Bernie Sanders offered some pointed advice to Hillary Clinton on Friday in his first interview.");
        assertEquals("some pointed advice to Hillary Clinton", words(q));
    }

    @Test
    void whatWasAgreedEndsBeforeItsPurpose() {
        Quote q = onlyIndirect("The insurers agreed to release millions in cash so Mr. Clarke could start the work.");
        assertEquals("to release millions in cash", words(q));
    }

    @Test
    void aSubjectWithAnOfPhraseIsTheSourceOfAVerbAfterTo() {
        Quote q = onlyIndirect("Small groups of protesters continued to call for more information about the shooting.");
        assertEquals("more information about the shooting", words(q));
        assertEquals("Small groups of protesters", q.speakerText());
    }

    @Test
    void aNounOfSayingAfterAVerbHasThatVerbsSubjectAsSource() {
        Quote q = onlyIndirect("Several senators have expressed concern that the policy would fail.");
        assertEquals("the policy would fail", words(q));
        assertEquals("Several senators", q.speakerText());
        Quote dogged = onlyIndirect("For years, the surgeon has been dogged by charges that he sold bad advice.");
        assertNull(dogged.speakerMention(), "whoever charges it is not the one dogged");
    }

    @Test
    void makeClearReportsAClause() {
        Quote q = onlyIndirect("The mayor made clear that the curfew would stay in place.");
        assertEquals("made clear", q.cue().of(doc.text()));
        assertEquals("the curfew would stay in place", words(q));
    }

    @Test
    void aSecondVerbInARelativeClauseHasTheRelativePronounAsSource() {
        List<Quote> qs = quotes("The video has become a focus for the parents, who have marched for weeks and called for an inquiry.");
        Quote q = withCue(qs, "called for");
        assertEquals("an inquiry", words(q));
        assertEquals("who", q.speakerMention().of(doc.text()));
    }

    @Test
    void aClaimAroundItsAttributionEndsWhereTheWriterGoesOn() {
        Quote q = onlyIndirect("The latest test, North Korea said, was its biggest yet, although it may take days to know.");
        assertEquals("The latest test, North Korea said, was its biggest yet", words(q));
        Quote asWell = onlyIndirect("Climate change, Mr. Obama says, is the greatest threat, as well as a danger already here.");
        assertEquals("Climate change, Mr. Obama says, is the greatest threat, as well as a danger already here", words(asWell));
    }

    @Test
    void aClaimAroundItsAttributionStartsAtTheRelativePronounItOpensWith() {
        Quote q = onlyIndirect("The park is near the stadium, which, Tompkins said, is usually full of activities on game days.");
        assertEquals("which, Tompkins said, is usually full of activities on game days", words(q));
        assertEquals("Tompkins", q.speakerText());
    }

    @Test
    void aClaimEndsWhereAnotherSourceSpeaks() {
        List<Quote> qs = quotes("Republicans said the department mishandled the inquiry and Democrats accused the party of stoking it.");
        assertEquals("the department mishandled the inquiry", words(withCue(qs, "said")));
        List<Quote> dash = quotes("Fowler said the politics would be more intense — and he noted that any change would come later.");
        assertEquals("the politics would be more intense", words(withCue(dash, "said")));
        assertEquals("any change would come later", words(withCue(dash, "noted")));
    }

    @Test
    void aDateBetweenSourceAndVerbIsNotTheSource() {
        assertEquals("an arbitration panel", onlyIndirect("But an arbitration panel in 2001 found the United States was in breach.")
                .speakerText());
        assertEquals("A university poll", onlyIndirect("A university poll released in late August found that most voters agreed.")
                .speakerText());
    }

    @Test
    void anInfinitiveEndsAtASecondVerbOfSaying() {
        List<Quote> qs = quotes("Trump refuses to release his tax records or explain how his wife became a citizen.");
        assertEquals("to release his tax records", words(withCue(qs, "refuses")));
        assertEquals("how his wife became a citizen", words(withCue(qs, "explain")));
    }

    @Test
    void anObjectEndsWhereANewClauseBeginsAfterAComma() {
        Quote q = withCue(quotes("Trump has railed against the provisions that pock the code, he has sought to protect others."),
                "railed against");
        assertEquals("the provisions that pock the code", words(q));
    }

    @Test
    void anAdjectiveOfBeliefOrFeelingReportsItsThatClause() {
        Quote q = onlyIndirect("Protesters were frustrated that the police released only some of the footage.");
        assertEquals("the police released only some of the footage", words(q));
        assertEquals("Protesters", q.speakerText());
        assertEquals("were frustrated", q.cue().of(doc.text()));
        Quote away = onlyIndirect("McConnell came away convinced that the reforms were underway.");
        assertEquals("the reforms were underway", words(away));
        assertTrue(quotes("The plan is meant to make sure that the wealthiest Americans pay more.").isEmpty());
    }

    @Test
    void aNounOfStanceAfterBeAttributesWhatItIsFor() {
        Quote q = onlyIndirect("Hillary Clinton has been a consistent and outspoken supporter of NATO since 2001.");
        assertEquals("NATO", words(q));
        assertEquals("Hillary Clinton", speakerName(q));
        Quote relative = onlyIndirect("The bill was backed by Rep. Bobby Scott, who is a staunch opponent of the death penalty.");
        assertEquals("the death penalty", words(relative));
        assertEquals("who", relative.speakerMention().of(doc.text()));
        assertTrue(quotes("Opponents of the trucking deal rallied outside.").isEmpty(), "a stance noun as subject says nothing");
    }

    @Test
    void aSourceAfterTheClaimMayOpenWithAPossessor() {
        Quote q = onlyIndirect("Secrecy is not a stranger to her, the candidate’s former doctor maintains.");
        assertEquals("Secrecy is not a stranger to her", words(q));
        assertEquals("the candidate’s former doctor", q.speakerMention().of(doc.text()));
    }

    @Test
    void aVerbReadAsANounAfterANounIsKnownByTheClauseAfterIt() {
        Quote q = onlyIndirect("Documents from the return show he took a massive loss.");
        assertEquals("he took a massive loss", words(q));
        assertEquals("Documents from the return", q.speakerText());
    }

    @Test
    void aSentenceOpeningInAPollReportsItsFinding() {
        Quote q = onlyIndirect("In this poll, Trump rose 1 percentage point since the debate.");
        assertEquals("Trump rose 1 percentage point since the debate", words(q));
        assertEquals("this poll", q.speakerText());
        Quote said = onlyIndirect("In a new survey, analysts say the race is tied.");
        assertEquals("analysts", said.speakerText());
    }

    @Test
    void accordingToDataOrADocument() {
        Quote q = onlyIndirect("About 9.9 million single mothers live in the United States, according to federal statistics.");
        assertEquals("About 9.9 million single mothers live in the United States", words(q));
        assertEquals("federal statistics", q.speakerText());
    }

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
