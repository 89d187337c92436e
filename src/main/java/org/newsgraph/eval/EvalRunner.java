package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.io.FilenameUtils;
import org.newsgraph.output.JsonLdWriter;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.ArticleRejected;

/**
 * Runs the evaluation over articles that have expected annotations beside them: predictions
 * come from the pipeline, or from an earlier run's output folder.
 */
public final class EvalRunner {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Map<String, JsonNode> predicted = new LinkedHashMap<>();
    private final Map<String, JsonNode> gold = new LinkedHashMap<>();

    public Map<String, JsonNode> predicted() {
        return predicted;
    }

    public Map<String, JsonNode> gold() {
        return gold;
    }

    /** Scores fresh pipeline output for each article. */
    public Evaluation runPipeline(List<Path> articles, Pipeline pipeline, ArticleReader reader, String configHash) throws IOException {
        JsonLdWriter writer = new JsonLdWriter(configHash);
        List<Scorer.ArticleScore> scores = new ArrayList<>();
        for (Path a : articles) {
            try {
                JsonNode doc = MAPPER.valueToTree(writer.write(pipeline.run(reader.read(a))));
                scores.add(score(a, doc));
            } catch (ArticleRejected e) {
                throw new IOException(a + ": " + e.getMessage(), e);
            }
        }
        return new Evaluation(scores);
    }

    /** Scores the documents an earlier run wrote to {@code outputDir}. */
    public Evaluation readOutput(List<Path> articles, Path outputDir) throws IOException {
        List<Scorer.ArticleScore> scores = new ArrayList<>();
        for (Path a : articles) {
            Path doc = outputDir.resolve(FilenameUtils.getBaseName(a.getFileName().toString()) + ".jsonld");
            if (!Files.isRegularFile(doc)) {
                throw new IOException("no output for " + a + " in " + outputDir + " (expected " + doc + ")");
            }
            scores.add(score(a, MAPPER.readTree(doc.toFile())));
        }
        return new Evaluation(scores);
    }

    private Scorer.ArticleScore score(Path article, JsonNode doc) throws IOException {
        JsonNode expected = MAPPER.readTree(ExpectedFiles.of(article).toFile());
        String name = expected.path("article").asText(FilenameUtils.getBaseName(article.toString()));
        predicted.put(name, doc);
        gold.put(name, expected);
        return new Scorer().score(expected, doc);
    }
}
