package org.newsgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.entities.Names;
import org.newsgraph.eval.GoldAlignment;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.lexicon.KbpGazetteers;
import org.newsgraph.model.Document;
import org.newsgraph.model.Relation;
import org.newsgraph.output.JsonLdWriter;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.relations.RelationStage;

/**
 * Development harness (not a test): every expected relation the rules miss in the given folders,
 * classed (a) no candidate: subject or object entity not found (or no title phrase of that text
 * in the article), (b) both in one sentence window, a candidate pair, but no rule linked them,
 * (c) other: never in one window, or a predicate the pair classifier does not give.
 */
public final class RelationMisses {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Pipeline pipeline = RelationTraining.pipelineWithoutRelations();
        RelationStage stage = new RelationStage(new Demonyms(new KbpGazetteers()));
        ArticleReader reader = new ArticleReader(PipelineConfig.DEFAULT_MAX_BYTES);
        JsonLdWriter writer = new JsonLdWriter("misses");
        for (String dir : args) {
            Map<String, Integer> counts = new TreeMap<>();
            for (Path p : RelationHalves.articles(Path.of(dir))) {
                Document doc = stage.process(pipeline.run(reader.read(p)));
                JsonNode gold = MAPPER.readTree(org.newsgraph.eval.ExpectedFiles.of(p).toFile());
                JsonNode predicted = MAPPER.valueToTree(writer.write(doc));
                Map<String, String> predToGold = GoldAlignment.predToGold(gold, predicted);
                List<RelationStage.TrainingPair> pairs = stage.pairs(doc);
                Map<String, String> names = new TreeMap<>();
                gold.path("entities").forEach(e -> names.put(e.path("id").asText(), e.path("name").asText()));
                for (JsonNode g : gold.path("relations")) {
                    String s = g.path("subject").asText();
                    String pred = g.path("predicate").asText();
                    JsonNode o = g.path("object");
                    if (hit(doc.relations(), predToGold, s, pred, o)) {
                        continue;
                    }
                    boolean value = !names.containsKey(o.isArray() ? o.get(0).asText() : o.asText());
                    boolean subjectFound = predToGold.containsValue(s);
                    boolean objectFound = value ? pairs.stream().anyMatch(x -> x.title() != null && matches(o, x.title())) : predToGold.containsValue(o.asText());
                    boolean pair = pairs.stream().anyMatch(x -> s.equals(predToGold.get(x.subjectId())) && RelationStage.fits(x.kind(), pred)
                            && (value ? x.title() != null && matches(o, x.title()) : o.asText().equals(predToGold.get(x.objectId()))));
                    String cls = !subjectFound || !objectFound ? "a" : pair ? "b" : "c";
                    counts.merge(cls, 1, Integer::sum);
                    System.out.printf("%s\t%s\t(%s)\t%s %s %s%s%n", Path.of(dir).getFileName(), p.getFileName(), cls, names.getOrDefault(s, s), pred,
                            value ? o.toString() : names.getOrDefault(o.asText(), o.asText()),
                            cls.equals("a") ? (subjectFound ? " [object missing]" : " [subject missing]") : "");
                }
            }
            System.out.println(Path.of(dir).getFileName() + " misses " + counts);
        }
    }

    private static boolean hit(List<Relation> rels, Map<String, String> predToGold, String s, String pred, JsonNode o) {
        for (Relation r : rels) {
            if (r.predicate().property().equals(pred) && s.equals(predToGold.get(r.subjectId()))
                    && (r.objectId() != null ? o.asText().equals(predToGold.get(r.objectId())) : matches(o, r.value()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(JsonNode object, String value) {
        String key = Names.key(value);
        if (object.isArray()) {
            for (JsonNode f : object) {
                if (Names.key(f.asText()).equals(key)) {
                    return true;
                }
            }
            return false;
        }
        return Names.key(object.asText()).equals(key);
    }
}
