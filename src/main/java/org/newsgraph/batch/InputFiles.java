package org.newsgraph.batch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The articles named on the command line: files as given, and in directories (recursively)
 * every {@code .txt}, {@code .html} or {@code .htm} file, sorted so every run sees one order.
 * A missing path or a folder that cannot be listed is recorded as rejected input, and the other
 * paths still go through.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** What was found: the article files, and the paths that could not be read. */
    /** {@code folders}: the directories given, under which a vanished input counts as removed. */
    public record Scan(List<InputFile> files, List<ErrorRecord> problems, List<Path> folders) {
        public Scan {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
            folders = List.copyOf(folders);
        }

        public List<Path> paths() {
            return files.stream().map(InputFile::path).toList();
        }
    }

    public static Scan scan(List<Path> paths) {
        List<InputFile> files = new ArrayList<>();
        List<ErrorRecord> problems = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                folders.add(p);
                walk(p, files, problems);
            } else if (Files.exists(p)) {
                if (isOutputOrAnnotation(p)) {
                    System.err.println("newsgraph: ignoring " + p + ": JSON files are annotations or output, not articles");
                    continue;
                }
                files.add(InputFile.of(p));
            } else {
                problems.add(ErrorRecord.rejected(p.toString(), "no such file or directory"));
            }
        }
        return new Scan(files, problems, folders);
    }

    /** The article files, for callers that take every path on trust (benchmarks, tests): a missing path throws. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        Scan scan = scan(paths);
        if (!scan.problems().isEmpty()) {
            ErrorRecord first = scan.problems().get(0);
            throw new IOException(first.reason() + ": " + first.file());
        }
        return scan.paths();
    }

    private static void walk(Path root, List<InputFile> files, List<ErrorRecord> problems) {
        List<InputFile> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (Files.isRegularFile(file) && isArticleName(file)) {
                        found.add(new InputFile(file, OutputNames.under(root, file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(ErrorRecord.rejected(file.toString(), "cannot read: " + e.getClass().getSimpleName()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(ErrorRecord.rejected(root.toString(), "cannot read: " + e.getMessage()));
        }
        found.sort(Comparator.comparing(InputFile::path));
        files.addAll(found);
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
