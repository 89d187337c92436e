package org.newsgraph.lexicon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named regular expressions from a {@code models/} file of {@code PART<TAB>regex} lines, where
 * {@code {part}} stands for an earlier part's expression, so that a shape is written once.
 */
public final class ModelPatterns {
    private static final Pattern REFERENCE = Pattern.compile("\\{([a-z][a-z-]*)\\}");

    private ModelPatterns() {
    }

    /** Every part of the file, compiled, by name. */
    public static Map<String, Pattern> read(String file) {
        Map<String, String> expressions = new LinkedHashMap<>();
        for (String[] row : ModelFiles.rows(file, 2)) {
            Matcher ref = REFERENCE.matcher(row[1]);
            StringBuilder out = new StringBuilder();
            while (ref.find()) {
                String part = expressions.get(ref.group(1));
                if (part == null) {
                    throw new IllegalStateException("model file " + file + ": {" + ref.group(1) + "} is not defined above " + row[0]);
                }
                ref.appendReplacement(out, Matcher.quoteReplacement("(?:" + part + ")"));
            }
            ref.appendTail(out);
            expressions.put(row[0], out.toString());
        }
        Map<String, Pattern> compiled = new LinkedHashMap<>();
        expressions.forEach((name, regex) -> compiled.put(name, Pattern.compile(regex)));
        return compiled;
    }
}
