package org.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;

/** A town or county where a side of a match stands is a club ({@link MatchSides}, club-before/club-after of models/mention-shapes.tsv). */
class MatchSidesTest {
    private static List<String> mentions(Document d, EntityType type) {
        return d.namedEntities().stream().filter(m -> m.type() == type).map(NamedEntity::text).toList();
    }

    @Test
    void aTownAfterAResultWordIsAClub() {
        Document d = TestPipeline.run("The striker scored twice on his debut against Portsmouth on Saturday.");
        assertEquals(List.of("Portsmouth"), mentions(d, EntityType.ORGANIZATION), d.namedEntities().toString());
    }

    @Test
    void aTownBeforeItsLeadIsAClub() {
        Document d = TestPipeline.run("Cleveland's lead over the White Sox grew to six games.");
        assertTrue(mentions(d, EntityType.ORGANIZATION).contains("Cleveland"), d.namedEntities().toString());
    }

    @Test
    void countriesAndNamesBeforeANounStayPlaces() {
        Document d = TestPipeline.run("France beat Mexico 2-0 in a friendly on Saturday.");
        assertEquals(List.of("France", "Mexico"), mentions(d, EntityType.PLACE), "national sides stay places: " + d.namedEntities());
        Document noun = TestPipeline.run("Sanders would beat the New York businessman by 14 points, the poll found.");
        assertEquals(List.of("New York"), mentions(noun, EntityType.PLACE), "a modifier of a person: " + noun.namedEntities());
    }
}
