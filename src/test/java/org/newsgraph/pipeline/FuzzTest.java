package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import static org.newsgraph.OutputChecks.assertOffsets;
import org.newsgraph.model.Article;
import org.newsgraph.output.JsonLdWriter;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.ArticleRejected;

/**
 * Random and mutated articles through the whole pipeline: no exception escapes a stage, every
 * offset is a valid code-point range whose substring equals its anchor, every id referenced exists.
 */
class FuzzTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String MARKS = "\"“”‘’'";

    @Test
    void mutatedArticlesNeverBreakThePipelineOrItsOffsets() throws Exception {
        Random random = new Random(20261122L);
        List<String> seeds = List.of(Files.readString(Path.of("seeds/000_52d8e67cf034335a.txt")),
                Files.readString(Path.of("seeds/002_a4b618aeea5f0953.txt")));
        ArticleReader reader = new ArticleReader(5_000_000);
        JsonLdWriter writer = new JsonLdWriter("fuzz");
        int processed = 0;
        for (int i = 0; i < 60; i++) {
            byte[] bytes = mutate(seeds.get(i % 2), random);
            Article article;
            try {
                article = reader.read("fuzz-" + i, bytes);
            } catch (ArticleRejected rejected) {
                continue; // a clean rejection with a reason is an allowed outcome
            }
            JsonNode doc;
            try {
                doc = MAPPER.valueToTree(writer.write(TestPipeline.get().run(article)));
            } catch (ArticleSkipped skipped) {
                continue;
            } catch (StageFailure failure) {
                fail("mutation " + i + " broke stage " + failure.stage(), failure.getCause());
                return;
            }
            processed++;
            String text = doc.get("text").asText();
            assertOffsets(doc, text);
            checkReferences(doc);
        }
        assertTrue(processed > 40, "most mutations are processed, not rejected: " + processed);
    }

    private static byte[] mutate(String seed, Random r) {
        String text = seed;
        switch (r.nextInt(7)) {
            case 0 -> { // quote marks inserted and deleted
                StringBuilder sb = new StringBuilder(text);
                for (int k = 0; k < 30; k++) {
                    int at = r.nextInt(sb.length());
                    if (r.nextBoolean()) {
                        sb.insert(at, MARKS.charAt(r.nextInt(MARKS.length())));
                    } else if (MARKS.indexOf(sb.charAt(at)) >= 0 || r.nextInt(4) == 0) {
                        sb.deleteCharAt(at);
                    }
                }
                text = sb.toString();
            }
            case 1 -> { // paragraphs shuffled
                List<String> paras = new ArrayList<>(Arrays.asList(text.split("\n\n")));
                Collections.shuffle(paras, r);
                text = String.join("\n\n", paras);
            }
            case 2 -> text = text.replace("\n\n", " ").repeat(3); // one very long line
            case 3 -> text = "🎉 " + text.replace(" the ", " 🇺🇳 the ").replace("Putin", "Pu\u0301tin"); // astral and combining characters
            case 4 -> text = text.substring(0, r.nextInt(text.length())) + "\u201c" + text.substring(r.nextInt(text.length())); // cut and spliced
            default -> { }
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (r.nextInt(3) == 0) {
            bytes = Arrays.copyOf(bytes, Math.max(1, r.nextInt(bytes.length))); // cut, possibly mid-character
        }
        return bytes;
    }

    private static void checkReferences(JsonNode doc) {
        Set<String> ids = new HashSet<>();
        doc.get("mentions").forEach(e -> ids.add(e.get("@id").asText()));
        List<String> referenced = new ArrayList<>();
        doc.get("hasPart").forEach(q -> {
            if (q.has("spokenByCharacter")) {
                referenced.add(q.get("spokenByCharacter").get("@id").asText());
            }
        });
        doc.get("ng:relation").forEach(r -> {
            referenced.add(r.get("ng:subject").get("@id").asText());
            if (r.has("ng:object")) {
                referenced.add(r.get("ng:object").get("@id").asText());
            }
        });
        for (String id : referenced) {
            assertTrue(ids.contains(id), "referenced id without entity: " + id);
        }
    }
}
