package org.newsgraph.batch;

import java.nio.file.Path;
import org.apache.commons.io.FilenameUtils;

/** Names in the output folder: relative, {@code /}-separated, whatever the platform. */
final class OutputNames {
    private OutputNames() {
    }

    static String withoutExtension(String name) {
        String base = FilenameUtils.removeExtension(name);
        return base.isEmpty() || base.endsWith("/") ? name : base; // ".txt" named directly keeps its whole name
    }

    /** {@code file}'s path under {@code root}, without the extension: {@code sub/story}. */
    static String under(Path root, Path file) {
        Path rel = root.relativize(file);
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return withoutExtension(sb.toString());
    }

    /** The output-folder name of a document file: {@code sub/story} for {@code out/sub/story.jsonld}. */
    static String ofDocument(Path outDir, Path doc) {
        return under(outDir, doc);
    }
}
