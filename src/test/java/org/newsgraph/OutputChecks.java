package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks every JSON-LD document must pass, shared by the output and fuzz tests. */
public final class OutputChecks {
    private OutputChecks() {
    }

    /**
     * Every begin/end pair satisfies 0 ≤ begin < end ≤ length in code points, and the code-point
     * substring equals its anchorOf (or the quotation's text).
     */
    public static void assertOffsets(JsonNode node, String text) {
        if (node.isObject()) {
            if (node.has("begin") && node.has("end") && node.get("begin").isInt()) {
                int b = node.get("begin").asInt(), e = node.get("end").asInt();
                int len = text.codePointCount(0, text.length());
                assertTrue(0 <= b && b < e && e <= len, "offsets [" + b + "," + e + ") of " + len);
                String sub = text.substring(text.offsetByCodePoints(0, b), text.offsetByCodePoints(0, e));
                assertEquals(node.has("anchorOf") ? node.get("anchorOf").asText() : node.get("text").asText(), sub);
            }
            node.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("@context")) {
                    assertOffsets(f.getValue(), text);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> assertOffsets(n, text));
        }
    }
}
