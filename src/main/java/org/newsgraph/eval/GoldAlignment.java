package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Map;

/** The scorer's entity alignment, for labelling learned components' examples as the scorer would count them. */
public final class GoldAlignment {
    private GoldAlignment() {
    }

    /** Predicted entity id (JSON-LD {@code @id}) to expected entity id, aligned exactly as {@link Scorer} aligns them. */
    public static Map<String, String> predToGold(JsonNode gold, JsonNode predicted) {
        Scorer.Details d = new Scorer.Details(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        return EntityAlignment.align(gold, predicted, d).predToGold();
    }
}
