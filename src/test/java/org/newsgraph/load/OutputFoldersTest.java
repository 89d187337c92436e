package org.newsgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** load reads what run writes: documents in subfolders too, keyed by their path as run names them. */
class OutputFoldersTest {
    @TempDir
    Path dir;

    @Test
    void documentsInSubfoldersAreReadWithTheirPathAsKey() throws Exception {
        Files.createDirectories(dir.resolve("sport"));
        Files.writeString(dir.resolve("story.jsonld"), "{}");
        Files.writeString(dir.resolve("sport/story.jsonld"), "{}");
        Files.writeString(dir.resolve("sport/.story.jsonld.x1.tmp"), "{");
        Files.writeString(dir.resolve("articles.ndjson"), "{}\n");
        List<String> keys = OutputFolders.documents(List.of(dir)).stream().map(OutputFolders.Document::key).toList();
        assertEquals(List.of("sport/story", "story"), keys);
        assertEquals(2, OutputFolders.read(List.of(dir)).errors().size(), "two '{}' files are not articles, and both are named");
    }
}
