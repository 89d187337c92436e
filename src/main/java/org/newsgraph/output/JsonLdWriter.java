package org.newsgraph.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Article;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Layer;
import org.newsgraph.model.LongSentence;
import org.newsgraph.model.Layout;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Relation;
import org.newsgraph.model.Span;

/**
 * Builds the JSON-LD document of {@code shared/OUTPUT.md} for one processed article. Key order
 * and array order are fixed, so the same document always serialises to the same bytes.
 */
public final class JsonLdWriter {
    public static final String ARTICLE_PREFIX = "urn:newsgraph:article:";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final String configHash;

    /** @param configHash hash of the pipeline configuration, recorded for incremental batches */
    public JsonLdWriter(String configHash) {
        this.configHash = configHash;
    }

    public static ObjectNode context() {
        ObjectNode c = MAPPER.createObjectNode();
        c.put("@vocab", "https://schema.org/");
        c.put("ng", "https://w3id.org/newsgraph#");
        c.put("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#");
        c.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        typed(c, "begin", "nif:beginIndex", "xsd:nonNegativeInteger");
        typed(c, "end", "nif:endIndex", "xsd:nonNegativeInteger");
        c.put("anchorOf", "nif:anchorOf");
        typed(c, "ng:confidence", "ng:confidence", "xsd:double");
        // Which source gave each article field ("json-ld", "meta:og:title", "layout"): a JSON literal, not more graph.
        typed(c, "ng:fieldSources", "ng:fieldSources", "@json");
        return c;
    }

    private static void typed(ObjectNode c, String term, String id, String type) {
        ObjectNode t = c.putObject(term);
        t.put("@id", id);
        t.put("@type", type);
    }

    public static String textHash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A hash of what a web page states about its article ("" for plain text): a page whose text is
     * unchanged but whose date or author changed must not count as up to date.
     */
    public static String pageHash(Article article) {
        return article.page() == null ? "" : textHash(article.page().toString());
    }

    public ObjectNode write(Document doc) {
        Article article = doc.article();
        String text = article.text();
        CodePoints cp = new CodePoints(text);
        String articleId = ARTICLE_PREFIX + textHash(text);
        ObjectNode root = MAPPER.createObjectNode();
        root.set("@context", context());
        root.put("@id", articleId);
        root.put("@type", "NewsArticle");
        root.put("identifier", article.identifier());
        if (doc.has(Layer.LAYOUT)) {
            putLayout(root, doc.layout(), text);
        }
        if (doc.has(Layer.LANGUAGE)) {
            root.put("inLanguage", doc.language().bcp47());
        }
        root.put("text", text);
        ObjectNode provenance = root.putObject("ng:provenance");
        provenance.put("ng:encoding", article.encoding());
        provenance.put("ng:encodingFallback", article.encodingFallback());
        provenance.put("ng:configHash", configHash);
        if (article.page() != null) {
            provenance.put("ng:pageMetadataHash", pageHash(article));
        }
        if (doc.has(Layer.LAYOUT) && !doc.layout().sources().isEmpty()) {
            ObjectNode sources = provenance.putObject("ng:fieldSources");
            doc.layout().sources().forEach(sources::put);
        }
        if (doc.has(Layer.TOKENS) && !doc.tokens().longSentences().isEmpty()) {
            ArrayNode cut = provenance.putArray("ng:longSentences");
            for (LongSentence s : doc.tokens().longSentences()) {
                ObjectNode n = cut.addObject();
                n.put("ng:startOffset", cp.of(s.span().begin()));
                n.put("ng:endOffset", cp.of(s.span().end()));
                n.put("ng:tokens", s.tokens());
                n.put("ng:splitAtTokens", s.maxTokens());
                n.put("ng:pieces", s.pieces());
            }
        }

        Map<String, Map<String, List<JsonNode>>> properties = relationProperties(doc);
        ArrayNode mentions = root.putArray("mentions");
        for (Entity e : doc.has(Layer.ENTITIES) ? doc.entities().all() : List.<Entity>of()) {
            ObjectNode node = mentions.addObject();
            node.put("@id", e.id());
            node.put("@type", e.type().schemaName());
            node.put("name", e.name());
            if (!e.alternateNames().isEmpty()) {
                ArrayNode alt = node.putArray("alternateName");
                e.alternateNames().forEach(alt::add);
            }
            properties.getOrDefault(e.id(), Map.of()).forEach((property, values) -> {
                if (values.size() == 1) {
                    node.set(property, values.get(0));
                } else {
                    node.putArray(property).addAll(values);
                }
            });
            ArrayNode occurrences = node.putArray("ng:mention");
            for (NamedEntity m : e.mentions()) {
                occurrences.add(anchor(m.span(), text, cp));
            }
        }
        ArrayNode parts = root.putArray("hasPart");
        if (doc.has(Layer.QUOTES)) {
            int n = 0;
            for (Quote q : doc.quotes()) {
                parts.add(quote(q, articleId + "#quote-" + (++n), text, cp));
            }
        }
        ArrayNode relations = root.putArray("ng:relation");
        if (doc.has(Layer.RELATIONS)) {
            int n = 0;
            for (Relation r : doc.relations()) {
                ObjectNode node = relations.addObject();
                node.put("@id", articleId + "#relation-" + (++n));
                node.put("@type", "ng:Relation");
                node.putObject("ng:subject").put("@id", r.subjectId());
                node.putObject("ng:predicate").put("@id", r.predicate().iri());
                if (r.objectId() != null) {
                    node.putObject("ng:object").put("@id", r.objectId());
                } else {
                    node.put("ng:value", r.value());
                }
                node.set("ng:evidence", anchor(r.evidence(), text, cp));
                node.put("ng:confidence", r.confidence());
            }
        }
        return root;
    }

    private static void putLayout(ObjectNode root, Layout layout, String text) {
        putSpanText(root, "headline", layout.headline(), text);
        putSpanText(root, "description", layout.description(), text);
        if (!layout.authors().isEmpty()) {
            ArrayNode authors = root.putArray("author");
            for (String a : layout.authors()) {
                authors.addObject().put("@type", "Person").put("name", a);
            }
        }
        putIfPresent(root, "datePublished", layout.datePublished());
        putIfPresent(root, "dateModified", layout.dateModified());
        if (layout.publisher() != null) {
            root.putObject("publisher").put("@type", "Organization").put("name", layout.publisher());
        }
        if (layout.imageCaption() != null || layout.imageCredit() != null) {
            ObjectNode image = root.putObject("image");
            image.put("@type", "ImageObject");
            putSpanText(image, "caption", layout.imageCaption(), text);
            putIfPresent(image, "creditText", layout.imageCredit());
        }
    }

    private static Map<String, Map<String, List<JsonNode>>> relationProperties(Document doc) {
        Map<String, Map<String, List<JsonNode>>> out = new LinkedHashMap<>();
        if (!doc.has(Layer.RELATIONS)) {
            return out;
        }
        for (Relation r : doc.relations()) {
            JsonNode value = r.objectId() != null
                    ? MAPPER.createObjectNode().put("@id", r.objectId())
                    : MAPPER.getNodeFactory().textNode(r.value());
            List<JsonNode> values = out.computeIfAbsent(r.subjectId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.predicate().property(), k -> new ArrayList<>());
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        return out;
    }

    private static ObjectNode quote(Quote q, String id, String text, CodePoints cp) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("@id", id);
        node.put("@type", "Quotation");
        node.put("text", q.content().of(text));
        node.put("ng:kind", q.kind().jsonName());
        node.put("begin", cp.of(q.content().begin()));
        node.put("end", cp.of(q.content().end()));
        if (q.speakerEntityId() != null) {
            node.putObject("spokenByCharacter").put("@id", q.speakerEntityId());
        }
        putIfPresent(node, "ng:speakerText", q.speakerText());
        if (q.speakerMention() != null) {
            node.set("ng:speakerMention", anchor(q.speakerMention(), text, cp));
        }
        if (q.cue() != null) {
            node.set("ng:cue", anchor(q.cue(), text, cp));
        }
        return node;
    }

    private static ObjectNode anchor(Span s, String text, CodePoints cp) {
        ObjectNode a = MAPPER.createObjectNode();
        a.put("begin", cp.of(s.begin()));
        a.put("end", cp.of(s.end()));
        a.put("anchorOf", s.of(text));
        return a;
    }

    private static void putSpanText(ObjectNode node, String key, Span span, String text) {
        if (span != null) {
            node.put(key, span.of(text));
        }
    }

    private static void putIfPresent(ObjectNode node, String key, String value) {
        if (value != null && !value.isBlank()) {
            node.put(key, value);
        }
    }
}
