package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores quotes: a predicted quote (reported speech left out: it is no quote under the guideline)
 * matches an expected one when their texts overlap by 80%; its speaker is right when it is the
 * aligned entity, or, for an expected speaker without an entity, when its text holds the
 * expected phrase's last word.
 */
final class QuoteScoring {
    static final double QUOTE_OVERLAP = 0.8;

    /** {@code speakersRight} of the {@code detection.tp()} matched quotes. */
    record Result(Prf detection, int speakersRight) {
    }

    private QuoteScoring() {
    }

    static Result score(JsonNode gold, JsonNode predicted, Map<String, String> predToGold, Map<String, String> goldName, Scorer.Details d) {
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
        return new Result(quoteDetection, right);
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
}
