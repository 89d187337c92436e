package org.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;

/** Organisations named in a job title's slot, through the real models; sentences written for the test. */
class TitleSlotOrganisationsTest {
    private static List<String> mentions(Document d, EntityType type) {
        return d.namedEntities().stream().filter(m -> m.type() == type).map(NamedEntity::text).toList();
    }

    @Test
    void properNounsBeforeATitleAndAPersonAreAnOrganisation() {
        Document d = TestPipeline.run("The ruling was welcomed by Kenya RFU spokesman Daniel Mwangi on Friday.");
        List<String> orgs = mentions(d, EntityType.ORGANIZATION);
        assertTrue(orgs.contains("Kenya RFU"), d.namedEntities().toString());
    }

    @Test
    void properNounsAfterATitleOfInAppositionAreAnOrganisation() {
        Document d = TestPipeline.run("Sarah Jones, deputy editor of Web User, said the prize was deserved.");
        List<String> orgs = mentions(d, EntityType.ORGANIZATION);
        assertTrue(orgs.contains("Web User"), d.namedEntities().toString());
    }

    @Test
    void aDescriptionBeforeTheNameIsSkipped() {
        Document d = TestPipeline.run("Demand fell, said Tom Reid, director of the industry's watchdog Cinema Track.");
        assertTrue(mentions(d, EntityType.ORGANIZATION).contains("Cinema Track"), d.namedEntities().toString());
    }

    @Test
    void aCapitalisedWordStartingTheSentenceOrATitleIsNone() {
        Document d = TestPipeline.run("Lead guitarist Tom Price left. Wine merchant Ann Hale spoke.");
        assertFalse(mentions(d, EntityType.ORGANIZATION).contains("Lead"), d.namedEntities().toString());
        assertFalse(mentions(d, EntityType.ORGANIZATION).contains("Wine"), d.namedEntities().toString());
    }
}
