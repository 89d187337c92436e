package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;
import org.newsgraph.pipeline.DeclaredStage;
import org.newsgraph.pipeline.Pipeline;
import picocli.CommandLine;

/** The command line keeps its word: help, usage errors, missing paths, rejected input, standard input, names. */
class CommandLineTest {
    private static final String FAST = "--stages=language,layout"; // loads only the language model
    private static final String ARTICLE = "Council votes to raise ferry fares\n\nBy Ann Smith\n\n"
            + "The city council voted on Tuesday to raise ferry fares by ten per cent from January, "
            + "after a long debate about the harbour budget. The mayor said the rise was needed to keep the service running.\n";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<List<String>> commandPaths(CommandLine cl, List<String> prefix) {
        List<List<String>> out = new ArrayList<>();
        for (var e : cl.getSubcommands().entrySet()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(e.getKey());
            out.add(path);
            out.addAll(commandPaths(e.getValue(), path));
        }
        return out;
    }

    @Test
    void everyCommandPrintsItsHelpAndExitsZero() {
        List<List<String>> commands = commandPaths(Main.commandLine(), List.of());
        assertTrue(commands.size() >= 5, commands.toString());
        commands.add(List.of());
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertEquals(0, r.status(), args + ": " + r);
            assertTrue(r.out().startsWith("Usage: newsgraph" + (command.isEmpty() ? "" : " " + String.join(" ", command))), args + ": " + r);
            assertEquals("", r.err(), args.toString());
        }
        assertTrue(Cli.run("run", "--help").out().contains("3   nothing failed, but input was rejected"), "run --help lists the exit statuses");
    }

    @Test
    void everyUsageErrorExitsTwoWithoutAStackTrace() {
        List<String[]> wrong = List.of(new String[] {}, new String[] {"run"}, new String[] {"run", "--no-such-option", "seeds"},
                new String[] {"run", "--threads", "0", "seeds"}, new String[] {"run", "--threads", "many", "seeds"},
                new String[] {"run", "--article-timeout-s", "-1", "seeds"}, new String[] {"run", "-", "seeds"},
                new String[] {"run", "--stages", "tokens,language", "seeds"}, new String[] {"eval", "--no-such-option"},
                new String[] {"no-such-command"}, new String[] {"eval", dir.toString()});
        for (String[] args : wrong) {
            Cli.Result r = Cli.run(args);
            assertEquals(ExitStatus.USAGE, r.status(), List.of(args) + ": " + r);
            assertFalse(r.err().contains("\tat "), List.of(args) + ": no stack trace: " + r);
            assertFalse(r.err().isBlank(), List.of(args) + " says what is wrong");
        }
    }

    @Test
    void aMissingPathIsOneLineAndTheOtherPathsGoThrough() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("story.txt"), ARTICLE);
        Path missing = dir.resolve("no-such-folder");
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("run", missing.toString(), in.toString(), "--out", out.toString(), FAST);
        assertEquals(ExitStatus.REJECTED, r.status(), r.toString());
        List<String> naming = r.err().lines().filter(l -> l.contains("no-such-folder")).toList();
        assertEquals(List.of("rejected: " + missing + " (read): no such file or directory"), naming, r.toString());
        assertFalse(r.err().contains("Exception"), r.toString());
        assertTrue(Files.isRegularFile(out.resolve("story.jsonld")), "the other path went through");
        assertTrue(Files.readString(out.resolve("errors.ndjson")).contains("no-such-folder"));

        Cli.Result alone = Cli.run("run", missing.toString(), "--out", dir.resolve("out2").toString(), FAST);
        assertEquals(ExitStatus.REJECTED, alone.status());
        assertFalse(alone.err().contains("loading models"), "nothing to do: no model is loaded");
    }

    @Test
    void rejectedInputHasItsOwnStatusOnEveryRunAndAFailedStageAnother() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("story.txt"), ARTICLE);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
        String out = dir.resolve("out").toString();
        Cli.Result first = Cli.run("run", in.toString(), "--out", out, FAST);
        assertEquals(ExitStatus.REJECTED, first.status(), first.toString());
        assertTrue(first.err().contains("rejected: " + in.resolve("empty.txt") + " (read): file is empty"), first.toString());
        assertTrue(first.err().contains("1 written, 0 unchanged, 0 skipped, 2 rejected, 0 failed"), first.toString());
        Cli.Result again = Cli.run("run", in.toString(), "--out", out, FAST);
        assertEquals(ExitStatus.REJECTED, again.status(), "nothing changed, so the status does not: " + again);
        assertTrue(again.err().contains("0 written, 1 unchanged, 0 skipped, 2 rejected, 0 failed"), again.toString());
        Files.delete(in.resolve("empty.txt"));
        Files.delete(in.resolve("image.txt"));
        assertEquals(ExitStatus.OK, Cli.run("run", in.toString(), "--out", out, FAST).status());

        Cli.Result failed = Cli.runWith(config -> new Pipeline(List.of(new Broken())), new byte[0], "run", in.toString(), "--out", out, "--force");
        assertEquals(ExitStatus.FAILED, failed.status(), failed.toString());
        assertTrue(failed.err().contains("failed: " + in.resolve("story.txt") + " (broken): broken failed on this article"), failed.toString());
    }

    /** A stage with a bug. */
    static final class Broken extends DeclaredStage {
        Broken() {
            super("broken", Set.of(), Set.of(Layer.LANGUAGE));
        }

        @Override
        public Document process(Document d) {
            throw new IllegalStateException("a bug");
        }
    }

    @Test
    void aLineSaysModelsAreLoading() throws Exception {
        Files.writeString(dir.resolve("story.txt"), ARTICLE);
        Cli.Result r = Cli.run("run", dir.resolve("story.txt").toString(), "--out", dir.resolve("out").toString(), FAST);
        assertEquals(ExitStatus.OK, r.status(), r.toString());
        assertTrue(r.err().contains("newsgraph: loading models (language,layout)..."), r.toString());
    }

    @Test
    void dashReadsOneArticleFromStandardInputAndWritesItsDocumentToStandardOutput() throws Exception {
        byte[] text = Files.readAllBytes(Path.of("seeds/002_a4b618aeea5f0953.txt"));
        Cli.Result r = Cli.runWithInput(text, "run", "-");
        assertEquals(ExitStatus.OK, r.status(), r.err());
        JsonNode doc = MAPPER.readTree(r.out());
        assertEquals("NewsArticle", doc.path("@type").asText());
        assertEquals("stdin", doc.path("identifier").asText());
        assertTrue(doc.path("mentions").size() > 3, "the whole pipeline ran");
        assertTrue(r.err().contains("loading models"), "messages go to standard error, not into the document");

        Files.write(dir.resolve("stdin.txt"), text); // the same article as a file gives the same bytes
        assertEquals(ExitStatus.OK, Cli.run("run", dir.resolve("stdin.txt").toString(), "--out", dir.resolve("out").toString()).status());
        assertEquals(Files.readString(dir.resolve("out/stdin.jsonld")), r.out());

        Cli.Result empty = Cli.runWithInput(new byte[0], "run", "-", FAST);
        assertEquals(ExitStatus.REJECTED, empty.status(), empty.toString());
        assertEquals("rejected: standard input (read): file is empty\n", empty.err());
        assertEquals("", empty.out());
    }

    @Test
    void filesOfOneNameInDifferentFoldersKeepTheirFolderInTheirOutputName() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("sport"));
        Files.createDirectories(in.resolve("politics/local"));
        Files.writeString(in.resolve("sport/story.txt"), ARTICLE);
        Files.writeString(in.resolve("politics/local/story.txt"), ARTICLE.replace("ferry", "bus"));
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("run", in.toString(), "--out", out.toString(), FAST);
        assertEquals(ExitStatus.OK, r.status(), r.toString());
        assertEquals("sport/story", MAPPER.readTree(out.resolve("sport/story.jsonld").toFile()).path("identifier").asText());
        assertEquals("politics/local/story",
                MAPPER.readTree(out.resolve("politics/local/story.jsonld").toFile()).path("identifier").asText());
        assertEquals(2, Files.readAllLines(out.resolve("articles.ndjson"), StandardCharsets.UTF_8).size());
    }
}
