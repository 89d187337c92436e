package org.newsgraph.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.EntityType;

/**
 * Names from {@code models/gazetteer.tsv} that the statistical tagger splits or mistypes
 * (regions, seas, international bodies), each with its type.
 */
public final class Gazetteer {
    private final Map<String, EntityType> types = new HashMap<>();
    private final PhraseMatcher matcher;

    public Gazetteer() {
        for (String[] row : ModelFiles.rows("gazetteer.tsv", 2)) {
            types.put(key(row[0]), EntityType.fromSchemaName(row[1]));
        }
        matcher = new PhraseMatcher(ModelFiles.rows("gazetteer.tsv", 2).stream().map(r -> r[0]).toList(), true);
    }

    public PhraseMatcher matcher() {
        return matcher;
    }

    public EntityType typeOf(String name) {
        return types.get(key(name));
    }

    private static String key(String s) {
        return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
