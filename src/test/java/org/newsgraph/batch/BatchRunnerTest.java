package org.newsgraph.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPipeline;
import org.newsgraph.read.ArticleReader;

class BatchRunnerTest {
    @TempDir
    Path dir;

    private BatchResult run(Path in, Path out, int threads, boolean force) throws Exception {
        BatchRunner r = new BatchRunner(TestPipeline.get(), new ArticleReader(200_000), TestPipeline.configHash(), out, threads, force);
        return r.run(InputFiles.scan(List.of(in)), null);
    }

    private Path inputs() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("seeds/000_52d8e67cf034335a.txt"), in.resolve("a.txt"));
        Files.copy(Path.of("seeds/002_a4b618aeea5f0953.txt"), in.resolve("b.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Files.writeString(in.resolve("french.txt"), "Le président de la République a annoncé mardi une réforme importante "
                + "des retraites, qui sera présentée au Parlement dans les prochaines semaines, selon le gouvernement.");
        Files.write(in.resolve("big.txt"), "word ".repeat(50_000).getBytes(StandardCharsets.UTF_8));
        return in;
    }

    @Test
    void badInputIsRecordedAndTheBatchGoesOn() throws Exception {
        Path out = dir.resolve("out");
        BatchResult r = run(inputs(), out, 2, false);
        assertEquals(2, r.written());
        assertEquals(1, r.skipped());
        assertEquals(3, r.rejected(), "empty, binary and too large are not articles");
        assertEquals(0, r.failed());
        List<String> errors = Files.readAllLines(out.resolve(BatchRunner.ERRORS));
        assertEquals(4, errors.size());
        assertTrue(errors.stream().anyMatch(e -> e.contains("empty.txt") && e.contains("\"stage\":\"read\"") && e.contains("empty")
                && e.contains("\"outcome\":\"rejected\"")));
        assertTrue(errors.stream().anyMatch(e -> e.contains("binary.txt") && e.contains("NUL")));
        assertTrue(errors.stream().anyMatch(e -> e.contains("french.txt") && e.contains("\"stage\":\"language\"") && e.contains("fra")));
        assertTrue(errors.stream().anyMatch(e -> e.contains("big.txt") && e.contains("size limit of 200000")));
        assertEquals(2, Files.readAllLines(out.resolve(BatchRunner.ARTICLES)).size());
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")), "no temporary file is left behind");
        }
    }

    @Test
    void rerunSkipsUnchangedRedoesChangedAndForceRedoesAll() throws Exception {
        Path in = inputs();
        Path out = dir.resolve("out");
        run(in, out, 1, false);
        BatchResult again = run(in, out, 1, false);
        assertEquals(0, again.written());
        assertEquals(2, again.unchanged());
        Files.writeString(in.resolve("a.txt"), Files.readString(in.resolve("a.txt")) + "\n\nA new closing paragraph.");
        BatchResult changed = run(in, out, 1, false);
        assertEquals(1, changed.written());
        assertEquals(1, changed.unchanged());
        assertEquals(2, run(in, out, 1, true).written());
        assertEquals(2, Files.readAllLines(out.resolve(BatchRunner.ARTICLES)).size());
    }

    @Test
    void outputIsIdenticalWhateverTheThreadCount() throws Exception {
        Path in = inputs();
        run(in, dir.resolve("one"), 1, false);
        run(in, dir.resolve("two"), 2, false);
        for (String f : List.of("a.jsonld", "b.jsonld", BatchRunner.ARTICLES, BatchRunner.ERRORS)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(f)), Files.readAllBytes(dir.resolve("two").resolve(f)), f);
        }
    }
}
