package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.batch.AtomicFiles;
import org.newsgraph.eval.Scorer.ArticleScore;

/** The evaluation as a compact table, as report.json, and as report.html for people. */
public final class ReportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    public static String table(Evaluation eval) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-34s %5s %5s %5s %7s %7s %7s%n", "metric", "tp", "fp", "fn", "P", "R", "F1"));
        for (Map.Entry<String, Prf> e : eval.totals().entrySet()) {
            Prf p = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-34s %5d %5d %5d %7.3f %7.3f %7.3f%n", e.getKey(), p.tp(), p.fp(), p.fn(),
                    p.precision(), p.recall(), p.f1()));
        }
        Map<String, Double> m = eval.metrics();
        sb.append(String.format(Locale.ROOT, "%-34s %.3f%n", "quote attribution accuracy", m.get(Evaluation.OVERALL + "/quotes.attribution.accuracy")));
        sb.append(String.format(Locale.ROOT, "%-34s %.3f%n", "metadata accuracy", m.get(Evaluation.OVERALL + "/metadata.accuracy")));
        for (String f : MetadataScoring.FIELDS) {
            sb.append(String.format(Locale.ROOT, "  metadata %-24s %.3f%n", f, m.get(Evaluation.OVERALL + "/metadata." + f)));
        }
        return sb.toString();
    }

    public static void writeJson(Evaluation eval, Path file) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode metrics = root.putObject("metrics");
        eval.metrics().forEach(metrics::put);
        ObjectNode articles = root.putObject("articles");
        for (ArticleScore a : eval.articles()) {
            ObjectNode node = articles.putObject(a.article());
            counts(node.putObject("entities"), a.entities());
            ObjectNode q = node.putObject("quotes");
            counts(q, Map.of("detection", a.quoteDetection()));
            q.put("speakersRight", a.speakersRight()).put("speakersMatched", a.speakersTotal());
            counts(node.putObject("relations"), a.relations());
            ObjectNode meta = node.putObject("metadata");
            a.metadata().forEach(meta::put);
            node.set("details", MAPPER.valueToTree(a.details()));
        }
        AtomicFiles.write(file, MAPPER.writeValueAsString(root) + "\n");
    }

    private static void counts(ObjectNode node, Map<String, Prf> prfs) {
        prfs.forEach((k, p) -> node.putObject(k).put("tp", p.tp()).put("fp", p.fp()).put("fn", p.fn())
                .put("precision", p.precision()).put("recall", p.recall()).put("f1", p.f1()));
    }

    /** Each article's text with gold and predicted entities and quotes marked, and the lists of errors ({@link HtmlReport}). */
    public static void writeHtml(Evaluation eval, Map<String, JsonNode> predicted, Map<String, JsonNode> gold, Path file) throws IOException {
        HtmlReport.write(eval, predicted, gold, file);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
