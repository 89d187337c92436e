package org.newsgraph.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A set of words or phrases from a model file, compared without case. */
public final class WordList {
    private final List<String> entries;
    private final Set<String> lower = new HashSet<>();

    public WordList(String file) {
        this.entries = ModelFiles.lines(file);
        for (String e : entries) {
            lower.add(e.toLowerCase(Locale.ROOT));
        }
    }

    public boolean contains(String word) {
        return lower.contains(word.toLowerCase(Locale.ROOT));
    }

    public List<String> entries() {
        return entries;
    }
}
