package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Predicate;

/**
 * The person a "he" or "she" of a title clause ("while she was governor") stands for ({@link ClausePronouns}), and the title such a
 * clause gives beside the one given with the name.
 */
class ClausePronounsTest {
    private static Set<String> titles(String text) {
        Document d = TestPipeline.run(text);
        return d.relations().stream().filter(r -> r.predicate() == Predicate.JOB_TITLE)
                .map(r -> d.entities().byId(r.subjectId()).map(Entity::name).orElseThrow() + " " + r.value()).collect(Collectors.toSet());
    }

    @Test
    void aNameOfTheOtherGenderIsPassedOver() {
        assertEquals(Set.of("Robert Hale governor"), titles("Robert Hale had hired Mary Bell when he was governor."));
    }

    @Test
    void aPronounWithNoNameOfItsGenderBeforeItGivesNothing() {
        assertEquals(Set.of(), titles("Voters met Mary Bell in Ohio when he was governor."));
    }

    @Test
    void aWrittenOutTitleBesideItsAbbreviationIsDropped() {
        assertEquals(Set.of("Tom Hale Gov."), titles("Former Maryland Gov. Tom Hale noted that he raised the minimum wage while governor."));
    }
}
