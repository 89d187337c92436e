package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.entities.Names;

/**
 * Scores one article's JSON-LD output against its expected annotations exactly as
 * {@code shared/ANNOTATION.md} defines: entities by surface forms (untyped, typed, per type),
 * quotes by 80% text overlap with speaker accuracy, relations by triple, metadata by field.
 * Reported speech (quotes of kind {@code indirect}) is not a quote under the guideline and is
 * left out of quote scoring.
 */
public final class Scorer {
    static final double QUOTE_OVERLAP = 0.8;
    public static final List<String> METADATA_FIELDS = List.of("headline", "description", "authors", "datePublished",
            "dateModified", "publisher", "imageCaption", "imageCredit");
    public static final List<String> TYPES = List.of("Person", "Organization", "Place");

    /** The result for one article, with the matched and unmatched items for the HTML report. */
    public record ArticleScore(String article, Map<String, Prf> entities, Prf quoteDetection, int speakersRight, int speakersTotal,
                               Map<String, Prf> relations, Map<String, Boolean> metadata, Details details) {
    }

    /** What matched and what did not, for people to read. */
    public record Details(List<String> missedEntities, List<String> extraEntities, List<String> wrongTypes,
                         List<String> missedQuotes, List<String> extraQuotes, List<String> wrongSpeakers,
                         List<String> missedRelations, List<String> extraRelations, List<String> extraEntityIds) {
    }

    private record PredEntity(String id, String type, Set<String> forms) {
    }

    public ArticleScore score(JsonNode gold, JsonNode predicted) {
        Details d = new Details(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
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

        // Quotes
        List<JsonNode> predQuotes = new ArrayList<>();
        for (JsonNode q : predicted.path("hasPart")) {
            if ("Quotation".equals(q.path("@type").asText()) && !"indirect".equals(q.path("ng:kind").asText())) {
                predQuotes.add(q);
            }
        }
        List<JsonNode> optionalQuotes = new ArrayList<>();
        gold.path("optional").path("quotes").forEach(optionalQuotes::add);
        Set<Integer> predUsed = new HashSet<>();
        int qtp = 0, right = 0;
        for (JsonNode g : gold.path("quotes")) {
            int found = -1;
            for (int i = 0; i < predQuotes.size(); i++) {
                if (!predUsed.contains(i) && quoteMatch(g.path("text").asText(), predQuotes.get(i).path("text").asText())) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                d.missedQuotes().add(g.path("text").asText());
                continue;
            }
            predUsed.add(found);
            qtp++;
            JsonNode p = predQuotes.get(found);
            if (speakerRight(g, p, predToGold)) {
                right++;
            } else {
                d.wrongSpeakers().add("“" + g.path("text").asText() + "”: expected "
                        + (g.path("speaker").isNull() ? g.path("speakerText").asText() : goldName.get(g.path("speaker").asText()))
                        + ", got " + (p.has("ng:speakerText") ? p.path("ng:speakerText").asText() : "no speaker"));
            }
        }
        int qfp = 0;
        for (int i = 0; i < predQuotes.size(); i++) {
            if (predUsed.contains(i)) {
                continue;
            }
            String t = predQuotes.get(i).path("text").asText();
            if (optionalQuotes.stream().noneMatch(o -> quoteMatch(o.path("text").asText(), t))) {
                qfp++;
                d.extraQuotes().add(t);
            }
        }
        Prf quoteDetection = new Prf(qtp, qfp, gold.path("quotes").size() - qtp);

        // Relations
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

        // Metadata
        Map<String, Boolean> meta = new LinkedHashMap<>();
        JsonNode gm = gold.path("metadata");
        for (String f : METADATA_FIELDS) {
            meta.put(f, normalise(gm.path(f)).equals(normalise(predictedMetadata(predicted, f))));
        }
        return new ArticleScore(gold.path("article").asText(), ent, quoteDetection, right, qtp, rel, meta, d);
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

    static String normaliseQuote(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ")
                .replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "").replace('’', '\'');
    }

    /** Texts overlap by at least 80% of the longer one's characters (longest common substring). */
    static boolean quoteMatch(String gold, String predicted) {
        String a = normaliseQuote(gold), b = normaliseQuote(predicted);
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return false;
        }
        return longestCommonSubstring(a, b) >= QUOTE_OVERLAP * longer;
    }

    static int longestCommonSubstring(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int best = 0;
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }

    private static boolean speakerRight(JsonNode gold, JsonNode pred, Map<String, String> predToGold) {
        if (gold.path("speaker").isNull() || gold.path("speaker").isMissingNode()) {
            String[] words = gold.path("speakerText").asText().strip().split("\\s+");
            String head = words[words.length - 1].toLowerCase(Locale.ROOT);
            return pred.has("ng:speakerText") && pred.path("ng:speakerText").asText().toLowerCase(Locale.ROOT).contains(head);
        }
        String predEntity = pred.path("spokenByCharacter").path("@id").asText(null);
        return predEntity != null && gold.path("speaker").asText().equals(predToGold.get(predEntity));
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
