package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
