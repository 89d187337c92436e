package org.newsgraph.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;
import org.newsgraph.pipeline.DeclaredStage;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.WorkMeter;
import org.newsgraph.read.ArticleReader;

/** The per-article time budget: a slow article is recorded as a timeout and the batch goes on, on the same workers. */
class ArticleBudgetTest {
    @TempDir
    Path dir;

    /** Works forever on articles containing "slow", counting its work as every stage does. */
    static final class CountingForever extends DeclaredStage {
        CountingForever() {
            super("spin", Set.of(), Set.of(Layer.LANGUAGE));
        }

        @Override
        public Document process(Document d) {
            while (d.text().contains("slow")) {
                WorkMeter.count(1);
            }
            return d;
        }
    }

    /** Stuck without counting (as a library call might be) on articles containing "stuck", for a few seconds. */
    static final class StuckWithoutCounting extends DeclaredStage {
        StuckWithoutCounting() {
            super("stuck", Set.of(), Set.of(Layer.LAYOUT));
        }

        @Override
        public Document process(Document d) {
            long until = System.nanoTime() + 6_000_000_000L;
            while (d.text().contains("stuck") && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            return d;
        }
    }

    @Test
    void slowAndStuckArticlesTimeOutAndTheOthersAreWrittenOnOneWorker() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> files = new ArrayList<>();
        String[] texts = {"a quick one", "a slow one", "another quick one", "a stuck one", "the last quick one"};
        for (int i = 0; i < texts.length; i++) {
            files.add(Files.writeString(in.resolve("a" + i + ".txt"), texts[i]));
        }
        Pipeline pipeline = new Pipeline(List.of(new CountingForever(), new StuckWithoutCounting()));
        Path out = dir.resolve("out");
        BatchResult r = new BatchRunner(pipeline, new ArticleReader(1000), "test", out, 1, false, Duration.ofMillis(300))
                .run(files, null);
        assertEquals(3, r.written(), r.errors().toString());
        assertEquals(2, r.failed());
        assertFalse(Files.exists(out.resolve("a1.jsonld")));
        assertFalse(Files.exists(out.resolve("a3.jsonld")), "an abandoned article writes nothing, even when it finishes later");
        List<JsonNode> errors = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : Files.readAllLines(out.resolve(BatchRunner.ERRORS))) {
            errors.add(mapper.readTree(line));
        }
        assertEquals(2, errors.size());
        assertEquals("spin", errors.get(0).get("stage").asText());
        assertEquals("timeout", errors.get(0).get("outcome").asText());
        assertTrue(errors.get(0).get("reason").asText().matches("timed out after \\d+ s in spin"), errors.get(0).toString());
        assertEquals("stuck", errors.get(1).get("stage").asText(), "the watchdog names the stage the article was stuck in");
        assertEquals("timeout", errors.get(1).get("outcome").asText());
        Thread.sleep(6500); // the stuck worker finishes late; its result must still not be written
        assertFalse(Files.exists(out.resolve("a3.jsonld")));
    }

    @Test
    void aFailureRecordNamesTheStageAndWhatToDo() {
        String reason = FailureReasons.of("quotes", new StackOverflowError());
        assertTrue(reason.startsWith("stack overflow in quotes"), reason);
        String other = FailureReasons.of("quotes", new IllegalArgumentException("invalid span [5, 4)"));
        assertTrue(other.contains("quotes failed") && other.contains("invalid span") && other.contains("report"), other);
    }
}
