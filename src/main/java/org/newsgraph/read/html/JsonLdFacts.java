package org.newsgraph.read.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * schema.org metadata from a page's {@code application/ld+json} scripts: the first node typed as
 * an article (NewsArticle, ReportageNewsArticle, LiveBlogPosting, BlogPosting, …), at the top,
 * in an array or in an {@code @graph}; authors and publisher given by {@code @id} are looked up
 * in the same graph. A script that is not valid JSON is passed over.
 */
final class JsonLdFacts {
    static final String SOURCE = "json-ld";
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
            "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "LiveBlogPosting",
            "BlogPosting", "Report", "SatiricalArticle", "TechArticle");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .enable(JsonParser.Feature.ALLOW_TRAILING_COMMA)
            .enable(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS);

    private JsonLdFacts() {
    }

    static void read(Document page, Facts facts) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(MAPPER.readTree(script.data()), nodes);
            } catch (JsonProcessingException e) {
                // Broken JSON-LD is common on real pages; the other sources still count.
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode n : nodes) {
            if (n.hasNonNull("@id")) {
                byId.putIfAbsent(n.get("@id").asText(), n);
            }
        }
        for (JsonNode n : nodes) {
            if (isArticle(n)) {
                facts.offer("headline", text(n.get("headline")), SOURCE);
                facts.offerDate("datePublished", text(n.get("datePublished")), SOURCE);
                facts.offerDate("dateModified", text(n.get("dateModified")), SOURCE);
                facts.offerAuthors(names(n.get("author"), byId), SOURCE);
                List<String> publisher = names(n.get("publisher"), byId);
                facts.offer("publisher", publisher.isEmpty() ? null : publisher.get(0), SOURCE);
                return;
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out);
        }
    }

    private static boolean isArticle(JsonNode n) {
        JsonNode type = n.get("@type");
        if (type == null) {
            return false;
        }
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            String s = t.asText();
            String local = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf(':')) + 1);
            if (ARTICLE_TYPES.contains(local)) {
                return true;
            }
        }
        return false;
    }

    /** Names of persons or organisations given as strings, objects, {@code @id} references or arrays of them. */
    private static List<String> names(JsonNode node, Map<String, JsonNode> byId) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        for (JsonNode n : node.isArray() ? node : List.of(node)) {
            if (n.isTextual()) {
                out.add(Parser.unescapeEntities(n.asText(), false));
            } else if (n.isObject()) {
                JsonNode named = !n.has("name") && n.has("@id") ? byId.getOrDefault(n.get("@id").asText(), n) : n;
                String name = text(named.get("name"));
                if (name != null) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    /** A plain value: a string, a number, or the first of an array; null otherwise. */
    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isObject()) {
            return n.has("@value") ? text(n.get("@value")) : null;
        }
        // Some CMSs write HTML entities into JSON-LD strings ("Smith &amp; Sons").
        return Parser.unescapeEntities(n.asText(), false);
    }
}
