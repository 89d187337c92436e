package org.newsgraph.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.OutputChecks.assertOffsets;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfDataset;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPipeline;
import org.newsgraph.batch.BatchResult;
import org.newsgraph.batch.BatchRunner;
import org.newsgraph.batch.InputFiles;
import org.newsgraph.read.ArticleReader;

/** A news page with its site's chrome through the whole batch run, as {@code newsgraph run} does it. */
class HtmlEndToEndTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void cmsPageComesOutWithHeadlineDateAuthorCaptionAndACleanBody() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("src/test/resources/html/cms-jsonld.html"), in.resolve("axelrod.html"));
        Path out = dir.resolve("out");
        BatchResult r = new BatchRunner(TestPipeline.get(), new ArticleReader(5_000_000), TestPipeline.configHash(), out, 1, false)
                .run(InputFiles.scan(List.of(in)), null);
        assertEquals(1, r.written());
        JsonNode doc = MAPPER.readTree(out.resolve("axelrod.jsonld").toFile());
        String text = doc.get("text").asText();

        assertEquals("Axelrod calls on Dean to apologize for suggesting Trump uses cocaine", doc.get("headline").asText());
        assertEquals("2016-09-28T09:41:00-04:00", doc.get("datePublished").asText());
        assertEquals("Dana Whitcombe", doc.get("author").get(0).get("name").asText());
        assertEquals("David Axelrod speaks at a panel in Chicago.", doc.get("image").get("caption").asText());
        JsonNode sources = doc.get("ng:provenance").get("ng:fieldSources");
        assertEquals("json-ld", sources.get("headline").asText());
        assertEquals("json-ld", sources.get("datePublished").asText());
        assertEquals("html:figcaption", sources.get("caption").asText());
        assertEquals("html:readability4j", sources.get("text").asText());
        assertTrue(doc.get("ng:provenance").get("ng:encoding").asText().endsWith("+html"));

        assertTrue(text.contains("David Axelrod on Wednesday called on Howard Dean to apologize"));
        for (String chrome : List.of("cookies", "Advertisement", "E-mail this to a friend", "Related stories", "Most read", "All rights reserved")) {
            assertFalse(text.contains(chrome), chrome);
        }
        assertOffsets(doc, text);
        assertTrue(hasQuoteBy(doc, "David Axelrod"), "the body's quotes are found and attributed");

        RdfDataset rdf = JsonLd.toRdf(JsonDocument.of(new ByteArrayInputStream(MAPPER.writeValueAsBytes(doc)))).get();
        assertTrue(rdf.getDefaultGraph().toList().stream().anyMatch(t -> t.getPredicate().getValue().equals("https://w3id.org/newsgraph#fieldSources")),
                "the field sources are a JSON literal of the provenance node");
    }

    @Test
    void aPageWhoseMetadataChangedIsRedoneThoughItsTextIsTheSame() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path page = in.resolve("amp.html");
        String html = Files.readString(Path.of("src/test/resources/html/amp.html"));
        Files.writeString(page, html);
        Path out = dir.resolve("out");
        assertEquals(1, run(in, out).written());
        assertEquals(1, run(in, out).unchanged());
        Files.writeString(page, html.replace("\"dateModified\": \"2016-09-20T19:10:00Z\"", "\"dateModified\": \"2016-09-21T08:00:00Z\""));
        assertEquals(1, run(in, out).written(), "the page states a new modification date");
        assertEquals("2016-09-21T08:00:00Z", MAPPER.readTree(out.resolve("amp.jsonld").toFile()).get("dateModified").asText());
    }

    private static BatchResult run(Path in, Path out) throws Exception {
        return new BatchRunner(TestPipeline.get(), new ArticleReader(5_000_000), TestPipeline.configHash(), out, 1, false)
                .run(InputFiles.scan(List.of(in)), null);
    }

    private static boolean hasQuoteBy(JsonNode doc, String name) {
        String id = null;
        for (JsonNode e : doc.get("mentions")) {
            if (e.get("name").asText().equals(name)) {
                id = e.get("@id").asText();
            }
        }
        for (JsonNode q : doc.get("hasPart")) {
            if (id != null && q.has("spokenByCharacter") && q.get("spokenByCharacter").get("@id").asText().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
