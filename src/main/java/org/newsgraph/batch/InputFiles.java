package org.newsgraph.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The articles named on the command line: files as given, and in directories (recursively)
 * every {@code .txt}, {@code .html} or {@code .htm} file, sorted so every run sees one order.
 */
public final class InputFiles {
    private InputFiles() {
    }

    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(InputFiles::isArticleName).sorted().forEach(out::add);
                }
            } else if (Files.exists(p)) {
                if (isOutputOrAnnotation(p)) {
                    System.err.println("newsgraph: ignoring " + p + ": JSON files are annotations or output, not articles");
                    continue;
                }
                out.add(p);
            } else {
                throw new IOException("no such file or directory: " + p);
            }
        }
        return out;
    }

    static boolean isOutputOrAnnotation(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".jsonld") || n.endsWith(".ndjson");
    }

    static boolean isArticleName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm"));
    }
}
