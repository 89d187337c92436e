package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.model.Entities;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Span;

/** A US state's "X State" nickname ({@code models/aliases.tsv}) is a mention of the state, whatever the tagger typed it. */
class StateNicknamesTest {
    @Test
    void theNicknameJoinsTheState() {
        Entities es = new EntityStage(new Demonyms()).cluster(List.of(
                new NamedEntity(new Span(0, 4), EntityType.PLACE, "Ohio"),
                new NamedEntity(new Span(40, 53), EntityType.ORGANIZATION, "Buckeye State"),
                new NamedEntity(new Span(80, 95), EntityType.PLACE, "Sunshine State")));
        Entity ohio = es.all().stream().filter(e -> e.name().equals("Ohio")).findFirst().orElseThrow(() -> new AssertionError(es.all()));
        assertEquals(EntityType.PLACE, ohio.type());
        assertEquals(2, ohio.mentions().size(), es.all().toString());
        assertEquals(List.of("Florida"), es.all().stream().filter(e -> e != ohio).map(Entity::name).toList());
    }
}
