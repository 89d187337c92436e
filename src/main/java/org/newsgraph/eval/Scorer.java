package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores one article's JSON-LD output against its expected annotations exactly as
 * {@code shared/ANNOTATION.md} defines: entities by surface forms (untyped, typed, per type),
 * quotes by 80% text overlap with speaker accuracy, relations by triple, metadata by field.
 * Reported speech (quotes of kind {@code indirect}) is not a quote under the guideline and is
 * left out of quote scoring.
 */
public final class Scorer {
    /** The result for one article, with the matched and unmatched items for the HTML report. */
    public record ArticleScore(String article, Map<String, Prf> entities, Prf quoteDetection, int speakersRight, int speakersTotal,
                               Map<String, Prf> relations, Map<String, Boolean> metadata, Details details) {
    }

    /** What matched and what did not, for people to read. */
    public record Details(List<String> missedEntities, List<String> extraEntities, List<String> wrongTypes,
                         List<String> missedQuotes, List<String> extraQuotes, List<String> wrongSpeakers,
                         List<String> missedRelations, List<String> extraRelations, List<String> extraEntityIds) {
    }

    public ArticleScore score(JsonNode gold, JsonNode predicted) {
        Details d = new Details(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        EntityAlignment.Result entities = EntityAlignment.align(gold, predicted, d);
        QuoteScoring.Result quotes = QuoteScoring.score(gold, predicted, entities.predToGold(), entities.goldName(), d);
        Map<String, Prf> relations = RelationScoring.score(gold, predicted, entities.predToGold(), entities.goldName(), d);
        Map<String, Boolean> metadata = MetadataScoring.score(gold, predicted);
        return new ArticleScore(gold.path("article").asText(), entities.scores(), quotes.detection(), quotes.speakersRight(),
                quotes.detection().tp(), relations, metadata, d);
    }
}
