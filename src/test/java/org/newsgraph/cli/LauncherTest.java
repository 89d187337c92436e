package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./newsgraph} script, run as a user runs it. It is copied, byte for byte, into a
 * folder laid out as the repository is after {@code mvn package} (the jar made from this build's
 * classes, the class path file), so it neither rebuilds the project under the running tests nor
 * depends on a stale jar.
 */
class LauncherTest {
    private static final String ARTICLE = "Council votes to raise ferry fares\n\n"
            + "The city council voted on Tuesday to raise ferry fares by ten per cent from January, "
            + "after a long debate about the harbour budget. The mayor said the rise was needed to keep the service running.\n";

    @TempDir
    static Path home;

    @BeforeAll
    static void layOutTheRepository() throws IOException {
        Files.copy(Path.of("newsgraph"), home.resolve("newsgraph"));
        Files.setPosixFilePermissions(home.resolve("newsgraph"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(home.resolve("src/main"));
        Files.createDirectories(home.resolve("models"));
        Files.writeString(home.resolve("pom.xml"), "<project/>");
        Files.setLastModifiedTime(home.resolve("pom.xml"), FileTime.fromMillis(0)); // older than the jar: no rebuild
        Path target = Files.createDirectories(home.resolve("target"));
        Files.copy(Path.of("target/classpath.txt"), target.resolve("classpath.txt"));
        Path classes = Path.of("target/classes");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(target.resolve("newsgraph.jar")));
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, jar);
                jar.closeEntry();
            }
        }
    }

    private record Run(int status, String out, String err) {
    }

    private static Run launch(String stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", "umask 022 && exec ./newsgraph \"$@\"", "newsgraph"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile());
        pb.environment().put("NEWSGRAPH_JAVA_OPTS", "-Xmx1g -XX:+UseSerialGC");
        Path out = Files.createTempFile(home, "stdout", ".txt");
        Path err = Files.createTempFile(home, "stderr", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the launcher finished");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void helpBatchAndStandardInputThroughTheLauncher() throws Exception {
        Run help = launch("", "run", "--help");
        assertEquals(0, help.status(), help.err());
        assertTrue(help.out().startsWith("Usage: newsgraph run"), help.out());
        assertTrue(!help.err().contains("building"), "the launcher used the jar: " + help.err());

        assertEquals(2, launch("", "run", "--no-such-option", "in").status());

        Path in = Files.createDirectories(home.resolve("in/local"));
        Files.writeString(in.resolve("story.txt"), ARTICLE);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Run batch = launch("", "run", "in", "--out", "out", "--stages", "language,layout");
        assertEquals(ExitStatus.REJECTED, batch.status(), batch.err());
        assertTrue(batch.err().contains("newsgraph: loading models"), batch.err());
        assertTrue(batch.err().contains("rejected: in/local/empty.txt (read): file is empty"), batch.err());
        Path doc = home.resolve("out/local/story.jsonld");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(doc)), "umask 022 gives 0644");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("out/changes.ndjson"))));

        Run stdin = launch(ARTICLE, "run", "-", "--stages", "language,layout");
        assertEquals(0, stdin.status(), stdin.err());
        assertEquals("Council votes to raise ferry fares", new ObjectMapper().readTree(stdin.out()).path("headline").asText(), stdin.out());
    }
}
