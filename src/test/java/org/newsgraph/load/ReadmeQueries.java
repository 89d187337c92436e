package org.newsgraph.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The queries README's "Feeding a database" section shows, taken from README itself so that what
 * users copy is what the tests run: the ```sql block's statements and the ```sparql block's queries
 * (its PREFIX line shared, each query starting on a line of its own with SELECT).
 */
public final class ReadmeQueries {
    private ReadmeQueries() {
    }

    public static List<String> sql() throws IOException {
        List<String> out = new ArrayList<>();
        for (String s : block("sql").split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    public static List<String> sparql() throws IOException {
        StringBuilder prologue = new StringBuilder();
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : block("sparql").split("\n")) {
            if (line.startsWith("PREFIX")) {
                prologue.append(line).append('\n');
            } else if (line.startsWith("SELECT")) {
                if (current != null) {
                    out.add(current.toString());
                }
                current = new StringBuilder(prologue).append(line).append('\n');
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    private static String block(String language) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## Feeding a database");
        if (section < 0) {
            throw new IllegalStateException("README.md has no 'Feeding a database' section");
        }
        int start = readme.indexOf("```" + language + "\n", section);
        int end = readme.indexOf("\n```", start + 4);
        if (start < 0 || end < 0) {
            throw new IllegalStateException("README.md's 'Feeding a database' section has no ```" + language + " block");
        }
        return readme.substring(start + language.length() + 4, end);
    }
}
