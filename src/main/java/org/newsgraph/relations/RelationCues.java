package org.newsgraph.relations;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.lexicon.ModelFiles;

/** The cue phrases of {@code models/relation-cues.tsv}, by family, as token sequences. */
final class RelationCues {
    enum Family { MEMBERS, FOUNDED, FOUNDER, COLLEAGUE, KNOWS, CAPITAL }

    private final Map<Family, List<String[]>> cues = new EnumMap<>(Family.class);

    RelationCues() {
        for (Family f : Family.values()) {
            cues.put(f, new ArrayList<>());
        }
        for (String[] row : ModelFiles.rows("relation-cues.tsv", 2)) {
            cues.get(Family.valueOf(row[0].toUpperCase(Locale.ROOT))).add(row[1].toLowerCase(Locale.ROOT).split("\\s+"));
        }
    }

    /** Length in tokens of a cue of this family starting at token {@code i}, or 0. */
    int matchAt(Family family, List<String> lowerWords, int i) {
        int best = 0;
        for (String[] cue : cues.get(family)) {
            if (i + cue.length <= lowerWords.size() && cue.length > best) {
                boolean ok = true;
                for (int k = 0; k < cue.length && ok; k++) {
                    ok = lowerWords.get(i + k).equals(cue[k]);
                }
                if (ok) {
                    best = cue.length;
                }
            }
        }
        return best;
    }
}
