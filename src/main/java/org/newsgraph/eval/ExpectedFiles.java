package org.newsgraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.FilenameUtils;

/** Where an article's expected annotations live: {@code NAME.expected.json} beside {@code NAME.txt}. */
public final class ExpectedFiles {
    private ExpectedFiles() {
    }

    public static Path of(Path article) {
        String base = FilenameUtils.getBaseName(article.getFileName().toString());
        return article.resolveSibling(base + ".expected.json");
    }

    public static boolean exists(Path article) {
        return Files.isRegularFile(of(article));
    }
}
