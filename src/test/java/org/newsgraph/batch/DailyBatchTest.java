package org.newsgraph.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPipeline;
import org.newsgraph.read.ArticleReader;

/** The same folders run day after day: permissions, what changed, removed inputs, the folder-wide articles.ndjson. */
class DailyBatchTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private BatchResult run(Path in, Path out, boolean prune) throws Exception {
        return new BatchRunner(TestPipeline.get(), new ArticleReader(200_000), TestPipeline.configHash(), out, 1, false)
                .pruneRemoved(prune).run(InputFiles.scan(List.of(in)), null);
    }

    private static Path article(Path folder, String name, String place) throws Exception {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name), "Officials in " + place + " met on Monday to discuss the budget, "
                + "the mayor said after the meeting.");
    }

    private static List<String> changes(Path out) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(out.resolve(OutputFolder.CHANGES))) {
            JsonNode n = MAPPER.readTree(l);
            lines.add(n.path("output").asText() + " " + n.path("change").asText() + (n.has("pruned") ? " pruned=" + n.path("pruned") : ""));
        }
        return lines;
    }

    private static List<String> identifiers(Path out) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String l : Files.readAllLines(out.resolve(BatchRunner.ARTICLES))) {
            ids.add(MAPPER.readTree(l).path("identifier").asText());
        }
        return ids;
    }

    @Test
    void outputFilesAreReadableAsTheUmaskSays() throws Exception {
        Path in = dir.resolve("in");
        article(in.resolve("sub"), "a.txt", "Lagos");
        Path out = dir.resolve("out");
        run(in, out, false);
        // A file created the ordinary way gets 0666 less this JVM's umask: what every output must have.
        Set<PosixFilePermission> umask = Files.getPosixFilePermissions(Files.createFile(dir.resolve("reference")));
        List<Path> written;
        try (Stream<Path> files = Files.walk(out)) {
            written = files.filter(Files::isRegularFile).toList();
        }
        assertEquals(5, written.size(), written.toString()); // sub/a.jsonld and four summaries
        for (Path f : written) {
            assertEquals(umask, Files.getPosixFilePermissions(f), f.toString());
        }
        assertTrue(umask.contains(PosixFilePermission.OWNER_READ));
        if (umask.contains(PosixFilePermission.OTHERS_READ)) { // umask 022, as on most systems: not the old 0600
            assertTrue(Files.getPosixFilePermissions(out.resolve("sub/a.jsonld")).contains(PosixFilePermission.OTHERS_READ));
        }
    }

    @Test
    void changesListWhatThisRunAddedChangedKeptAndFoundRemovedAndPruneDeletesTheRemoved() throws Exception {
        Path in = dir.resolve("in");
        Path out = dir.resolve("out");
        article(in, "a.txt", "Lagos");
        article(in, "b.txt", "Accra");
        article(in.resolve("sub"), "c.txt", "Nairobi");
        run(in, out, false);
        assertEquals(List.of("a.jsonld added", "b.jsonld added", "sub/c.jsonld added"), changes(out));

        article(in, "a.txt", "Dakar");
        Files.delete(in.resolve("sub/c.txt"));
        BatchResult second = run(in, out, false);
        assertEquals(List.of("a.jsonld changed", "b.jsonld unchanged", "sub/c.jsonld removed pruned=false"), changes(out));
        assertEquals(1, second.removed());
        assertTrue(Files.exists(out.resolve("sub/c.jsonld")), "without --prune the document stays");
        assertEquals(List.of("a", "b", "sub/c"), identifiers(out), "articles.ndjson holds every document in the folder");

        BatchResult pruned = run(in, out, true);
        assertEquals(List.of("a.jsonld unchanged", "b.jsonld unchanged", "sub/c.jsonld removed pruned=true"), changes(out));
        assertEquals(1, pruned.pruned());
        assertFalse(Files.exists(out.resolve("sub/c.jsonld")));
        assertEquals(List.of("a", "b"), identifiers(out));

        run(in, out, true);
        assertEquals(List.of("a.jsonld unchanged", "b.jsonld unchanged"), changes(out), "once pruned, it is not reported again");
        assertEquals(2, Files.readAllLines(out.resolve(OutputFolder.INPUTS)).size());
    }

    @Test
    void anotherFoldersDocumentsAreKeptInArticlesNdjsonAndNotReportedRemoved() throws Exception {
        Path out = dir.resolve("out");
        article(dir.resolve("monday"), "m.txt", "Lagos");
        article(dir.resolve("tuesday"), "t.txt", "Accra");
        run(dir.resolve("monday"), out, true);
        BatchResult tuesday = run(dir.resolve("tuesday"), out, true);
        assertEquals(0, tuesday.removed(), "monday's input still exists: nothing is removed");
        assertEquals(List.of("t.jsonld added"), changes(out));
        assertEquals(List.of("m", "t"), identifiers(out));

        Files.delete(dir.resolve("monday/m.txt"));
        BatchResult wednesday = run(dir.resolve("tuesday"), out, false);
        assertEquals(1, wednesday.removed(), "an input that no longer exists anywhere is reported");
        assertEquals(List.of("t.jsonld unchanged", "m.jsonld removed pruned=false"), changes(out));
    }
}
