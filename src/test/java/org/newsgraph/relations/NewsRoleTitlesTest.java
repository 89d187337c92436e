package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;

/** Roles US political news names people by that the KBP title list lacks (title-words.txt): a debate's moderator, a party's operative. */
class NewsRoleTitlesTest {
    private static Set<String> triples(String text) {
        Document d = TestPipeline.run(text);
        return d.relations().stream().map(r -> name(d, r.subjectId()) + " " + r.predicate().property() + " "
                + (r.objectId() != null ? name(d, r.objectId()) : r.value())).collect(Collectors.toSet());
    }

    private static String name(Document d, String id) {
        return d.entities().byId(id).map(Entity::name).orElseThrow();
    }

    @Test
    void aModeratorBeforeTheNameIsATitle() {
        Set<String> got = triples("The candidates were pressed by CBS moderator Ann Bell on taxes.");
        assertTrue(got.contains("Ann Bell jobTitle moderator"), got::toString);
    }

    @Test
    void anOperativeInAppositionIsATitle() {
        Set<String> got = triples("Tom Hale, a longtime political operative, expects a close race.");
        assertTrue(got.contains("Tom Hale jobTitle longtime political operative"), got::toString);
    }
}
