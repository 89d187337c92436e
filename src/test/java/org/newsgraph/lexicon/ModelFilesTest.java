package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The configuration hash covers every model file: a file left out of it could change output unseen. */
class ModelFilesTest {
    @Test
    void everyFileInModelsIsFingerprinted() throws IOException {
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of("models"))) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".md"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(onDisk, new TreeSet<>(ModelFiles.ALL), "models/ files (notes *.md aside) against ModelFiles.ALL");
    }

    /**
     * Editing any file in models/ (the trained model too) changes the fingerprint that the
     * configuration hash is made of: a file the hash misses would let a batch keep stale output.
     */
    @Test
    void editingAnyModelFileChangesTheFingerprint() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of("models"))) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".md")).sorted().toList();
        }
        String before = ModelFiles.fingerprint(ModelFiles.ALL, ModelFilesTest::fromDisk);
        assertEquals(ModelFiles.fingerprint(), before, "the packaged model files are the ones in models/");
        for (String edited : onDisk) {
            String after = ModelFiles.fingerprint(ModelFiles.ALL, name -> name.equals(edited)
                    ? new SequenceInputStream(fromDisk(name), new ByteArrayInputStream("\n# edited\n".getBytes(StandardCharsets.UTF_8)))
                    : fromDisk(name));
            assertNotEquals(before, after, "editing models/" + edited + " leaves the configuration hash as it was");
        }
    }

    private static InputStream fromDisk(String name) {
        try {
            return Files.newInputStream(Path.of("models", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
