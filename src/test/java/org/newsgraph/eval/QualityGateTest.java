package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.batch.InputFiles;
import org.newsgraph.read.ArticleReader;

/** The regression gate: every score on the seeds stays at or above seeds/quality-baseline.json. */
class QualityGateTest {
    @Test
    void seedScoresDoNotDropBelowTheBaseline() throws Exception {
        Map<String, Double> baseline = Baseline.read(Path.of("seeds/quality-baseline.json"));
        assertFalse(baseline.isEmpty(), "the baseline file is missing or empty");
        List<Path> seeds = InputFiles.expand(List.of(Path.of("seeds"))).stream().filter(ExpectedFiles::exists).toList();
        Evaluation eval = new EvalRunner().runPipeline(seeds, TestPipeline.get(), new ArticleReader(5_000_000), TestPipeline.configHash());
        List<String> regressions = Evaluation.regressions(eval.metrics(), baseline);
        assertTrue(regressions.isEmpty(), "scores below baseline:\n" + String.join("\n", regressions));
    }

    @Test
    void quoteOverlapRule() {
        assertTrue(QuoteScoring.quoteMatch("the real reason I came to China,", "the real reason I came to China"));
        assertFalse(QuoteScoring.quoteMatch("the real reason I came to China is to activate the SCO", "the real reason"));
    }

    @Test
    void onlyEvaluatedArticlesAreComparedAndOverallOnlyForTheSameSet() {
        Map<String, Double> baseline = Map.of("a/entities.typed.f1", 0.9, "b/entities.typed.f1", 0.9, "overall/entities.typed.f1", 0.9);
        assertTrue(Evaluation.regressions(Map.of("a/entities.typed.f1", 0.95, "overall/entities.typed.f1", 0.5), baseline).isEmpty());
        assertFalse(Evaluation.regressions(Map.of("a/entities.typed.f1", 0.8), baseline).isEmpty());
        assertFalse(Evaluation.regressions(Map.of("a/entities.typed.f1", 0.95, "b/entities.typed.f1", 0.95,
                "overall/entities.typed.f1", 0.5), baseline).isEmpty());
        assertFalse(Evaluation.regressions(Map.of("a/quotes.detection.f1", 1.0), baseline).isEmpty(), "a metric gone missing fails");
    }
}
