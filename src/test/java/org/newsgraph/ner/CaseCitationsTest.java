package org.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.NamedEntity;

/** The parties of a cited court case, through the real models; sentences written for the test. */
class CaseCitationsTest {
    private static List<String> names(Document d) {
        return d.namedEntities().stream().map(NamedEntity::text).toList();
    }

    @Test
    void thePartiesOfACaseAreNoEntities() {
        Document d = TestPipeline.run("The senator said the court should revisit Miranda v. Arizona before the election.");
        assertFalse(names(d).contains("Miranda"), d.namedEntities().toString());
        assertFalse(names(d).contains("Arizona"), d.namedEntities().toString());
    }

    @Test
    void contendersJoinedByVsAreKept() {
        Document d = TestPipeline.run("The governor called it Obama vs. Romney all over again.");
        assertTrue(names(d).contains("Romney"), d.namedEntities().toString());
    }
}
