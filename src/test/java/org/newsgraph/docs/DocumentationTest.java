package org.newsgraph.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.ModelFiles;

/** README is a user's guide that fits on a few screens, and every link in the docs leads somewhere in the repository. */
class DocumentationTest {
    private static final int README_MAX_LINES = 250;
    /** Markdown links and images: [text](target) or ![alt](target). */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

    @Test
    void readmeIsUnderTheLineLimit() throws IOException {
        int lines = Files.readAllLines(Path.of("README.md")).size();
        assertTrue(lines < README_MAX_LINES, "README.md has " + lines + " lines; keep it under " + README_MAX_LINES
                + " and move reference material to docs/");
    }

    @Test
    void everyRelativeLinkInReadmeResolvesInsideTheRepository() throws IOException {
        List<String> broken = brokenLinks(Path.of("README.md"));
        assertTrue(broken.isEmpty(), "README.md links that do not resolve inside the repository: " + broken);
    }

    @Test
    void everyRelativeLinkInDocsResolvesInsideTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            for (Path d : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                broken.addAll(brokenLinks(d));
            }
        }
        assertTrue(broken.isEmpty(), "docs/ links that do not resolve inside the repository: " + broken);
    }

    @Test
    void linkCheckerCatchesLinksOutOfTheRepositoryAndToMissingFiles() {
        Path root = Path.of("").toAbsolutePath();
        assertTrue(problem(root, root.resolve("README.md"), "../shared/OUTPUT.md") != null);
        assertTrue(problem(root, root.resolve("README.md"), "docs/no-such-file.md") != null);
        assertTrue(problem(root, root.resolve("README.md"), "/etc/passwd") != null);
        assertTrue(problem(root, root.resolve("README.md"), "docs/output.md#offsets") == null);
        assertTrue(problem(root, root.resolve("README.md"), "https://schema.org/") == null);
    }

    @Test
    void everyRuleFileIsDocumentedAndFingerprinted() throws IOException {
        String rules = Files.readString(Path.of("docs/rules.md"));
        try (Stream<Path> models = Files.list(Path.of("models"))) {
            for (Path m : models.sorted().toList()) {
                String name = m.getFileName().toString();
                if (name.endsWith(".md")) {
                    continue; // a trained model's own description, beside it
                }
                assertTrue(rules.contains("`" + name + "`"), "docs/rules.md does not describe models/" + name);
                assertTrue(ModelFiles.ALL.contains(name), "models/" + name + " is not in ModelFiles.ALL, so editing it "
                        + "would not change the configuration hash");
                if (!name.endsWith(".bin")) { // a trained model is binary; its description is the .md beside it
                    assertTrue(Files.readAllLines(m).get(0).startsWith("#"), "models/" + name + " has no header comment");
                }
            }
        }
    }

    private static List<String> brokenLinks(Path file) throws IOException {
        Path root = Path.of("").toAbsolutePath();
        List<String> broken = new ArrayList<>();
        Matcher m = LINK.matcher(Files.readString(file));
        while (m.find()) {
            String p = problem(root, file.toAbsolutePath(), m.group(1));
            if (p != null) {
                broken.add(file + ": " + m.group(1) + " (" + p + ")");
            }
        }
        return broken;
    }

    /** Why a link target does not resolve inside the repository, or null when it does (or is a web address). */
    static String problem(Path root, Path from, String target) {
        if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null; // https:, mailto: … leave the repository by design
        }
        String path = target.replaceFirst("#.*$", "");
        if (path.isEmpty()) {
            return null; // an anchor in the same file
        }
        if (path.startsWith("/")) {
            return "absolute path";
        }
        Path resolved = from.getParent().resolve(path).normalize();
        if (!resolved.startsWith(root)) {
            return "outside the repository";
        }
        return Files.exists(resolved) ? null : "no such file";
    }
}
