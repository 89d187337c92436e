package org.newsgraph.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A model file of {@code word<TAB>kind,kind} lines: the words of each kind, lower case. The kinds
 * the code asks for are declared up front, so a misspelt kind in the file is an error naming the
 * file rather than a list that is silently empty.
 */
public final class WordKinds {
    private final String file;
    private final Map<String, Set<String>> byKind;

    public WordKinds(String file, List<String> kinds) {
        this.file = file;
        Map<String, Set<String>> out = new HashMap<>();
        for (String kind : kinds) {
            out.put(kind, new HashSet<>());
        }
        for (String line : ModelFiles.lines(file)) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalArgumentException(file + ": expected 'word<TAB>kinds' but got: " + line);
            }
            for (String kind : f[1].split(",")) {
                Set<String> words = out.get(kind.strip());
                if (words == null) {
                    throw new IllegalArgumentException(file + ": unknown kind '" + kind.strip() + "' in: " + line);
                }
                words.add(f[0].strip().toLowerCase(Locale.ROOT));
            }
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        this.byKind = Map.copyOf(out);
    }

    /** The words of one declared kind (maybe none). */
    public Set<String> get(String kind) {
        Set<String> words = byKind.get(kind);
        if (words == null) {
            throw new IllegalArgumentException(file + ": the code asks for kind '" + kind + "', which it did not declare");
        }
        return words;
    }

    /** The union of several kinds. */
    public Set<String> union(String... kinds) {
        Set<String> all = new HashSet<>();
        for (String kind : kinds) {
            all.addAll(get(kind));
        }
        return Set.copyOf(all);
    }
}
