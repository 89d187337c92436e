package org.newsgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.entities.Names;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.ExpectedFiles;
import org.newsgraph.eval.GoldAlignment;
import org.newsgraph.eval.Scorer;
import org.newsgraph.model.Document;
import org.newsgraph.output.JsonLdWriter;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.ArticleRejected;
import org.newsgraph.relations.PairClassifier;
import org.newsgraph.relations.RelationModel;
import org.newsgraph.relations.RelationStage;

/**
 * Training and measuring the relation classifier on annotated articles: each article run once
 * through the pipeline (rules alone), its candidate pairs labelled from the expected annotations
 * as the scorer matches relations (through its entity alignment; a title by its normalised text).
 */
public final class RelationTraining {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonLdWriter WRITER = new JsonLdWriter("relation-training");

    /** One annotated article: the pipeline's document (rules alone), its expected annotations, its labelled pairs. */
    public record Article(Path path, Document doc, JsonNode gold, List<PairClassifier.Example> examples) {
    }

    private RelationTraining() {
    }

    /** The default pipeline up to the relations, which the training runs itself (with and without a model). */
    public static Pipeline pipelineWithoutRelations() {
        PipelineConfig d = PipelineConfig.defaults();
        return PipelineFactory.build(new PipelineConfig(d.stages().stream().filter(s -> !s.equals("relations")).toList(), d.tokenizer(), d.maxBytes()), true);
    }

    /** Runs {@code pipeline} (its relation stage without a model) over each article and labels its pairs. */
    public static List<Article> load(List<Path> paths, Pipeline pipeline, RelationStage stage, ArticleReader reader, PrintStream log) throws IOException {
        List<Article> out = new ArrayList<>();
        for (Path p : paths) {
            try {
                Document doc = pipeline.run(reader.read(p));
                JsonNode gold = MAPPER.readTree(ExpectedFiles.of(p).toFile());
                JsonNode predicted = MAPPER.valueToTree(WRITER.write(doc));
                Map<String, String> predToGold = GoldAlignment.predToGold(gold, predicted);
                List<PairClassifier.Example> examples = new ArrayList<>();
                for (RelationStage.TrainingPair pair : stage.pairs(doc)) {
                    examples.add(new PairClassifier.Example(pair.features(), label(gold, predToGold, pair)));
                }
                out.add(new Article(p, doc, gold, examples));
            } catch (ArticleRejected e) {
                throw new IOException(p + ": " + e.getMessage(), e);
            }
        }
        log.println("relation training: " + out.size() + " articles, " + out.stream().mapToInt(a -> a.examples().size()).sum() + " pairs");
        return out;
    }

    /** The expected relation the pair stands for, or "none". */
    static String label(JsonNode gold, Map<String, String> predToGold, RelationStage.TrainingPair pair) {
        String subject = predToGold.get(pair.subjectId());
        if (subject == null) {
            return "none";
        }
        String object = pair.objectId() == null ? null : predToGold.get(pair.objectId());
        for (JsonNode g : gold.path("relations")) {
            String predicate = g.path("predicate").asText();
            if (!g.path("subject").asText().equals(subject) || !RelationStage.fits(pair.kind(), predicate)) {
                continue;
            }
            if (object != null && g.path("object").asText().equals(object)) {
                return predicate;
            }
            if (pair.title() != null && matchesValue(g.path("object"), pair.title())) {
                return predicate;
            }
        }
        return "none";
    }

    private static boolean matchesValue(JsonNode object, String value) {
        String key = Names.key(value);
        if (object.isArray()) {
            for (JsonNode form : object) {
                if (Names.key(form.asText()).equals(key)) {
                    return true;
                }
            }
            return false;
        }
        return Names.key(object.asText()).equals(key);
    }

    public static PairClassifier train(PairClassifier.Trainer trainer, List<Article> articles) {
        List<PairClassifier.Example> all = new ArrayList<>();
        articles.forEach(a -> all.addAll(a.examples()));
        return trainer.train(all);
    }

    /** The scorer's figures for the articles with their relations redone by {@code stage} (a model or none). */
    public static Evaluation score(List<Article> articles, RelationStage stage) {
        List<Scorer.ArticleScore> scores = new ArrayList<>();
        for (Article a : articles) {
            Document doc = stage.process(a.doc());
            scores.add(new Scorer().score(a.gold(), MAPPER.valueToTree(WRITER.write(doc))));
        }
        return new Evaluation(scores);
    }

    /** Reads a model written by {@link RelationModel#write}, for callers that hold the bytes. */
    public static RelationModel model(PairClassifier classifier, double threshold, String note) {
        return new RelationModel(classifier, threshold, note);
    }
}
