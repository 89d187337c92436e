package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.quotes.QuoteCases.doc;
import static org.newsgraph.quotes.QuoteCases.onlyIndirect;
import static org.newsgraph.quotes.QuoteCases.quotes;
import static org.newsgraph.quotes.QuoteCases.speakerName;
import static org.newsgraph.quotes.QuoteCases.withCue;
import static org.newsgraph.quotes.QuoteCases.words;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

/** Reported speech: where a reported statement starts and ends, and whose it is. */
class ReportedSpeechBoundsTest {
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
        assertEquals("His aides", noted.speakerMention().of(doc().text()));
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
        assertEquals("one GOP source in the room", q.speakerMention().of(doc().text()));
        Quote chinni = onlyIndirect("Debates are not likely to alter the campaign, noted NBC’s Dante Chinni.");
        assertEquals("Dante Chinni", chinni.speakerMention().of(doc().text()));
    }

    @Test
    void coordinatedVerbsAfterAnAdverbTakeThePluralSubject() {
        List<Quote> qs = quotes("Democrats also described the showdown as ominous, and said the panel itself might be damaged.");
        assertEquals("the showdown as ominous", words(withCue(qs, "described")));
        Quote said = withCue(qs, "said");
        assertEquals("the panel itself might be damaged", words(said));
        assertEquals("Democrats", said.speakerMention().of(doc().text()));
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
        assertEquals("few experts", q.speakerMention().of(doc().text()));
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
        assertEquals("many of whom", many.speakerMention().of(doc().text()));
        assertEquals("the claims are unfounded", words(many));
        Quote poll = withCue(quotes("The tracking poll, which tracks support for the candidates daily, showed that Trump is leading."), "showed");
        assertEquals("Trump is leading", words(poll));
        assertTrue(poll.speakerMention().of(doc().text()).endsWith("poll"), poll.toString());
        Quote released = withCue(quotes("The latest Reuters opinion poll released Friday shows that Clinton leads by five points."), "shows");
        assertTrue(released.speakerMention().of(doc().text()).contains("opinion poll"), released.toString());
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
        assertEquals("made clear", q.cue().of(doc().text()));
        assertEquals("the curfew would stay in place", words(q));
    }

    @Test
    void aSecondVerbInARelativeClauseHasTheRelativePronounAsSource() {
        List<Quote> qs = quotes("The video has become a focus for the parents, who have marched for weeks and called for an inquiry.");
        Quote q = withCue(qs, "called for");
        assertEquals("an inquiry", words(q));
        assertEquals("who", q.speakerMention().of(doc().text()));
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
        assertEquals("were frustrated", q.cue().of(doc().text()));
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
        assertEquals("who", relative.speakerMention().of(doc().text()));
        assertTrue(quotes("Opponents of the trucking deal rallied outside.").isEmpty(), "a stance noun as subject says nothing");
    }

    @Test
    void aSourceAfterTheClaimMayOpenWithAPossessor() {
        Quote q = onlyIndirect("Secrecy is not a stranger to her, the candidate’s former doctor maintains.");
        assertEquals("Secrecy is not a stranger to her", words(q));
        assertEquals("the candidate’s former doctor", q.speakerMention().of(doc().text()));
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
}
