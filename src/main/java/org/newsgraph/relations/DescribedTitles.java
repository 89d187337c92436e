package org.newsgraph.relations;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Predicate;
import org.newsgraph.model.Relation;

/**
 * Titles read off a description that stands for a person named elsewhere ("the home secretary
 * said"), whose person only the quote stage's resolution names. That resolution looks backwards
 * for the likeliest speaker, so a description is kept only where nothing says it is another's:
 * a bare role noun ("the spokesman said" after "the prime minister's official spokesman") takes up
 * any earlier holder, named or not, and gives nothing; a title the article gives by name to someone
 * else ("Home Secretary Charles Clarke") is theirs, and its description's relations are dropped.
 */
final class DescribedTitles {
    private DescribedTitles() {
    }

    /** Whether one description's relations hold a one-word title ("the spokesman"). */
    static boolean anyBare(List<Relation> given) {
        return given.stream().anyMatch(r -> r.predicate() == Predicate.JOB_TITLE && !r.value().strip().contains(" "));
    }

    /** Removes from {@code out} the relations of {@code described} whose description is another's title. */
    static void dropHeldByOthers(List<Relation> out, List<Relation> described) {
        if (described.isEmpty()) {
            return;
        }
        Set<Relation> fromDescriptions = Collections.newSetFromMap(new IdentityHashMap<>());
        fromDescriptions.addAll(described);
        Map<String, Set<String>> holders = new HashMap<>();
        for (Relation r : out) {
            if (r.predicate() == Predicate.JOB_TITLE && !fromDescriptions.contains(r)) {
                holders.computeIfAbsent(head(r.value()), k -> new HashSet<>()).add(r.subjectId());
            }
        }
        Set<String> doubtful = new HashSet<>();
        for (Relation r : described) {
            if (r.predicate() == Predicate.JOB_TITLE && holders.getOrDefault(head(r.value()), Set.of()).stream().anyMatch(h -> !h.equals(r.subjectId()))) {
                doubtful.add(r.subjectId() + "|" + r.evidence());
            }
        }
        out.removeIf(r -> fromDescriptions.contains(r) && doubtful.contains(r.subjectId() + "|" + r.evidence()));
    }

    /** The title's last word, lower case: "Home Secretary" and "the home secretary" share "secretary". */
    private static String head(String title) {
        String t = title.toLowerCase(Locale.ROOT).strip();
        return t.substring(t.lastIndexOf(' ') + 1);
    }
}
