package org.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;

/** Tokens, sentences and name mentions through the real models (loaded once per JVM). */
class NamedEntityTest {
    static List<String> mentions(Document d, EntityType type) {
        return d.namedEntities().stream().filter(m -> m.type() == type).map(NamedEntity::text).toList();
    }

    @Test
    void paragraphBreakSeparatesNames() {
        Document d = TestPipeline.run("A story by Heather Timmons\n\nVladimir Putin met officials in Moscow on Monday.");
        List<String> people = mentions(d, EntityType.PERSON);
        assertTrue(people.contains("Vladimir Putin"), people.toString());
        assertFalse(people.stream().anyMatch(p -> p.contains("\n")), "no mention crosses a paragraph");
        d.tokens().sentences().forEach(s -> assertFalse(s.span().of(d.text()).contains("\n\n")));
    }

    @Test
    void gazetteerRegionsStayWholeAndCountryPairsSplit() {
        Document d = TestPipeline.run("China moves into the South China Sea while Central Asia watches.\n\n"
                + "Beefing up the Russia-China connection matters to Moscow.");
        List<String> places = mentions(d, EntityType.PLACE);
        assertTrue(places.contains("South China Sea"), places.toString());
        assertTrue(places.contains("Central Asia"), places.toString());
        assertTrue(places.contains("Russia") && places.contains("China"), places.toString());
        assertFalse(places.contains("Russia-China"));
    }

    @Test
    void missingSpaceAfterCommaIsSplitAndRepublicAloneIsNotAPlace() {
        Document d = TestPipeline.run("Members include Iran, Iraq,Israel, Jordan and the Republic of Korea. "
                + "The Islamic Republic is not isolated, the Republic said.");
        List<String> places = mentions(d, EntityType.PLACE);
        assertTrue(places.contains("Iraq") && places.contains("Israel"), places.toString());
        assertTrue(places.contains("Republic of Korea"), places.toString());
        assertFalse(places.contains("Republic"), places.toString());
    }

    @Test
    void organisationNamesByHeadWord() {
        Document d = TestPipeline.run("The plan is overbearing, as China's Academy of Military Science puts it.");
        assertTrue(mentions(d, EntityType.ORGANIZATION).contains("Academy of Military Science"));
    }

    @Test
    void nerTaggerLabelsGivenTokens() {
        NerTagger tagger = new org.newsgraph.backend.corenlp.CoreNlpNerTagger();
        assertEquals(List.of("PER", "PER", "O", "O", "LOC", "O"),
                tagger.labelTokens(List.of("Angela", "Merkel", "visited", "in", "Paris", ".")));
    }

    @Test
    void possessiveCountryBeforeAGivenNameIsAPerson() {
        Document d = TestPipeline.run("Sweden's Carolina Kluft won the heptathlon.");
        assertTrue(mentions(d, EntityType.PERSON).contains("Carolina Kluft"), d.namedEntities().toString());
        assertTrue(mentions(d, EntityType.PLACE).contains("Sweden"), d.namedEntities().toString());
    }

    @Test
    void organisationHeadBeforeACountryIsAnOrganisation() {
        Document d = TestPipeline.run("Athletics Ireland said the Bupa Great Ireland run was a success. Northern Ireland agreed.");
        List<String> orgs = mentions(d, EntityType.ORGANIZATION);
        assertTrue(orgs.contains("Athletics Ireland") && orgs.contains("Bupa Great Ireland"), d.namedEntities().toString());
        assertFalse(orgs.contains("Northern Ireland"), d.namedEntities().toString());
    }

    @Test
    void aOneWordNameOnlyAfterInIsAPlaceAndAfterTheAnOrganisation() {
        Document d = TestPipeline.run("The race was held in Santry on Sunday.\n\nShe then visited the Tate.");
        assertTrue(mentions(d, EntityType.PLACE).contains("Santry"), d.namedEntities().toString());
        assertFalse(mentions(d, EntityType.PERSON).contains("Tate"), d.namedEntities().toString());
    }

    @Test
    void aOneWordPersonOwningAPersonIsAnOrganisation() {
        Document d = TestPipeline.run("Chelsea's Damien Duff has been ruled out of the match.");
        assertTrue(mentions(d, EntityType.ORGANIZATION).contains("Chelsea"), d.namedEntities().toString());
    }

    @Test
    void aPlaceWithAnArticleBeforeAVerbIsAnOrganisation() {
        Document d = TestPipeline.run("House prices rose in December, the Halifax has said.");
        assertTrue(mentions(d, EntityType.ORGANIZATION).contains("Halifax"), d.namedEntities().toString());
    }

    @Test
    void gluedNamesSplitAtPossessiveAndAt() {
        Document d = TestPipeline.run("Academics from the Institute of Education at London University found it. "
                + "He works at the Institute of Education's Centre for the Study of Media.");
        List<String> orgs = mentions(d, EntityType.ORGANIZATION);
        assertTrue(orgs.contains("Institute of Education") && orgs.contains("London University"), orgs.toString());
        assertTrue(orgs.contains("Centre for the Study of Media"), orgs.toString());
    }

    @Test
    void aSurnameTheTaggerMissedAfterTheFullNameIsAPerson() {
        Document d = TestPipeline.run("It contradicts chiropractor Jean Pierre Meersseman, who treated him.\n\n"
                + "\"I know he was pleased.\" Meersseman is the medical co-ordinator at AC Milan.");
        assertEquals(2, mentions(d, EntityType.PERSON).stream().filter(p -> p.endsWith("Meersseman")).count(), d.namedEntities().toString());
    }

    @Test
    void everyNameOfATeamSheetIsAPlayer() {
        Document d = TestPipeline.run("United won 4-1.\n\nEsson, Hart, Anderson, Diamond, Byrne (Morrison 75), McNaughton, "
                + "Heikkinen (Foster 27), Winter, Clark (Stewart 51), Mackie, Whelan.");
        List<String> people = mentions(d, EntityType.PERSON);
        assertTrue(people.containsAll(List.of("Diamond", "Foster", "Esson", "Whelan", "Morrison")), d.namedEntities().toString());
        Document labelled = TestPipeline.run("\"We deserved the win,\" he said. Newcastle: Given, Carr, Boumsong, Bramble, Babayaro, "
                + "Dyer, Faye, Bowyer, Robert (Jenas 77), Ameobi, Shearer. Att: 50,430 Ref: S Dunn (Gloucestershire).");
        assertTrue(mentions(labelled, EntityType.PERSON).containsAll(List.of("Given", "Boumsong", "Bramble", "Ameobi", "S Dunn")),
                labelled.namedEntities().toString());
        Document countries = TestPipeline.run("The group includes France, Germany, Italy, Spain, Portugal and Greece.");
        assertTrue(mentions(countries, EntityType.PERSON).isEmpty(), "a list with no substitute is no team sheet");
    }

    @Test
    void anHonorificIsNotPartOfTheName() {
        Document d = TestPipeline.run("Mrs Parker Bowles will take the title after the ceremony.");
        assertTrue(mentions(d, EntityType.PERSON).contains("Parker Bowles"), d.namedEntities().toString());
    }

    @Test
    void aDateGluedToTheFrontOfANameIsDropped() {
        Document d = TestPipeline.run("Airlines have struggled since the 11 September World Trade Centre attack in 2001.");
        assertTrue(d.namedEntities().stream().anyMatch(m -> m.text().equals("World Trade Centre")), d.namedEntities().toString());
    }

    @Test
    void aQuotedNicknameInsideANameMakesOneName() {
        Document d = TestPipeline.run("Ahmed 'Mido' Hossam has made another apology to the Egyptian people.");
        assertEquals(List.of("Ahmed 'Mido' Hossam"), mentions(d, EntityType.PERSON), d.namedEntities().toString());
    }

    @Test
    void aNameCutAtAPossessiveBeforeABuildingIsOnePlace() {
        Document d = TestPipeline.run("Newcastle beat Chelsea 1-0 at St James' Park on Sunday.");
        assertTrue(mentions(d, EntityType.PLACE).contains("St James' Park"), d.namedEntities().toString());
    }

    @Test
    void newsOutletsTheTaggerMissesAreOrganisations() {
        Document d = TestPipeline.run("He told the Guardian he would appear on BBC Radio 4 on Monday.");
        List<String> orgs = mentions(d, EntityType.ORGANIZATION);
        assertTrue(orgs.contains("Guardian") && orgs.contains("BBC Radio 4"), d.namedEntities().toString());
    }

    @Test
    void aTownBeforeAWordOfASportsTeamIsAClubEverywhereInTheArticle() {
        Document d = TestPipeline.run("It gave Mourinho his first silverware as Chelsea manager.\n\nChelsea clung on to win.");
        assertEquals(List.of("Chelsea", "Chelsea"), mentions(d, EntityType.ORGANIZATION), d.namedEntities().toString());
        Document england = TestPipeline.run("He was named England captain on Monday.");
        assertTrue(mentions(england, EntityType.PLACE).contains("England"), "a country stays a place");
        Document trump = TestPipeline.run("Donald Trump spoke in Iowa. Trump supporters cheered.");
        assertFalse(mentions(trump, EntityType.ORGANIZATION).contains("Trump"), "a person's surname is no club");
    }

    @Test
    void aNameAfterABandOrGroupNounIsAnOrganisationEverywhere() {
        Document d = TestPipeline.run("Rock band U2 came fourth.\n\nU2's latest album sold well.");
        assertEquals(List.of("U2", "U2"), mentions(d, EntityType.ORGANIZATION), d.namedEntities().toString());
        Document obama = TestPipeline.run("President Barack Obama spoke on Monday.\n\nShe trails among non-college voters, a group Barack Obama won.");
        assertEquals(List.of("Barack Obama"), mentions(obama, EntityType.PERSON).subList(0, 1), "a relative clause names no group");
    }

    @Test
    void aNameAfterTheKindOfBusinessItIsIsAnOrganisation() {
        Document d = TestPipeline.run("The award went to the garden tools shop Thornwick this year.\n\nThornwick sells spades online.");
        assertEquals(List.of("Thornwick", "Thornwick"), mentions(d, EntityType.ORGANIZATION), d.namedEntities().toString());
        Document day = TestPipeline.run("The discount chain Monday said sales fell, according to the retailer Mr Patel said.");
        assertTrue(mentions(day, EntityType.ORGANIZATION).isEmpty(), "a weekday or a person after the noun: " + day.namedEntities());
        Document and = TestPipeline.run("The insurance firm Dorran & Weekes settled.\n\nA Dorran spokesman declined to comment.");
        assertEquals(List.of("Dorran & Weekes"), mentions(and, EntityType.ORGANIZATION), "the name goes on past '&': " + and.namedEntities());
    }

    @Test
    void aNameEndingTheTitleOfAWorkIsNoName() {
        Document d = TestPipeline.run("The band closed the night with Waiting For Jessica, a song from their first record, in Leeds.");
        assertFalse(mentions(d, EntityType.PERSON).contains("Jessica"), d.namedEntities().toString());
        assertTrue(mentions(d, EntityType.PLACE).contains("Leeds"), d.namedEntities().toString());
        Document named = TestPipeline.run("Jessica Hale sang. The band closed the night with Waiting For Jessica, a song she wrote.");
        assertTrue(mentions(named, EntityType.PERSON).contains("Jessica"), "named elsewhere too: " + named.namedEntities());
        Document host = TestPipeline.run("The senator told the viewers of This Week With Mark Dalton that he would run.");
        assertTrue(mentions(host, EntityType.PERSON).contains("Mark Dalton"), "a show named for its host: " + host.namedEntities());
    }

    @Test
    void aFullNameTheTaggerLeavesOutIsAPerson() {
        Document d = TestPipeline.run("The charity gala raised money with help from Meryl Streep and Barbra Streisand.");
        assertTrue(mentions(d, EntityType.PERSON).contains("Barbra Streisand"), d.namedEntities().toString());
        Document things = TestPipeline.run("Millions of fans queued for Star Wars on Boxing Day, the cinema chain said.");
        assertTrue(mentions(things, EntityType.PERSON).isEmpty(), "a film and a date: " + things.namedEntities());
    }

    @Test
    void anOrganisationHeadBeforeOfAndAPlaceIsOneOrganisation() {
        Document d = TestPipeline.run("He would be the supreme governor of the Church of England, aides said.");
        assertTrue(mentions(d, EntityType.ORGANIZATION).contains("Church of England"), d.namedEntities().toString());
    }

    @Test
    void theSidesOfAScoreLineAreTeamsWhereverNamed() {
        Document d = TestPipeline.run("Morton 2-1 Hamilton\n\nHamilton never recovered after Morton scored twice before the break.");
        List<String> teams = mentions(d, EntityType.ORGANIZATION);
        assertEquals(2, teams.stream().filter("Hamilton"::equals).count(), d.namedEntities().toString());
        assertTrue(teams.contains("Morton"), d.namedEntities().toString());
        Document prose = TestPipeline.run("The vote went 5-4 and Roberts wrote the opinion.");
        assertTrue(mentions(prose, EntityType.ORGANIZATION).isEmpty(), "a score inside a sentence names no team");
    }

    @Test
    void aListOfNamesAfterATeamSheetListsPlayers() {
        Document d = TestPipeline.run("Rovers: Parker, Dodd, Archer, Holt, Cross (Young 70), Price, Bell.\n\n"
                + "Subs Not Used: Rose, Lamb, Hope.\n\nGoals: Parker 12, Rose 88.");
        List<String> people = mentions(d, EntityType.PERSON);
        assertTrue(people.containsAll(List.of("Rose", "Lamb", "Hope")), d.namedEntities().toString());
        Document noSheet = TestPipeline.run("Subs Not Used: Rose, Lamb, Hope.");
        assertFalse(mentions(noSheet, EntityType.PERSON).contains("Hope"), "no sheet, no players");
    }

    @Test
    void aCountyInBracketsAfterAPersonIsAPlace() {
        Document d = TestPipeline.run("Att: 21,000 Ref: Mark Halsey (Lancashire).\n\nThe umpire was Peter Willey (Surrey).");
        List<String> places = mentions(d, EntityType.PLACE);
        assertTrue(places.contains("Lancashire") && places.contains("Surrey"), d.namedEntities().toString());
    }

    @Test
    void aPoliticiansPartyAndStateGiveThePlace() {
        Document d = TestPipeline.run("Sen. Mark Udall (D-Colo.) and Sen. Pat Toomey, R-Pa., met on Tuesday to talk about the bill.");
        List<String> places = mentions(d, EntityType.PLACE);
        assertTrue(places.contains("Colo.") && places.contains("Pa."), d.namedEntities().toString());
        assertFalse(d.namedEntities().stream().anyMatch(m -> m.text().startsWith("R-") || m.text().startsWith("D-")), d.namedEntities().toString());
    }

    @Test
    void aNameAfterATitleOrBeforeATimeInOfficeIsAPerson() {
        Document d = TestPipeline.run("The FBI's professionalism has taken a hit during the Obama years. The IRS was complicit.");
        assertTrue(mentions(d, EntityType.PERSON).contains("Obama"), d.namedEntities().toString());
        d = TestPipeline.run("Rahm Emanual, President Obama’s first White House Chief of Staff is the current mayor of Chicago. "
                + "Emanuel worked alongside Clinton in the Obama administration when Clinton was Secretary of State.");
        assertFalse(mentions(d, EntityType.ORGANIZATION).contains("Obama"), d.namedEntities().toString());
        d = TestPipeline.run("Polls tightened in the Iowa campaign last week.");
        assertTrue(mentions(d, EntityType.PLACE).contains("Iowa"), d.namedEntities().toString());
    }

    @Test
    void aNameEndingInAFacilitysHeadIsAPlace() {
        Document d = TestPipeline.run("Clinton visited the National Law Enforcement Officers Memorial in Washington, D.C. to pay respects. "
                + "Obama drew a crowd to the Kentucky International Convention Center in the days leading up to the vote.");
        List<String> places = mentions(d, EntityType.PLACE);
        assertTrue(places.contains("National Law Enforcement Officers Memorial"), d.namedEntities().toString());
        assertTrue(places.contains("Kentucky International Convention Center"), d.namedEntities().toString());
    }

    @Test
    void aReligionIsNoName() {
        Document d = TestPipeline.run("Donald Trump's ignorant view of Islam could make both our countries less safe, Khan said.");
        assertFalse(d.namedEntities().stream().anyMatch(m -> m.text().equals("Islam")), d.namedEntities().toString());
        assertTrue(mentions(d, EntityType.PERSON).contains("Donald Trump"), d.namedEntities().toString());
    }

    @Test
    void aPartyAndStateClosingTheSentenceGiveTheStateWithoutTheStop() {
        Document d = TestPipeline.run("Rubio made a campaign appearance with Sen. Joni Ernst, R-Iowa.\n\nThe Florida senator told reporters he was ready.");
        assertTrue(mentions(d, EntityType.PLACE).contains("Iowa"), d.namedEntities().toString());
        assertFalse(d.namedEntities().stream().anyMatch(m -> m.text().startsWith("R-")), d.namedEntities().toString());
    }
}
