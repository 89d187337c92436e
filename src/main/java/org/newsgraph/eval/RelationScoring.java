package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.entities.Names;

/**
 * Scores relations by triple through the entity alignment: overall and per predicate; a
 * prediction matching an optional expected relation is not counted.
 */
final class RelationScoring {
    private RelationScoring() {
    }

    static Map<String, Prf> score(JsonNode gold, JsonNode predicted, Map<String, String> predToGold, Map<String, String> goldName, Scorer.Details d) {
        Map<String, Prf> rel = new LinkedHashMap<>();
        List<JsonNode> goldRel = new ArrayList<>();
        gold.path("relations").forEach(goldRel::add);
        List<JsonNode> optRel = new ArrayList<>();
        gold.path("optional").path("relations").forEach(optRel::add);
        Set<Integer> goldRelUsed = new HashSet<>();
        Map<String, int[]> perPred = new LinkedHashMap<>();
        for (JsonNode r : predicted.path("ng:relation")) {
            String predicate = r.path("ng:predicate").path("@id").asText().replace("https://schema.org/", "");
            int hit = -1;
            for (int i = 0; i < goldRel.size(); i++) {
                if (!goldRelUsed.contains(i) && relationMatch(goldRel.get(i), r, predicate, predToGold)) {
                    hit = i;
                    break;
                }
            }
            if (hit >= 0) {
                goldRelUsed.add(hit);
                perPred.computeIfAbsent(predicate, k -> new int[3])[0]++;
            } else if (optRel.stream().noneMatch(o -> relationMatch(o, r, predicate, predToGold))) {
                perPred.computeIfAbsent(predicate, k -> new int[3])[1]++;
                d.extraRelations().add(describe(r, predicate, predicted));
            }
        }
        for (int i = 0; i < goldRel.size(); i++) {
            if (!goldRelUsed.contains(i)) {
                JsonNode g = goldRel.get(i);
                perPred.computeIfAbsent(g.path("predicate").asText(), k -> new int[3])[2]++;
                String obj = g.path("object").isArray() ? g.path("object").get(0).asText() : g.path("object").asText();
                d.missedRelations().add(goldName.getOrDefault(g.path("subject").asText(), g.path("subject").asText())
                        + " " + g.path("predicate").asText() + " " + goldName.getOrDefault(obj, obj));
            }
        }
        Prf overall = new Prf(0, 0, 0);
        for (int[] c : perPred.values()) {
            overall = overall.plus(new Prf(c[0], c[1], c[2]));
        }
        rel.put("overall", overall);
        perPred.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> rel.put(e.getKey(), new Prf(e.getValue()[0], e.getValue()[1], e.getValue()[2])));
        return rel;
    }

    private static boolean relationMatch(JsonNode g, JsonNode r, String predicate, Map<String, String> predToGold) {
        if (!g.path("predicate").asText().equals(predicate)) {
            return false;
        }
        String subject = predToGold.get(r.path("ng:subject").path("@id").asText());
        if (!g.path("subject").asText().equals(subject)) {
            return false;
        }
        if (r.has("ng:object")) {
            return g.path("object").asText().equals(predToGold.get(r.path("ng:object").path("@id").asText()));
        }
        String value = Names.key(r.path("ng:value").asText());
        if (g.path("object").isArray()) {
            for (JsonNode form : g.path("object")) {
                if (Names.key(form.asText()).equals(value)) {
                    return true;
                }
            }
            return false;
        }
        return Names.key(g.path("object").asText()).equals(value);
    }

    private static String describe(JsonNode r, String predicate, JsonNode predicted) {
        Map<String, String> names = new HashMap<>();
        predicted.path("mentions").forEach(e -> names.put(e.path("@id").asText(), e.path("name").asText()));
        String object = r.has("ng:object") ? names.get(r.path("ng:object").path("@id").asText()) : "“" + r.path("ng:value").asText() + "”";
        return names.get(r.path("ng:subject").path("@id").asText()) + " " + predicate + " " + object;
    }
}
