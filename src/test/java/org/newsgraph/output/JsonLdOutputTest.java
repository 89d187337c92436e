package org.newsgraph.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfDataset;
import com.apicatalog.rdf.RdfTriple;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import static org.newsgraph.OutputChecks.assertOffsets;
import org.newsgraph.read.ArticleReader;

class JsonLdOutputTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode output(String text) throws Exception {
        return MAPPER.valueToTree(new JsonLdWriter(TestPipeline.configHash()).write(TestPipeline.run(text)));
    }

    private static JsonNode outputOf(Path file) throws Exception {
        return MAPPER.valueToTree(new JsonLdWriter(TestPipeline.configHash())
                .write(TestPipeline.get().run(new ArticleReader(5_000_000).read(file))));
    }

    @Test
    void offsetsCountCodePointsPastAnEmoji() throws Exception {
        JsonNode doc = output("Fans cheered 🎉🎉 as Angela Merkel arrived in Berlin.\n\n“We are happy,” said Angela Merkel.");
        assertOffsets(doc, doc.get("text").asText());
        JsonNode merkel = doc.get("mentions").get(0);
        assertEquals("Angela Merkel", merkel.get("name").asText());
        assertEquals(19, merkel.get("ng:mention").get(0).get("begin").asInt(), "two emoji count as two code points, not four UTF-16 units");
    }

    @Test
    void seedsExpandToTheRequiredTriplesOffline() throws Exception {
        for (Path seed : List.of(Path.of("seeds/000_52d8e67cf034335a.txt"), Path.of("seeds/002_a4b618aeea5f0953.txt"))) {
            JsonNode doc = outputOf(seed);
            assertOffsets(doc, doc.get("text").asText());
            RdfDataset rdf = JsonLd.toRdf(JsonDocument.of(new ByteArrayInputStream(MAPPER.writeValueAsBytes(doc)))).get();
            Set<String> triples = new HashSet<>();
            for (RdfTriple t : rdf.getDefaultGraph().toList()) {
                triples.add(t.getSubject().getValue() + " " + t.getPredicate().getValue() + " " + t.getObject().getValue());
            }
            String article = doc.get("@id").asText();
            assertTrue(triples.contains(article + " http://www.w3.org/1999/02/22-rdf-syntax-ns#type https://schema.org/NewsArticle"));
            assertTrue(triples.contains(article + " https://schema.org/mentions urn:newsgraph:entity:person:vladimir-putin"), seed.toString());
            assertTrue(triples.contains("urn:newsgraph:entity:person:vladimir-putin https://schema.org/name Vladimir Putin"));
            assertTrue(triples.stream().anyMatch(t -> t.contains("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex")));
            assertTrue(triples.stream().anyMatch(t -> t.matches(java.util.regex.Pattern.quote(article)
                    + "#quote-\\d+ https://schema.org/spokenByCharacter urn:newsgraph:entity:.*")));
            assertTrue(triples.stream().anyMatch(t -> t.contains("https://w3id.org/newsgraph#predicate https://schema.org/memberOf")));
            assertTrue(doc.get("identifier").asText().startsWith(seed.getFileName().toString().substring(0, 3)));
        }
    }

    @Test
    void relationsAppearTwiceAndPointOnlyToMentionedEntities() throws Exception {
        JsonNode doc = outputOf(Path.of("seeds/002_a4b618aeea5f0953.txt"));
        Set<String> ids = new HashSet<>();
        doc.get("mentions").forEach(e -> ids.add(e.get("@id").asText()));
        for (JsonNode r : doc.get("ng:relation")) {
            String s = r.get("ng:subject").get("@id").asText();
            assertTrue(ids.contains(s));
            if (r.has("ng:object")) {
                assertTrue(ids.contains(r.get("ng:object").get("@id").asText()));
            }
            String property = r.get("ng:predicate").get("@id").asText().replace("https://schema.org/", "");
            JsonNode subject = null;
            for (JsonNode e : doc.get("mentions")) {
                if (e.get("@id").asText().equals(s)) {
                    subject = e;
                }
            }
            assertTrue(subject != null && subject.has(property), "property " + property + " on " + s);
        }
    }

    @Test
    void sameInputGivesIdenticalBytes() throws Exception {
        String text = Files.readString(Path.of("seeds/000_52d8e67cf034335a.txt"));
        assertEquals(MAPPER.writeValueAsString(output(text)), MAPPER.writeValueAsString(output(text)));
    }
}
