package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.batch.AtomicFiles;
import org.newsgraph.eval.Scorer.ArticleScore;

/**
 * report.html for people: a contents list and the scores of every article at the top, then each
 * article's errors, its metadata (wrong fields with both values, right fields in one line,
 * fields neither side has left out) and its text with gold and predicted entities and quotes marked.
 */
final class HtmlReport {
    private static final String STYLE = "body{font-family:sans-serif;max-width:70em;margin:auto;line-height:1.5}"
            + ".hit{background:#c8f7c5}.extra{background:#ffb3b3}.missed{background:#ffe08a;outline:1px dashed #c90}"
            + ".quote{border-bottom:3px solid #36c}.qmissed{border-bottom:3px dotted #c33}"
            + "pre{white-space:pre-wrap;border:1px solid #ccc;padding:1em}td,th{padding:2px 8px;text-align:right}"
            + "td:first-child,th:first-child{text-align:left}table{border-collapse:collapse}tr:nth-child(even){background:#f4f4f4}"
            + "li.bad,td.bad{color:#a00}";

    private HtmlReport() {
    }

    static void write(Evaluation eval, Map<String, JsonNode> predicted, Map<String, JsonNode> gold, Path file) throws IOException {
        List<ArticleScore> articles = eval.articles();
        StringBuilder h = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>newsgraph evaluation</title><style>")
                .append(STYLE).append("</style></head><body><h1>newsgraph evaluation</h1>");
        h.append("<nav><h2>Contents</h2><ul><li><a href=\"#scores\">Scores per article</a></li><li><a href=\"#totals\">Totals</a></li>");
        for (int i = 0; i < articles.size(); i++) {
            ArticleScore a = articles.get(i);
            int problems = problems(a);
            h.append("<li><a href=\"#").append(anchor(i)).append("\">").append(ReportWriter.escape(a.article())).append("</a>")
                    .append(problems == 0 ? ": all right" : ": " + problems + (problems == 1 ? " problem" : " problems")).append("</li>");
        }
        h.append("</ul></nav>");
        scoreTable(h, articles);
        h.append("<h2 id=\"totals\">Totals</h2><pre>").append(ReportWriter.escape(ReportWriter.table(eval))).append("</pre>");
        h.append("<p>Legend: <span class=hit>entity found</span> <span class=extra>extra entity</span> "
                + "<span class=missed>missed entity</span> <span class=quote>quote found</span> "
                + "<span class=qmissed>quote missed</span>.</p>");
        for (int i = 0; i < articles.size(); i++) {
            ArticleScore a = articles.get(i);
            h.append("<h2 id=\"").append(anchor(i)).append("\">").append(ReportWriter.escape(a.article())).append("</h2>");
            Scorer.Details d = a.details();
            list(h, "Missed entities", d.missedEntities());
            list(h, "Extra entities", d.extraEntities());
            list(h, "Wrong entity types", d.wrongTypes());
            list(h, "Missed quotes", d.missedQuotes());
            list(h, "Extra quotes", d.extraQuotes());
            list(h, "Wrong speakers", d.wrongSpeakers());
            list(h, "Missed relations", d.missedRelations());
            list(h, "Extra relations", d.extraRelations());
            metadata(h, a, predicted.get(a.article()), gold.get(a.article()));
            h.append("<h3>Text</h3><pre>").append(MarkedText.of(predicted.get(a.article()), d)).append("</pre>");
        }
        h.append("</body></html>\n");
        AtomicFiles.write(file, h.toString());
    }

    static String anchor(int i) {
        return "article-" + (i + 1);
    }

    private static void scoreTable(StringBuilder h, List<ArticleScore> articles) {
        h.append("<h2 id=\"scores\">Scores per article</h2><table><tr><th>article</th><th>typed entity F1</th><th>quote F1</th>"
                + "<th>speakers right</th><th>relation F1</th><th>metadata right</th><th>problems</th></tr>");
        for (int i = 0; i < articles.size(); i++) {
            ArticleScore a = articles.get(i);
            long metaRight = a.metadata().values().stream().filter(b -> b).count();
            h.append("<tr><td><a href=\"#").append(anchor(i)).append("\">").append(ReportWriter.escape(a.article())).append("</a></td>");
            cell(h, f1(a.entities().get("typed")), a.entities().get("typed") != null && a.entities().get("typed").f1() < 1);
            cell(h, f1(a.quoteDetection()), a.quoteDetection().f1() < 1);
            cell(h, a.speakersRight() + "/" + a.speakersTotal(), a.speakersRight() < a.speakersTotal());
            Prf rel = a.relations().get("overall");
            cell(h, f1(rel), rel != null && rel.f1() < 1);
            cell(h, metaRight + "/" + a.metadata().size(), metaRight < a.metadata().size());
            cell(h, String.valueOf(problems(a)), problems(a) > 0);
            h.append("</tr>");
        }
        h.append("</table>");
    }

    private static void cell(StringBuilder h, String value, boolean bad) {
        h.append(bad ? "<td class=bad>" : "<td>").append(value).append("</td>");
    }

    private static String f1(Prf p) {
        return p == null ? "–" : String.format(Locale.ROOT, "%.3f", p.f1());
    }

    /** Everything listed under the article: each error item and each wrong metadata field. */
    static int problems(ArticleScore a) {
        Scorer.Details d = a.details();
        int n = d.missedEntities().size() + d.extraEntities().size() + d.wrongTypes().size() + d.missedQuotes().size()
                + d.extraQuotes().size() + d.wrongSpeakers().size() + d.missedRelations().size() + d.extraRelations().size();
        return n + (int) a.metadata().values().stream().filter(b -> !b).count();
    }

    /** Wrong fields with both values; right fields named in one line; a field neither side has is not listed. */
    private static void metadata(StringBuilder h, ArticleScore a, JsonNode pred, JsonNode gold) {
        List<String> right = new ArrayList<>();
        StringBuilder wrong = new StringBuilder();
        for (Map.Entry<String, Boolean> m : a.metadata().entrySet()) {
            String p = display(MetadataScoring.predictedMetadata(pred, m.getKey()));
            String g = display(gold == null ? null : gold.path("metadata").path(m.getKey()));
            if (!m.getValue()) {
                wrong.append("<li class=bad>").append(m.getKey()).append(": predicted ").append(ReportWriter.escape(p == null ? "none" : p))
                        .append("; expected ").append(ReportWriter.escape(g == null ? "none" : g)).append("</li>");
            } else if (p != null || g != null) {
                right.add(m.getKey());
            }
        }
        if (wrong.isEmpty() && right.isEmpty()) {
            return;
        }
        h.append("<h3>Metadata</h3>");
        if (!wrong.isEmpty()) {
            h.append("<ul>").append(wrong).append("</ul>");
        }
        if (!right.isEmpty()) {
            h.append("<p>Right: ").append(String.join(", ", right)).append(".</p>");
        }
    }

    private static void list(StringBuilder h, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        h.append("<h3>").append(title).append(" (").append(items.size()).append(")</h3><ul>");
        items.forEach(i -> h.append("<li class=bad>").append(ReportWriter.escape(i)).append("</li>"));
        h.append("</ul>");
    }

    /** A metadata value as written (text, or a list joined by commas), or null when there is none. */
    private static String display(JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull() || v.isArray() && v.isEmpty() || v.isTextual() && v.asText().isEmpty()) {
            return null;
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(x.asText()));
            return String.join(", ", parts);
        }
        return v.asText();
    }
}
