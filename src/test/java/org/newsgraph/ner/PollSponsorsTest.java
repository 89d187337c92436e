package org.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;

/** A poll named after its sponsors, through the real models; sentences written for the test. */
class PollSponsorsTest {
    private static List<String> organisations(Document d) {
        return d.namedEntities().stream().filter(m -> m.type() == EntityType.ORGANIZATION).map(NamedEntity::text).toList();
    }

    @Test
    void sponsorsJoinedByASlashBeforePollAreOneOrganisationEach() {
        Document d = TestPipeline.run("The governor leads by six points in a Denver Post/Colorado Public Radio poll released on Sunday.");
        assertTrue(organisations(d).containsAll(List.of("Denver Post", "Colorado Public Radio")), d.namedEntities().toString());
    }

    @Test
    void sponsorsJoinedByAHyphenBeforeSurveyAreOneOrganisationEach() {
        Document d = TestPipeline.run("The senator trails by four points in the latest Washington Post-NBC News survey of likely voters.");
        assertTrue(organisations(d).containsAll(List.of("Washington Post", "NBC News")), d.namedEntities().toString());
    }

    @Test
    void aCapitalisedPollEndingTheRunIsNoSponsor() {
        Document d = TestPipeline.run("In a CBS News/Boston Globe Poll released Monday, the mayor had 41 percent of the vote.");
        assertTrue(organisations(d).containsAll(List.of("CBS News", "Boston Globe")), d.namedEntities().toString());
    }
}
