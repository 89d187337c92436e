package org.newsgraph.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.TestPipeline;
import org.newsgraph.batch.BatchRunner;
import org.newsgraph.batch.InputFiles;
import org.newsgraph.read.ArticleReader;

/**
 * The seeds run through the pipeline once per test JVM (models load once, the six articles take a
 * few seconds); each load test works on its own copy of the input and output folders.
 */
public final class SeedOutput {
    private static Path root;

    private SeedOutput() {
    }

    private static synchronized Path root() throws IOException {
        if (root == null) {
            Path r = Files.createTempDirectory("newsgraph-seed-output");
            Path in = Files.createDirectories(r.resolve("in"));
            try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
                for (Path s : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    Files.copy(s, in.resolve(s.getFileName()));
                }
            }
            run(in, r.resolve("out"));
            root = r;
        }
        return root;
    }

    /** Runs the pipeline over {@code in} into {@code out}, redoing only what changed (as {@code newsgraph run} does). */
    public static void run(Path in, Path out) throws IOException {
        new BatchRunner(TestPipeline.get(), new ArticleReader(5_000_000), TestPipeline.configHash(), out, 2, false)
                .run(InputFiles.expand(List.of(in)), null);
    }

    /** A fresh copy of the seeds' input texts ({@code dir/in}) and their output folder ({@code dir/out}); returns out. */
    public static Path copyTo(Path dir) throws IOException {
        for (String sub : List.of("in", "out")) {
            Path from = root().resolve(sub);
            Path to = Files.createDirectories(dir.resolve(sub));
            try (Stream<Path> files = Files.list(from)) {
                files.forEach(f -> {
                    try {
                        Files.copy(f, to.resolve(f.getFileName()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        return dir.resolve("out");
    }
}
