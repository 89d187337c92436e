package org.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ner.NamedEntityTest.mentions;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;

/** Where an organisation's name starts and stops: outlets, campaigns named by a surname, a country before the name. */
class OrganisationNamesTest {
    @Test
    void anOutletWithACapitalInsideCountsWithoutThe() {
        Document d = TestPipeline.run("He has 24.6 percent, according to a recent poll by RealClearPolitics. He told USA TODAY on Friday.");
        List<String> orgs = mentions(d, EntityType.ORGANIZATION);
        assertTrue(orgs.contains("RealClearPolitics") && orgs.contains("USA TODAY"), d.namedEntities().toString());
        assertFalse(mentions(d, EntityType.PLACE).contains("USA"), d.namedEntities().toString());
    }

    @Test
    void aSurnameAfterTheBeforeACampaignStaysAPerson() {
        Document d = TestPipeline.run("Ted Cruz won in Iowa on Monday night. Staff of the Cruz campaign cheered. Cruz thanked them, "
                + "and Cruz left for New Hampshire, where Cruz will speak on Tuesday.");
        assertFalse(mentions(d, EntityType.ORGANIZATION).contains("Cruz"), d.namedEntities().toString());
    }

    @Test
    void aCountryBeforeAnOrganisationIsPartOfItsName() {
        Document d = TestPipeline.run("He quit the UK Green Party last year and joined Labour. Staff at the UK Treasury were told on Monday.");
        List<String> organisations = mentions(d, EntityType.ORGANIZATION);
        assertTrue(organisations.contains("UK Green Party") && organisations.contains("UK Treasury"), d.namedEntities().toString());
        Document acronym = TestPipeline.run("CHICAGO NAPM index rose in May, the group said.");
        assertFalse(mentions(acronym, EntityType.ORGANIZATION).contains("CHICAGO NAPM"), acronym.namedEntities().toString());
    }
}
