package org.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;

/** The name after the kind of business it is ({@code models/group-nouns.txt}, {@link CueMentions}), where the tagger swallows the noun or the noun opens the sentence. */
class KindOfBusinessNamesTest {
    private static List<String> organisations(Document d) {
        return d.namedEntities().stream().filter(m -> m.type() == EntityType.ORGANIZATION).map(NamedEntity::text).toList();
    }

    @Test
    void aNounTheTaggerSwallowedIsNoPartOfTheName() {
        Document d = TestPipeline.run("The shares rose after the US TV network Quorra News said the deal was done.");
        assertEquals(List.of("Quorra News"), organisations(d), d.namedEntities().toString());
    }

    @Test
    void theNounMayOpenTheSentence() {
        Document d = TestPipeline.run("Retailer Halden also felt little Christmas cheer, with sales down 3%.");
        assertEquals(List.of("Halden"), organisations(d), d.namedEntities().toString());
        Document headline = TestPipeline.run("Retailer Closures Hit Malls\n\nShoppers stayed at home in December.");
        assertTrue(organisations(headline).isEmpty(), "a Title Case headline: " + headline.namedEntities());
    }

    @Test
    void aNounPairedWithAnotherIsAModifier() {
        Document d = TestPipeline.run("On cable and network TV, the guests were mostly men.");
        assertTrue(organisations(d).isEmpty(), d.namedEntities().toString());
    }
}
