package org.newsgraph.batch;

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

class HostileInputTest {
    @TempDir
    Path dir;

    private BatchResult run(Path in, Path out, List<Path> files) throws Exception {
        return new BatchRunner(TestPipeline.get(), new ArticleReader(5_000_000), TestPipeline.configHash(), out, 2, false).run(files, null);
    }

    @Test
    void fileThatVanishesBeforeItsTurnIsRecorded() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Angela Merkel spoke in Berlin on Monday about the budget.");
        Files.writeString(in.resolve("b.txt"), "Emmanuel Macron spoke in Paris on Tuesday about pensions.");
        List<Path> files = InputFiles.expand(List.of(in));
        Files.delete(in.resolve("b.txt"));
        BatchResult r = run(in, dir.resolve("out"), files);
        assertEquals(1, r.written());
        assertEquals(1, r.rejected(), "a vanished file is rejected input, not a failed stage");
        assertEquals(0, r.failed());
        assertTrue(r.errors().get(0).reason().contains("cannot read file"), r.errors().toString());
    }

    @Test
    void invalidUtf8InTheMiddleAndUnbalancedQuotesAreProcessed() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        byte[] good = "Angela Merkel said “the budget is ready in Berlin.\n\nThe rest of the story follows. ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        byte[] all = new byte[good.length * 2 + 2];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, 2);
        System.arraycopy(good, 0, all, good.length + 2, good.length);
        Files.write(in.resolve("mixed.txt"), all);
        BatchResult r = run(in, dir.resolve("out"), InputFiles.expand(List.of(in)));
        assertEquals(1, r.written(), r.errors().toString());
        String doc = Files.readString(dir.resolve("out").resolve("mixed.jsonld"));
        assertTrue(doc.contains("\"ng:encoding\" : \"windows-1252\""), "fallback decoding is recorded");
    }

    @Test
    void longArticleIsProcessed() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String seed = Files.readString(Path.of("seeds/002_a4b618aeea5f0953.txt"));
        Files.writeString(in.resolve("long.txt"), (seed + "\n\n").repeat(300_000 / seed.length() + 1));
        assertTrue(Files.size(in.resolve("long.txt")) > 300_000);
        BatchResult r = run(in, dir.resolve("out"), InputFiles.expand(List.of(in)));
        assertEquals(1, r.written(), r.errors().toString());
    }

    @Test
    void thousandsOfFilesLeakNoFileHandles() throws Exception {
        Path in = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 2000; i++) {
            Files.writeString(in.resolve("n" + i + ".txt"), "Officials in Lagos met on day " + i + ".");
        }
        long before = openFiles();
        BatchResult r = run(in, dir.resolve("out"), InputFiles.expand(List.of(in)));
        assertEquals(2000, r.written());
        assertTrue(openFiles() - before < 20, "open file handles grew from " + before + " to " + openFiles());
    }

    private static long openFiles() throws Exception {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
