package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.batch.AtomicFiles;

/**
 * The quality baseline ({@code seeds/quality-baseline.json}): the scores reached so far. Raising
 * it keeps, per metric, the higher of old and new; nothing here ever lowers a score.
 */
public final class Baseline {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Baseline() {
    }

    public static Map<String, Double> read(Path file) throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        JsonNode root = MAPPER.readTree(file.toFile());
        root.path("metrics").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asDouble()));
        return out;
    }

    public static Map<String, Double> raise(Path file, Map<String, Double> now) throws IOException {
        Map<String, Double> merged = new TreeMap<>(read(file));
        now.forEach((k, v) -> merged.merge(k, round(v), Math::max));
        ObjectNode root = MAPPER.createObjectNode();
        root.put("comment", "Scores newsgraph has reached on these seeds. Raised by './newsgraph eval --update-baseline'; "
                + "lowering a score needs an edit by hand and a reason in the commit.");
        ObjectNode m = root.putObject("metrics");
        merged.forEach(m::put);
        AtomicFiles.write(file, MAPPER.writeValueAsString(root) + "\n");
        return merged;
    }

    /** Four decimals, rounded down so a stored score is never above what was measured. */
    private static double round(double v) {
        return Math.floor(v * 10000 + 1e-9) / 10000;
    }
}
