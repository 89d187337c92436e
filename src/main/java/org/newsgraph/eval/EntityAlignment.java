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
 * Aligns the predicted entities with the expected ones by surface form (each side matched at
 * most once, in order; an optional expected entity neither rewards nor penalises) and scores
 * them untyped, typed and per type. The alignment is what quotes and relations are scored through.
 */
final class EntityAlignment {
    static final List<String> TYPES = List.of("Person", "Organization", "Place");

    /** {@code predToGold}: predicted entity id to expected entity id; {@code goldName}: expected id to its name. */
    record Result(Map<String, Prf> scores, Map<String, String> predToGold, Map<String, String> goldName) {
    }

    private record PredEntity(String id, String type, Set<String> forms) {
    }

    private EntityAlignment() {
    }

    static Result align(JsonNode gold, JsonNode predicted, Scorer.Details d) {
        List<PredEntity> pred = new ArrayList<>();
        for (JsonNode e : predicted.path("mentions")) {
            Set<String> forms = new HashSet<>();
            forms.add(Names.key(e.path("name").asText()));
            e.path("alternateName").forEach(a -> forms.add(Names.key(a.asText())));
            pred.add(new PredEntity(e.path("@id").asText(), e.path("@type").asText(), forms));
        }
        Map<String, Set<String>> goldForms = new LinkedHashMap<>();
        Map<String, String> goldType = new HashMap<>();
        Map<String, String> goldName = new HashMap<>();
        for (JsonNode e : gold.path("entities")) {
            addGold(e, goldForms, goldType, goldName);
        }
        Set<String> optionalIds = new HashSet<>();
        Map<String, Set<String>> optionalForms = new LinkedHashMap<>();
        for (JsonNode e : gold.path("optional").path("entities")) {
            addGold(e, optionalForms, goldType, goldName);
            optionalIds.add(e.path("id").asText());
        }
        // Entity alignment: each side matched at most once, in order.
        Map<String, String> predToGold = new HashMap<>();
        Set<String> goldMatched = new HashSet<>();
        Map<String, Prf> ent = new LinkedHashMap<>();
        int untypedTp = 0, typedTp = 0;
        Map<String, int[]> perType = new LinkedHashMap<>();
        TYPES.forEach(t -> perType.put(t, new int[3]));
        int predCounted = 0;
        for (PredEntity p : pred) {
            String match = null;
            for (Map.Entry<String, Set<String>> g : goldForms.entrySet()) {
                if (!goldMatched.contains(g.getKey()) && intersects(p.forms(), g.getValue())) {
                    match = g.getKey();
                    break;
                }
            }
            if (match == null) {
                for (Map.Entry<String, Set<String>> g : optionalForms.entrySet()) {
                    if (intersects(p.forms(), g.getValue())) {
                        match = g.getKey();
                        break;
                    }
                }
                if (match != null) {
                    predToGold.put(p.id(), match);
                    continue; // optional: neither rewarded nor penalised
                }
                predCounted++;
                bump(perType, p.type(), 1);
                d.extraEntities().add(p.type() + " " + String.join(" / ", p.forms()));
                d.extraEntityIds().add(p.id());
                continue;
            }
            predCounted++;
            goldMatched.add(match);
            predToGold.put(p.id(), match);
            untypedTp++;
            if (goldType.get(match).equals(p.type())) {
                typedTp++;
                bump(perType, p.type(), 0);
            } else {
                bump(perType, p.type(), 1);
                bump(perType, goldType.get(match), 2);
                d.wrongTypes().add(goldName.get(match) + ": " + p.type() + " instead of " + goldType.get(match));
            }
        }
        int goldCount = goldForms.size();
        for (String g : goldForms.keySet()) {
            if (!goldMatched.contains(g)) {
                bump(perType, goldType.get(g), 2);
                d.missedEntities().add(goldType.get(g) + " " + goldName.get(g));
            }
        }
        ent.put("untyped", new Prf(untypedTp, predCounted - untypedTp, goldCount - untypedTp));
        ent.put("typed", new Prf(typedTp, predCounted - typedTp, goldCount - typedTp));
        perType.forEach((t, c) -> ent.put(t, new Prf(c[0], c[1], c[2])));
        return new Result(ent, predToGold, goldName);
    }

    private static void addGold(JsonNode e, Map<String, Set<String>> forms, Map<String, String> type, Map<String, String> name) {
        String id = e.path("id").asText();
        Set<String> f = new HashSet<>();
        f.add(Names.key(e.path("name").asText()));
        e.path("aliases").forEach(a -> f.add(Names.key(a.asText())));
        forms.put(id, f);
        type.put(id, e.path("type").asText());
        name.put(id, e.path("name").asText());
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static void bump(Map<String, int[]> perType, String type, int slot) {
        int[] c = perType.get(type);
        if (c != null) {
            c[slot]++;
        }
    }
}
