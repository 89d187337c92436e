package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.pipeline.WorkMeter;

/**
 * The clusters a one-word name could be the short form of, found by the words of their keys
 * rather than by trying every cluster, so a list of thousands of names clusters in linear time.
 */
final class ShortFormIndex {
    private final Map<String, Set<Cluster>> byEdgeWord = new HashMap<>();
    private final Map<Character, Set<Cluster>> byInitial = new HashMap<>();

    void add(Cluster c, String key) {
        String[] parts = key.split(" ");
        if (parts.length > 1) {
            byEdgeWord.computeIfAbsent(parts[0], k -> new LinkedHashSet<>()).add(c);
            byEdgeWord.computeIfAbsent(parts[parts.length - 1], k -> new LinkedHashSet<>()).add(c);
        }
        for (String w : parts) {
            if (!w.isEmpty() && !Acronyms.SKIP.contains(w)) {
                byInitial.computeIfAbsent(Character.toUpperCase(w.charAt(0)), k -> new LinkedHashSet<>()).add(c);
                break;
            }
        }
    }

    /** Clusters with a multi-word key whose first or last word is {@code word}, oldest first. */
    List<Cluster> withEdgeWord(String word) {
        return inOrder(byEdgeWord.get(word));
    }

    /** Clusters with a key whose first initial is {@code initial}, oldest first. */
    List<Cluster> withInitial(char initial) {
        return inOrder(byInitial.get(initial));
    }

    private static List<Cluster> inOrder(Set<Cluster> found) {
        if (found == null) {
            return List.of();
        }
        List<Cluster> out = new ArrayList<>(found);
        out.sort(Comparator.comparingInt(c -> c.index));
        WorkMeter.count(out.size() + 1);
        return out;
    }
}
