package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the page metadata field by field, compared case- and space-insensitively; a credit
 * printed "Name via Agency" is the annotation guide's "Name/Agency".
 */
final class MetadataScoring {
    static final List<String> FIELDS = List.of("headline", "description", "authors", "datePublished",
            "dateModified", "publisher", "imageCaption", "imageCredit");

    private MetadataScoring() {
    }

    static Map<String, Boolean> score(JsonNode gold, JsonNode predicted) {
        Map<String, Boolean> meta = new LinkedHashMap<>();
        JsonNode gm = gold.path("metadata");
        for (String f : FIELDS) {
            String g = normalise(gm.path(f));
            String p = normalise(predictedMetadata(predicted, f));
            meta.put(f, f.equals("imageCredit") ? credit(g).equals(credit(p)) : g.equals(p));
        }
        return meta;
    }

    static JsonNode predictedMetadata(JsonNode p, String field) {
        var f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        return switch (field) {
            case "authors" -> {
                var arr = f.arrayNode();
                p.path("author").forEach(a -> arr.add(a.path("name").asText()));
                yield arr;
            }
            case "publisher" -> p.path("publisher").path("name");
            case "imageCaption" -> p.path("image").path("caption");
            case "imageCredit" -> p.path("image").path("creditText");
            default -> p.path(field);
        };
    }

    private static String credit(String normalised) {
        return normalised.replaceAll("\\s*/\\s*| via ", "/");
    }

    static String normalise(JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) {
            return "";
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(normalise(x)));
            return String.join("|", parts);
        }
        return v.asText().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    }
}
