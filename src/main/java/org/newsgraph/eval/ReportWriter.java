package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
        for (String f : Scorer.METADATA_FIELDS) {
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

    /** Each article's text with gold and predicted entities and quotes marked, and the lists of errors. */
    public static void writeHtml(Evaluation eval, Map<String, JsonNode> predicted, Map<String, JsonNode> gold, Path file) throws IOException {
        StringBuilder h = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>newsgraph evaluation</title><style>"
                + "body{font-family:sans-serif;max-width:70em;margin:auto;line-height:1.5}"
                + ".hit{background:#c8f7c5}.extra{background:#ffb3b3}.missed{background:#ffe08a;outline:1px dashed #c90}"
                + ".quote{border-bottom:3px solid #36c}.qmissed{border-bottom:3px dotted #c33}"
                + "pre{white-space:pre-wrap;border:1px solid #ccc;padding:1em}td,th{padding:2px 8px;text-align:right}"
                + "li.bad{color:#a00}</style></head><body><h1>newsgraph evaluation</h1>"
                + "<p>Legend: <span class=hit>entity found</span> <span class=extra>extra entity</span> "
                + "<span class=missed>missed entity</span> <span class=quote>quote found</span> "
                + "<span class=qmissed>quote missed</span>.</p><h2>Totals</h2><pre>");
        h.append(escape(table(eval))).append("</pre>");
        for (ArticleScore a : eval.articles()) {
            h.append("<h2>").append(escape(a.article())).append("</h2>");
            Scorer.Details d = a.details();
            list(h, "Missed entities", d.missedEntities());
            list(h, "Extra entities", d.extraEntities());
            list(h, "Wrong entity types", d.wrongTypes());
            list(h, "Missed quotes", d.missedQuotes());
            list(h, "Extra quotes", d.extraQuotes());
            list(h, "Wrong speakers", d.wrongSpeakers());
            list(h, "Missed relations", d.missedRelations());
            list(h, "Extra relations", d.extraRelations());
            h.append("<h3>Metadata</h3><ul>");
            a.metadata().forEach((k, v) -> h.append(v ? "<li>" : "<li class=bad>").append(k).append(v ? ": right" : ": wrong")
                    .append(" (predicted: ").append(escape(display(Scorer.predictedMetadata(predicted.get(a.article()), k))))
                    .append("; expected: ").append(escape(display(gold.get(a.article()).path("metadata").path(k))))
                    .append(")</li>"));
            h.append("</ul><h3>Text</h3><pre>").append(markedText(predicted.get(a.article()), d)).append("</pre>");
        }
        h.append("</body></html>\n");
        AtomicFiles.write(file, h.toString());
    }

    private static void list(StringBuilder h, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        h.append("<h3>").append(title).append(" (").append(items.size()).append(")</h3><ul>");
        items.forEach(i -> h.append("<li class=bad>").append(escape(i)).append("</li>"));
        h.append("</ul>");
    }

    private static String markedText(JsonNode pred, Scorer.Details d) {
        String text = pred.path("text").asText();
        String[] cls = new String[text.length()];
        boolean[] quote = new boolean[text.length()];
        boolean[] missedQuote = new boolean[text.length()];
        for (JsonNode e : pred.path("mentions")) {
            boolean extra = d.extraEntityIds().contains(e.path("@id").asText());
            for (JsonNode m : e.path("ng:mention")) {
                mark(cls, text, m.path("begin").asInt(), m.path("end").asInt(), extra ? "extra" : "hit");
            }
        }
        for (String missed : d.missedEntities()) {
            String name = missed.substring(missed.indexOf(' ') + 1);
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                for (int k = i; k < i + name.length(); k++) {
                    cls[k] = cls[k] == null ? "missed" : cls[k];
                }
            }
        }
        for (JsonNode q : pred.path("hasPart")) {
            int b = text.offsetByCodePoints(0, q.path("begin").asInt());
            int e = text.offsetByCodePoints(0, q.path("end").asInt());
            for (int k = b; k < e; k++) {
                quote[k] = true;
            }
        }
        for (String mq : d.missedQuotes()) {
            int i = text.indexOf(mq);
            for (int k = Math.max(0, i); i >= 0 && k < i + mq.length(); k++) {
                missedQuote[k] = true;
            }
        }
        StringBuilder out = new StringBuilder();
        String open = null;
        for (int i = 0; i < text.length(); i++) {
            String c = (cls[i] == null ? "" : cls[i]) + (quote[i] ? " quote" : "") + (missedQuote[i] ? " qmissed" : "");
            c = c.strip();
            if (!c.equals(open == null ? "" : open)) {
                if (open != null) {
                    out.append("</span>");
                }
                open = c.isEmpty() ? null : c;
                if (open != null) {
                    out.append("<span class=\"").append(open).append("\">");
                }
            }
            out.append(escape(String.valueOf(text.charAt(i))));
        }
        if (open != null) {
            out.append("</span>");
        }
        return out.toString();
    }

    private static void mark(String[] cls, String text, int cpBegin, int cpEnd, String c) {
        int b = text.offsetByCodePoints(0, cpBegin);
        int e = text.offsetByCodePoints(0, cpEnd);
        for (int k = b; k < e; k++) {
            cls[k] = c;
        }
    }

    /** A metadata value as written: text, a list joined by commas, or "none". */
    private static String display(JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull() || v.isArray() && v.isEmpty()) {
            return "none";
        }
        if (v.isArray()) {
            java.util.List<String> parts = new java.util.ArrayList<>();
            v.forEach(x -> parts.add(x.asText()));
            return String.join(", ", parts);
        }
        return v.asText();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
