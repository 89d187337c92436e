package org.newsgraph.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end, in a separate JVM: SIGKILL mid-batch, then a second run finishes the job; SIGTERM stops cleanly. */
class KillAndResumeTest {
    private static final int ARTICLES = 150;
    @TempDir
    Path dir;

    private Path inputs() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String a = Files.readString(Path.of("seeds/000_52d8e67cf034335a.txt"));
        String b = Files.readString(Path.of("seeds/002_a4b618aeea5f0953.txt"));
        for (int i = 0; i < ARTICLES; i++) {
            // Each copy differs, so each has its own text hash.
            Files.writeString(in.resolve(String.format("article-%03d.txt", i)), (i % 2 == 0 ? a : b) + "\n\nCopy number " + i + ".");
        }
        return in;
    }

    private static Process start(Path in, Path out) throws Exception {
        String cp = "target/classes" + java.io.File.pathSeparator + Files.readString(Path.of("target/classpath.txt")).strip();
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp", cp,
                "org.newsgraph.cli.Main", "run", in.toString(), "--out", out.toString(), "--threads", "1");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static long documents(Path out) throws Exception {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.toString().endsWith(".jsonld")).count();
        }
    }

    /** Starts a batch in another JVM and returns once it has written a few documents, still running. */
    private static Process startAndWaitUntilMidBatch(Path in, Path out) throws Exception {
        Process p = start(in, out);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (documents(out) < 5 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the batch finished before it could be interrupted");
        return p;
    }

    @Test
    void killedBatchIsFinishedByTheNextRunWithNoPartialOrDuplicateOutput() throws Exception {
        Path in = inputs();
        Path out = dir.resolve("out");
        Process p = startAndWaitUntilMidBatch(in, out);
        p.destroyForcibly().waitFor();
        long before = documents(out);
        assertTrue(before < ARTICLES, "killed mid-batch");
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> s = Files.list(out)) {
            for (Path f : s.filter(x -> x.toString().endsWith(".jsonld")).toList()) {
                mapper.readTree(f.toFile()); // every document on disk is whole
            }
        }
        Process again = start(in, out);
        assertEquals(0, again.waitFor());
        assertEquals(ARTICLES, documents(out));
        List<String> lines = Files.readAllLines(out.resolve(BatchRunner.ARTICLES));
        assertEquals(ARTICLES, lines.size());
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            assertTrue(ids.add(mapper.readTree(line).get("identifier").asText()), "duplicate in articles.ndjson");
        }
        try (Stream<Path> s = Files.list(out)) {
            assertFalse(s.anyMatch(f -> f.toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void sigtermStopsCleanlyWithConsistentSummaryFiles() throws Exception {
        Path in = inputs();
        Path out = dir.resolve("out");
        Process p = startAndWaitUntilMidBatch(in, out);
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertNotEquals(0, p.exitValue());
        List<String> lines = Files.readAllLines(out.resolve(BatchRunner.ARTICLES));
        assertEquals(documents(out), lines.size(), "articles.ndjson lists exactly the documents written");
        assertTrue(lines.size() < ARTICLES);
        List<String> names = new ArrayList<>();
        for (String l : lines) {
            names.add(new ObjectMapper().readTree(l).get("identifier").asText());
        }
        assertEquals(names.stream().sorted().toList(), names, "in input order");
    }
}
