package org.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;

/** A US party's adjective alone ("Republican", "Democratic" of {@code models/not-names.txt}) names no organisation; the party's whole name does. */
class PartyAdjectivesTest {
    private static List<String> organisations(Document d) {
        return d.namedEntities().stream().filter(m -> m.type() == EntityType.ORGANIZATION).map(NamedEntity::text).toList();
    }

    @Test
    void thePartysAdjectiveBeforeANounIsNoName() {
        Document d = TestPipeline.run("Mara Voss attacked the likely Democratic nominee on Monday, and a Republican senator from Ohio agreed.");
        List<String> orgs = organisations(d);
        assertFalse(orgs.contains("Democratic") || orgs.contains("Republican"), d.namedEntities().toString());
    }

    @Test
    void thePartysWholeNameStays() {
        Document d = TestPipeline.run("Mara Voss left the Democratic Party in 2010 and joined the Republican National Committee.");
        assertTrue(organisations(d).contains("Democratic Party"), d.namedEntities().toString());
    }
}
