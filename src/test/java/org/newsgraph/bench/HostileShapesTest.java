package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.newsgraph.OutputChecks.assertOffsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.TestPipeline;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.model.Article;
import org.newsgraph.output.JsonLdWriter;
import org.newsgraph.pipeline.ArticleSkipped;
import org.newsgraph.pipeline.StageFailure;
import org.newsgraph.pipeline.WorkMeter;
import org.newsgraph.read.ArticleReader;

/**
 * Each adversarial shape at three sizes (16x apart) through the whole pipeline: the article is
 * written (or skipped for a stated reason), nothing overflows, offsets stay exact, and the work
 * per word (or per ten characters, whichever is more), counted in operations, grows by at most 3x from the smallest size to the largest
 * (a quadratic scan would grow 16x).
 */
class HostileShapesTest {
    private static final int[] SIZES = {2_000, 8_000, 32_000};
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(HostileShapes.class)
    void everyShapeIsProcessedInWorkLinearInItsLength(HostileShapes shape) throws Exception {
        Map<String, Double> smallest = null;
        for (int size : SIZES) {
            String generated = shape.generate(size);
            Article article = new ArticleReader(PipelineConfig.DEFAULT_MAX_BYTES).read(shape.name(), generated.getBytes(StandardCharsets.UTF_8));
            WorkMeter meter = WorkMeter.start(null);
            try {
                JsonNode doc = MAPPER.valueToTree(new JsonLdWriter("test").write(TestPipeline.get().run(article)));
                assertOffsets(doc, doc.get("text").asText());
            } catch (ArticleSkipped skipped) {
                assertTrue(!skipped.getMessage().isBlank());
            } catch (StageFailure failure) {
                fail(shape + " at " + size + " characters broke stage " + failure.stage(), failure.getCause());
            }
            // a very long word is work by its letters: every ten characters count as a word at least
            long words = Math.max(article.text().length() / 10, article.text().split("\\W+").length);
            Map<String, Double> perWord = new LinkedHashMap<>();
            meter.opsPerStage().forEach((stage, ops) -> perWord.put(stage, ops / (double) words));
            perWord.put("total", meter.totalOps() / (double) words);
            if (smallest == null) {
                smallest = perWord;
                continue;
            }
            for (Map.Entry<String, Double> e : perWord.entrySet()) {
                // a stage that counts almost nothing at the smallest size is judged against one op per word
                double base = Math.max(1.0, smallest.getOrDefault(e.getKey(), 0.0));
                assertTrue(e.getValue() <= 3 * base, shape + " at " + size + " characters: " + e.getKey() + " did "
                        + String.format("%.2f", e.getValue()) + " operations per word against " + String.format("%.2f", base)
                        + " at " + SIZES[0] + ": " + perWord);
            }
        }
    }
}
