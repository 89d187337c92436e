package org.newsgraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Layout;
import org.newsgraph.model.Span;

class LayoutStageTest {
    private final LayoutStage stage = new LayoutStage(new LayoutPatterns());

    private static String of(String text, Span s) {
        return s == null ? null : s.of(text);
    }

    private static boolean contentHas(String text, Layout l, String needle) {
        return l.content().stream().anyMatch(s -> s.of(text).contains(needle));
    }

    @Test
    void captionRepeatedWithCreditHeadlineStandfirstWithTrailingByline() {
        String text = "Leaders meet in Paris on Monday.\n\nLeaders meet in Paris on Monday. Jane Roe/Reuters\n\n"
                + "Summit Opens in Paris\n\nThe leaders will discuss trade and security this week. By John Smith\n\n"
                + "The summit opened on Monday with a speech.";
        Layout l = stage.analyse(text);
        assertEquals("Leaders meet in Paris on Monday.", of(text, l.imageCaption()));
        assertEquals("Jane Roe/Reuters", l.imageCredit());
        assertEquals("Summit Opens in Paris", of(text, l.headline()));
        assertEquals("The leaders will discuss trade and security this week.", of(text, l.description()));
        assertEquals(List.of("John Smith"), l.authors());
        assertFalse(contentHas(text, l, "Jane Roe/Reuters"), "the repeated caption with credit is furniture");
        assertTrue(contentHas(text, l, "The summit opened"));
    }

    @Test
    void archiveHeadlineClosedBySemicolonWithItsStandfirstOnTheNextLine() {
        String text = "Mayor wins budget vote; \nCouncil backs plan after long night of talks.\n\n"
                + "The city council approved the mayor's budget early on Tuesday after a debate that ran past midnight.";
        Layout l = stage.analyse(text);
        assertEquals("Mayor wins budget vote;", of(text, l.headline()));
        assertEquals("Council backs plan after long night of talks.", of(text, l.description()));
        assertTrue(contentHas(text, l, "approved the mayor's budget"));
    }

    @Test
    void titleCaseHeadlineKeepsItsFullStop() {
        String text = "Governor Says He Will Sign The Water Bill Before The Summer Recess Ends.\n\n"
                + "The governor told reporters on Monday that the bill, which passed both chambers last week, would become law.";
        Layout l = stage.analyse(text);
        assertEquals("Governor Says He Will Sign The Water Bill Before The Summer Recess Ends.", of(text, l.headline()));
        assertNull(l.description());
    }

    @Test
    void aSentenceCaseLedeIsNotAHeadline() {
        String text = "The governor said on Monday that she would sign the water bill before the summer recess ends.\n\n"
                + "The bill passed both chambers last week after months of negotiation between the parties.";
        assertNull(stage.analyse(text).headline());
    }

    @Test
    void anAbstractLabelIntroducesTheStandfirstAndLabelsAreNotText() {
        String text = "Tax overhaul stalls.\n\nABSTRACT.\n\nThe plan faces an uncertain future whoever wins the election.\n\n"
                + "FULL TEXT.\n\nLawmakers have talked about rewriting the tax code for years, but little has changed since then.";
        Layout l = stage.analyse(text);
        assertEquals("Tax overhaul stalls.", of(text, l.headline()));
        assertEquals("The plan faces an uncertain future whoever wins the election.", of(text, l.description()));
        assertFalse(contentHas(text, l, "ABSTRACT"));
        assertFalse(contentHas(text, l, "FULL TEXT"));
    }

    @Test
    void aShortParagraphBeforeTheDatelineIsTheStandfirst() {
        String text = "In shift, city to stand up to critics.\n\nMayor shuffling top aides and honing her message.\n\n"
                + "MEXICO CITY - The rise of the opposition has alarmed the city government so much that it is changing course.";
        Layout l = stage.analyse(text);
        assertEquals("Mayor shuffling top aides and honing her message.", of(text, l.description()));
        assertTrue(contentHas(text, l, "The rise of the opposition"));
    }

    @Test
    void followLinesNameTheAuthors() {
        String text = "Council Approves New Budget\n\nThe council approved the budget on Tuesday after a long debate.\n\n"
                + "On Twitter follow Ana Ruiz https://twitter.com/anaruiz and Tom Bell https://twitter.com/tbell.";
        assertEquals(List.of("Ana Ruiz", "Tom Bell"), stage.analyse(text).authors());
        String single = "Council Approves New Budget\n\nThe council approved the budget on Tuesday.\n\n"
                + "Follow Pam Lee On Twitter @pamlee.";
        assertEquals(List.of("Pam Lee"), stage.analyse(single).authors());
    }

    @Test
    void aClosingAuthorNoteNamesTheOpEdsAuthor() {
        String text = "Why Rates Must Rise\n\nIt is well past time for the central bank to raise rates.\n\n"
                + "Mary Ellen Stone, a professor of economics, is a member of the Board of Contributors.";
        assertEquals(List.of("Mary Ellen Stone"), stage.analyse(text).authors());
    }

    @Test
    void aClosingNoteByThreeWritersNamesEachOfThem() {
        String text = "Balance The Panels\n\nCable news still invites few women to talk about the race.\n\n"
                + "Ann Webb is founder of Example.org. Rosa Klee is president of the Media Forum. "
                + "Dana Holt is director of the Center for Politics at Elm University.";
        assertEquals(List.of("Ann Webb", "Rosa Klee", "Dana Holt"), stage.analyse(text).authors());
    }

    @Test
    void aNoteWhoseRoleIsCapitalisedNamesTheAuthorButAnHonorificAndSurnameDoNot() {
        String note = "Vote Them Out\n\nThe incumbents have failed the state for a decade.\n\n";
        assertEquals(List.of("Joel K. Ward"),
                stage.analyse(note + "Joel K. Ward is Senior Editor-at-Large at Example News.").authors());
        assertTrue(stage.analyse(note + "Mr. Ward is Director of the Program on Rights at Elm University.").authors().isEmpty());
    }

    @Test
    void aClosingSentenceAboutSomeoneInTheStoryIsNoAuthorNote() {
        String text = "Race Tightens In Ohio\n\nPolls show Hillary Clinton and her rival level in Ohio.\n\n"
                + "Hillary Clinton is the Democratic nominee.";
        assertTrue(stage.analyse(text).authors().isEmpty());
    }

    @Test
    void bylineLineWithRepairedNameDateLinesCopyrightAndTrailer() {
        String text = "Beefing up the connection\n\nA standfirst paragraph that sums up the story.\n\n"
                + "By Anna Nemtsova And ?owen Matthews\n\nPublished: Thu 9 Dec 2010, 9:18 PM\n\n"
                + "Last updated: Thu 2 Apr 2015, 10:14 AM\n\nBody text here.\n\n© Newsweek\n\n"
                + "More news from OPINION\n\nA teaser about India.\n\nOpinion1 week ago";
        Layout l = stage.analyse(text);
        assertEquals("Beefing up the connection", of(text, l.headline()));
        assertEquals("A standfirst paragraph that sums up the story.", of(text, l.description()));
        assertEquals(List.of("Anna Nemtsova", "Owen Matthews"), l.authors());
        assertEquals("2010-12-09T21:18", l.datePublished());
        assertEquals("2015-04-02T10:14", l.dateModified());
        assertEquals("Newsweek", l.publisher());
        assertFalse(contentHas(text, l, "India"), "teasers after the copyright line are furniture");
        assertFalse(contentHas(text, l, "Published"));
        assertTrue(contentHas(text, l, "Body text here."));
    }

    @Test
    void datelineNamesAgencyAndRelativeUpdateIsFurniture() {
        String text = "Senate passes budget\n\nUpdated 3 hours ago\n\nWASHINGTON (Reuters) - The Senate passed the budget on Friday.";
        Layout l = stage.analyse(text);
        assertEquals("Reuters", l.publisher());
        assertNull(l.dateModified(), "a relative time gives no date");
        assertFalse(contentHas(text, l, "hours ago"));
    }

    @Test
    void anEditorsNoteIsTheOutletsNotTheArticles() {
        String text = "Senate passes budget\n\nThe Senate passed the budget on Friday.\n\n"
                + "Editor’s note: The senator has pledged\nto ban all lobbyists from the chamber.";
        Layout l = stage.analyse(text);
        assertFalse(contentHas(text, l, "pledged"));
        assertTrue(contentHas(text, l, "passed the budget"));
    }

    @Test
    void anAuthorsFollowLineIsFurniture() {
        String text = "Senate passes budget\n\nThe Senate passed the budget on Friday.\n\n\"Follow Pam Key on Twitter @pamkeyNEN.\"";
        Layout l = stage.analyse(text);
        assertFalse(contentHas(text, l, "pamkeyNEN"));
        assertTrue(contentHas(text, l, "passed the budget"));
    }

    @Test
    void labelledPhotoCaptionAndBylineWithRole() {
        String text = "Photo: Firefighters at the scene in Lisbon. John Doe/AFP\n\nFire Sweeps Hills\n\n"
                + "By Maria Silva, Staff Writer\n\nThe fire started on Sunday.";
        Layout l = stage.analyse(text);
        assertEquals("Firefighters at the scene in Lisbon.", of(text, l.imageCaption()));
        assertEquals("John Doe/AFP", l.imageCredit());
        assertEquals("Fire Sweeps Hills", of(text, l.headline()));
        assertEquals(List.of("Maria Silva"), l.authors());
    }

    @Test
    void aTitleCaseCityDatelineNamesTheAgency() {
        String text = "Mayor backs new tram line.\n\nLeeds (AFP) – The mayor said on Monday the tram line would be built.";
        assertEquals("AFP", stage.analyse(text).publisher());
    }

    @Test
    void reportedFromNotesNameTheWriters() {
        String text = "Council votes on budget.\n\nThe council voted on the budget on Tuesday.\n\n"
                + "Ortiz reported from Chicago, Ill.; Brand, from Springfield.";
        assertEquals(List.of("Ortiz", "Brand"), stage.analyse(text).authors());
    }

    @Test
    void aReportedFromNoteNamesTheWritersWhoReportedFromASecondPlace() {
        String text = "Council votes on budget.\n\nThe council voted on the budget on Tuesday.\n\n"
                + "Ana Ortiz reported from Chicago, and Lee Brand and Sam Cole from Springfield, Ill.";
        assertEquals(List.of("Ana Ortiz", "Lee Brand", "Sam Cole"), stage.analyse(text).authors());
    }

    @Test
    void aWireNoteNamesItsReportersButNotItsEditorsOrAdditionalReporters() {
        String text = "Council votes on budget.\n\nThe council voted on the budget on Tuesday.\n"
                + "(Reporting by Ana Ortiz and Lee Brand in Chicago; Additional reporting by Sam Cole; "
                + "Editing by Kim Park.)";
        assertEquals(List.of("Ana Ortiz", "Lee Brand"), stage.analyse(text).authors());
    }

    @Test
    void aWireNoteMayCloseTheLastParagraph() {
        String text = "Council votes on budget.\n\nThe council voted on the budget on Tuesday. "
                + "(Reporting by Ana Ortiz; Editing by Kim Park.)";
        assertEquals(List.of("Ana Ortiz"), stage.analyse(text).authors());
    }

    @Test
    void aReportedFromNoteAddsNoSecondNameForAFollowLinesAuthor() {
        String text = "Council votes on budget.\n\nThe council voted on the budget on Tuesday.\n\n"
                + "Ortiz reported from Chicago.\n\nOn Twitter follow Ana Ortiz https://twitter.com/aortiz";
        assertEquals(List.of("Ana Ortiz"), stage.analyse(text).authors());
    }

    @Test
    void aCreditLineAloneIsTheImageCreditAndNoText() {
        String text = "Senator explains her vote\n\nThe senator spoke to reporters on Friday.\n\n"
                + "Ana Ortiz via Getty Images.\n\nShe said the bill would pass.";
        Layout l = stage.analyse(text);
        assertEquals("Ana Ortiz via Getty Images", l.imageCredit());
        assertNull(l.imageCaption());
    }

    @Test
    void aHeadlineWithASlashIsNoCaptionAndCredit() {
        String text = "Senator Explains Her Vote On A Tax/Spending Bill.\n\nThe senator spoke to reporters on Friday.";
        Layout l = stage.analyse(text);
        assertEquals("Senator Explains Her Vote On A Tax/Spending Bill.", of(text, l.headline()));
        assertNull(l.imageCaption());
        assertNull(l.imageCredit());
    }

    @Test
    void sentenceStartingWithByIsNotAByline() {
        assertNull(BylineParser.parseLine("By the time we arrived, the shop had closed."));
    }

    @Test
    void datesInCommonShapes() {
        assertEquals("2010-12-09T21:18", DateParser.parse("Thu 9 Dec 2010, 9:18 PM").orElseThrow());
        assertEquals("2016-09-12", DateParser.parse("September 12, 2016").orElseThrow());
        assertEquals("2016-09-12T08:05", DateParser.parse("2016-09-12T08:05:00Z").orElseThrow());
        assertEquals("2016-09-12T00:30", DateParser.parse("Sept. 12, 2016 12:30 a.m.").orElseThrow());
        assertTrue(DateParser.parse("no date here").isEmpty());
    }
}
