package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.model.Entities;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Span;

/** The White House ({@code models/aliases.tsv}) is the governmental body it seats, whatever the tagger typed it. */
class SeatsOfGovernmentTest {
    @Test
    void theWhiteHouseTypedAPlaceIsAnOrganisation() {
        Entities es = new EntityStage(new Demonyms()).cluster(List.of(
                new NamedEntity(new Span(10, 21), EntityType.PLACE, "White House"),
                new NamedEntity(new Span(60, 71), EntityType.PLACE, "White House")));
        assertEquals(1, es.all().size(), es.all().toString());
        assertEquals(EntityType.ORGANIZATION, es.all().get(0).type());
    }
}
