package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.lexicon.KbpGazetteers;
import org.newsgraph.model.Entities;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Span;

class EntityStageTest {
    private static int at = 0;

    private static NamedEntity m(String text, EntityType t) {
        at += 100;
        return new NamedEntity(new Span(at, at + text.length()), t, text);
    }

    private static Entity find(Entities es, String name) {
        return es.all().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " in " + es.all()));
    }

    @Test
    void surnamePossessiveAcronymAndAliasJoinTheirEntity() {
        Entities es = new EntityStage(new Demonyms()).cluster(List.of(
                m("Putin", EntityType.PERSON), m("Vladimir Putin", EntityType.PERSON), m("Putin’s", EntityType.PERSON),
                m("Shanghai Cooperation Organisation", EntityType.ORGANIZATION), m("SCO", EntityType.ORGANIZATION),
                m("America", EntityType.PLACE), m("US", EntityType.PLACE), m("Ivanov", EntityType.ORGANIZATION),
                m("Viktor Ivanov", EntityType.PERSON)));
        Entity putin = find(es, "Vladimir Putin");
        assertEquals(3, putin.mentions().size());
        assertEquals(List.of("Putin"), putin.alternateNames());
        assertEquals("urn:newsgraph:entity:person:vladimir-putin", putin.id());
        assertEquals(2, find(es, "Shanghai Cooperation Organisation").mentions().size());
        Entity us = find(es, "United States");
        assertEquals(EntityType.PLACE, us.type());
        assertEquals(2, us.mentions().size());
        Entity ivanov = find(es, "Viktor Ivanov");
        assertEquals(EntityType.PERSON, ivanov.type(), "a surname mistyped by the tagger joins the person");
        assertEquals(4, es.all().size());
    }

    @Test
    void aSurnameTakenForAPlaceAfterTheFullNameIsThePerson() {
        Entities es = new EntityStage(new Demonyms()).cluster(List.of(m("Jordan", EntityType.PLACE), m("Kerr Putney", EntityType.PERSON),
                m("Putney", EntityType.PLACE), m("Jim Jordan", EntityType.PERSON), m("Jordan", EntityType.PLACE)));
        Entity putney = find(es, "Kerr Putney");
        assertEquals(EntityType.PERSON, putney.type());
        assertEquals(2, putney.mentions().size());
        assertEquals(EntityType.PLACE, find(es, "Jordan").type(), "a country is never a surname here");
        assertEquals(1, find(es, "Jim Jordan").mentions().size());
        assertEquals(3, es.all().size());
    }

    @Test
    void aSharedSurnameIsThePersonNamedFirst() {
        Entities es = new EntityStage(new Demonyms()).cluster(List.of(m("Hillary Clinton", EntityType.PERSON),
                m("Bill Clinton", EntityType.PERSON), m("Clinton", EntityType.PERSON)));
        assertEquals(2, es.all().size());
        assertEquals(List.of("Clinton"), find(es, "Hillary Clinton").alternateNames());
        assertEquals(1, find(es, "Bill Clinton").mentions().size());
    }

    @Test
    void anHonorificPicksThePersonOfItsSex() {
        String text = "Bill Clinton spoke. Hillary Clinton listened. Mrs. Clinton smiled, Mr. Clinton did not.";
        Entities es = stageWithNames().cluster(text, List.of(at(text, "Bill Clinton", 0), at(text, "Hillary Clinton", 0),
                at(text, "Clinton", 2), at(text, "Clinton", 3)));
        assertEquals(2, es.all().size());
        assertEquals(2, find(es, "Hillary Clinton").mentions().size(), "Mrs. Clinton is Hillary, named second");
        assertEquals(2, find(es, "Bill Clinton").mentions().size());
    }

    @Test
    void aFullNameMadeOfACommonWordGivesWay() {
        String text = "Top Clinton Aide Quits. The top aide to Hillary Clinton quit. Clinton said so.";
        Entities es = stageWithNames().cluster(text, List.of(at(text, "Top Clinton", 0), at(text, "Hillary Clinton", 0),
                at(text, "Clinton", 2)));
        assertEquals(2, find(es, "Hillary Clinton").mentions().size());
        assertEquals(1, find(es, "Top Clinton").mentions().size());
    }

    @Test
    void aWordTypedAPersonMostlyIsAPersonInEveryMention() {
        String text = "Reagan-like Qualities In Trump. Donald Trump spoke. Trump is first. Trump won. Trump lost.";
        NamedEntity place = new NamedEntity(new Span(text.indexOf("Trump"), text.indexOf("Trump") + 5), EntityType.PLACE, "Trump");
        NamedEntity org = new NamedEntity(new Span(text.indexOf("Trump is"), text.indexOf("Trump is") + 5), EntityType.ORGANIZATION, "Trump");
        Entities es = stageWithNames().cluster(text, List.of(place, at(text, "Donald Trump", 0), org, at(text, "Trump", 3),
                at(text, "Trump", 4)));
        assertEquals(1, es.all().size());
        assertEquals(5, find(es, "Donald Trump").mentions().size(), "the place and the organisation are Trump too");
    }

    @Test
    void aCountryStaysAPlaceWhateverTheVotes() {
        String text = "Jordan met Jim Jordan. Jordan said.";
        NamedEntity country = new NamedEntity(new Span(0, 6), EntityType.PLACE, "Jordan");
        List<NamedEntity> typed = new SurnameTypes(kbp()).apply(List.of(country, at(text, "Jim Jordan", 0),
                at(text, "Jordan", 2)));
        assertEquals(EntityType.PLACE, typed.get(0).type());
    }

    @Test
    void aGivenNameBeforeAWordTypedOnlyAPersonIsAPerson() {
        String text = "Victor Lanzo shot wide. Lanzo came on late.";
        NamedEntity club = new NamedEntity(new Span(0, 12), EntityType.ORGANIZATION, "Victor Lanzo");
        List<NamedEntity> typed = new SurnameTypes(kbp()).apply(List.of(club, at(text, "Lanzo", 1)));
        assertEquals(EntityType.PERSON, typed.get(0).type());
        String firm = "Morgan Lanzo rose. Lanzo said.";
        NamedEntity company = new NamedEntity(new Span(0, 12), EntityType.ORGANIZATION, "Morgan Lanzo");
        NamedEntity alsoFirm = new NamedEntity(new Span(firm.indexOf("Lanzo said"), firm.indexOf("Lanzo said") + 5), EntityType.ORGANIZATION, "Lanzo");
        assertEquals(EntityType.ORGANIZATION, new SurnameTypes(kbp()).apply(List.of(company, alsoFirm)).get(0).type(),
                "the word alone is no person there");
    }

    private static KbpGazetteers kbp;
    private static EntityStage withNames;

    private static KbpGazetteers kbp() {
        if (kbp == null) {
            kbp = new KbpGazetteers();
        }
        return kbp;
    }

    private static EntityStage stageWithNames() {
        if (withNames == null) {
            withNames = new EntityStage(new Demonyms(kbp()));
        }
        return withNames;
    }

    /** The {@code nth} (from 0) occurrence of {@code name} in {@code text}, a person. */
    private static NamedEntity at(String text, String name, int nth) {
        int i = -1;
        for (int k = 0; k <= nth; k++) {
            i = text.indexOf(name, i + 1);
        }
        return new NamedEntity(new Span(i, i + name.length()), EntityType.PERSON, name);
    }

    @Test
    void apostropheHyphenAndParticleSurnamesJoinTheFullName() {
        Entities es = new EntityStage(new Demonyms()).cluster(List.of(m("Sonia O'Sullivan", EntityType.PERSON),
                m("O'Sullivan", EntityType.PERSON), m("Mark Lewis-Francis", EntityType.PERSON), m("Lewis-Francis", EntityType.PERSON),
                m("Philip van Doren Stern", EntityType.PERSON), m("Van Doren Stern", EntityType.PERSON)));
        assertEquals(3, es.all().size(), es.all().toString());
        assertEquals(List.of("O'Sullivan"), find(es, "Sonia O'Sullivan").alternateNames());
        assertEquals(2, find(es, "Mark Lewis-Francis").mentions().size());
        assertEquals(2, find(es, "Philip van Doren Stern").mentions().size());
    }

    @Test
    void aSurnameOfSeveralWordsSharedByTwoPeopleStaysApart() {
        Entities es = new EntityStage(new Demonyms()).cluster(List.of(m("Sonia O'Sullivan", EntityType.PERSON),
                m("Ronnie O'Sullivan", EntityType.PERSON), m("O'Sullivan", EntityType.PERSON)));
        assertEquals(3, es.all().size());
    }

    @Test
    void acronymRules() {
        assertTrue(Acronyms.isAcronymOf("CICA", "conference on interaction and confidence building measures in asia"));
        assertTrue(Acronyms.isAcronymOf("UN", "united nations"));
        assertFalse(Acronyms.isAcronymOf("NATO", "united nations"));
    }

    @Test
    void aCompanyShortenedToItsFirstWordIsTheCompany() {
        Entities es = new EntityStage(new Demonyms()).cluster(List.of(m("Marsh & McLennan", EntityType.ORGANIZATION),
                m("Marsh", EntityType.PERSON), m("Marsh", EntityType.PERSON)));
        assertEquals(1, es.all().size(), es.all().toString());
        assertEquals(EntityType.ORGANIZATION, es.all().get(0).type(), "the surname reading gives way to the company's");
    }

    @Test
    void aFirstWordTwoCompaniesShareOrAnOwnersAcronymIsNoShortForm() {
        Entities es = new EntityStage(new Demonyms()).cluster(List.of(m("Royal Mail", EntityType.ORGANIZATION),
                m("Royal Dutch Shell", EntityType.ORGANIZATION), m("Royal", EntityType.ORGANIZATION)));
        assertEquals(3, es.all().size(), es.all().toString());
        Entities bbc = new EntityStage(new Demonyms()).cluster(List.of(m("BBC Radio 4", EntityType.ORGANIZATION),
                m("BBC", EntityType.ORGANIZATION)));
        assertEquals(2, bbc.all().size(), bbc.all().toString());
        Entities bodies = new EntityStage(new Demonyms()).cluster(List.of(m("Senate Judiciary Committee", EntityType.ORGANIZATION),
                m("Senate", EntityType.ORGANIZATION), m("Republican Senate", EntityType.ORGANIZATION), m("Republican", EntityType.ORGANIZATION)));
        assertEquals(4, bodies.all().size(), "a body named by its head word, or two names run together: " + bodies.all());
    }

    @Test
    void aNameAfterItsOwnersAcronymJoinsIt() {
        Entities es = new EntityStage(new Demonyms()).cluster(List.of(m("BBC 6 Music", EntityType.ORGANIZATION),
                m("6 Music", EntityType.ORGANIZATION), m("BBC", EntityType.ORGANIZATION)));
        assertEquals(2, find(es, "BBC 6 Music").mentions().size(), es.all().toString());
        assertEquals(2, es.all().size());
    }

    @Test
    void aQuotedNicknameInsideANameJoinsIt() {
        Entities es = new EntityStage(new Demonyms()).cluster(List.of(m("Ahmed 'Mido' Hossam", EntityType.PERSON),
                m("Mido", EntityType.PERSON), m("Mido's", EntityType.PERSON)));
        assertEquals(1, es.all().size(), es.all().toString());
    }

    @Test
    void namesNormalise() {
        assertEquals("vladimir putin", Names.key("the Vladimir Putin’s"));
        assertEquals("us", Names.key("U.S."));
        assertEquals("sao-paulo", Names.slug("São Paulo"));
    }

    @Test
    void aPersonIsNoHeadlessFormOfAFoundation() {
        Entities es = new EntityStage(new Demonyms()).cluster(List.of(m("Wexler Foundation", EntityType.ORGANIZATION),
                m("Wexler", EntityType.PERSON), m("Wexler", EntityType.PERSON), m("Wexler", EntityType.PERSON),
                m("Hofstra University", EntityType.ORGANIZATION), m("Hofstra", EntityType.ORGANIZATION)));
        assertEquals(EntityType.ORGANIZATION, find(es, "Wexler Foundation").type());
        assertEquals(1, find(es, "Wexler Foundation").mentions().size(), "the person Wexler stays apart");
        assertEquals(2, find(es, "Hofstra University").mentions().size(), "an organisation's headless name still joins");
    }

    @Test
    void aClubsNicknameJoinsTheClubTheArticleNames() {
        Entities es = new EntityStage(new Demonyms()).cluster(List.of(m("Aston Villa", EntityType.ORGANIZATION),
                m("Villans", EntityType.PERSON), m("Wigan Athletic", EntityType.ORGANIZATION), m("Athletic", EntityType.ORGANIZATION),
                m("Chelsea", EntityType.ORGANIZATION), m("Everton", EntityType.ORGANIZATION), m("Blues", EntityType.ORGANIZATION),
                m("Man City", EntityType.ORGANIZATION), m("Manchester City", EntityType.PLACE), m("City", EntityType.ORGANIZATION)));
        Entity villa = find(es, "Aston Villa");
        assertEquals(EntityType.ORGANIZATION, villa.type());
        assertEquals(2, villa.mentions().size(), "the nickname joins its club");
        assertEquals(2, find(es, "Wigan Athletic").mentions().size(), "the short name joins the one club ending so");
        assertEquals(1, find(es, "Chelsea").mentions().size(), "Blues may be Chelsea or Everton: neither");
        assertEquals(1, find(es, "Everton").mentions().size());
        Entity city = find(es, "Manchester City");
        assertEquals(EntityType.ORGANIZATION, city.type(), "a club's short name makes the place a club");
        assertEquals(3, city.mentions().size(), "\"City\" is Manchester City, whose short name is Man City");
    }

    @Test
    void anAcronymKeepsAShortFirstWordWhole() {
        Entities es = new EntityStage(new Demonyms()).cluster(List.of(m("UK Farmers Union", EntityType.ORGANIZATION),
                m("UKFU", EntityType.ORGANIZATION)));
        assertEquals(2, find(es, "UK Farmers Union").mentions().size(), "UKFU is UK + F + U");
    }

    @Test
    void theLastWordOfAnOrganisationAfterTheIsItsShortForm() {
        String text = "The Denver Gazette asked the Mayor. She told the Gazette no. Gazette readers wrote to the White House. "
                + "Then the House voted.";
        List<NamedEntity> ms = List.of(org(text, "Denver Gazette", 0), org(text, "Gazette", 1), org(text, "Gazette", 2),
                org(text, "White House", 0), org(text, "House", 1));
        Entities es = new EntityStage(new Demonyms()).cluster(text, ms);
        assertEquals(3, find(es, "Denver Gazette").mentions().size(), "\"the Gazette\" joins, and its name with it");
        assertEquals(1, find(es, "White House").mentions().size(), "the House is no short form of the White House");
        assertEquals(1, find(es, "House").mentions().size());
        String bare = "The Denver Gazette asked the Mayor. Gazette readers wrote.";
        Entities apart = new EntityStage(new Demonyms()).cluster(bare, List.of(org(bare, "Denver Gazette", 0), org(bare, "Gazette", 1)));
        assertEquals(1, find(apart, "Denver Gazette").mentions().size(), "without \"the\" the word stays apart");
    }

    private static NamedEntity org(String text, String name, int nth) {
        NamedEntity p = at(text, name, nth);
        return new NamedEntity(p.span(), EntityType.ORGANIZATION, name);
    }
}
