package org.newsgraph.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.load.ArticleRows.EntityRow;
import org.newsgraph.load.ArticleRows.MentionRow;
import org.newsgraph.load.ArticleRows.QuoteRow;
import org.newsgraph.load.ArticleRows.RelationRow;
import org.newsgraph.output.JsonLdWriter;

/** A JSON-LD document as {@code run} writes it (docs/output.md), taken apart into {@link ArticleRows}. */
final class ArticleDocument {
    private ArticleDocument() {
    }

    static ArticleRows rows(String key, JsonNode root) throws OutputFolders.BadDocument {
        if (!root.isObject()) {
            throw new OutputFolders.BadDocument("not a newsgraph article: the document is not a JSON object");
        }
        String id = root.path("@id").asText("");
        if (!"NewsArticle".equals(root.path("@type").asText()) || !id.startsWith(JsonLdWriter.ARTICLE_PREFIX)) {
            throw new OutputFolders.BadDocument("not a newsgraph article: no NewsArticle with an @id of "
                    + JsonLdWriter.ARTICLE_PREFIX + "…");
        }
        JsonNode provenance = root.path("ng:provenance");
        if (!root.path("text").isTextual() || !provenance.path("ng:configHash").isTextual()) {
            throw new OutputFolders.BadDocument("not a newsgraph article: text or ng:provenance/ng:configHash is missing");
        }
        List<String> authors = new ArrayList<>();
        root.path("author").forEach(a -> authors.add(a.path("name").asText()));
        List<EntityRow> entities = new ArrayList<>();
        List<MentionRow> mentions = new ArrayList<>();
        for (JsonNode e : root.path("mentions")) {
            String entity = required(e, "@id", "an entity");
            entities.add(new EntityRow(entity, e.path("@type").asText(null), e.path("name").asText(null)));
            for (JsonNode m : e.path("ng:mention")) {
                mentions.add(new MentionRow(entity, offset(m, "begin"), offset(m, "end"), m.path("anchorOf").asText(null)));
            }
        }
        List<QuoteRow> quotes = new ArrayList<>();
        for (JsonNode q : root.path("hasPart")) {
            if (!"Quotation".equals(q.path("@type").asText())) {
                continue;
            }
            JsonNode cue = q.path("ng:cue");
            quotes.add(new QuoteRow(required(q, "@id", "a quotation"), q.path("ng:kind").asText(null), q.path("text").asText(null),
                    offset(q, "begin"), offset(q, "end"), idOf(q.path("spokenByCharacter")), q.path("ng:speakerText").asText(null),
                    cue.path("anchorOf").asText(null), cue.isObject() ? offset(cue, "begin") : null,
                    cue.isObject() ? offset(cue, "end") : null));
        }
        List<RelationRow> relations = new ArrayList<>();
        for (JsonNode r : root.path("ng:relation")) {
            JsonNode evidence = r.path("ng:evidence");
            relations.add(new RelationRow(required(r, "@id", "a relation"), idOf(r.path("ng:subject")), idOf(r.path("ng:predicate")),
                    idOf(r.path("ng:object")), r.path("ng:value").asText(null), offset(evidence, "begin"), offset(evidence, "end"),
                    r.path("ng:confidence").asDouble()));
        }
        return new ArticleRows(key, id, root.path("headline").asText(null), root.path("description").asText(null),
                root.path("datePublished").asText(null), root.path("dateModified").asText(null),
                root.path("publisher").path("name").asText(null), root.path("inLanguage").asText(null),
                id.substring(JsonLdWriter.ARTICLE_PREFIX.length()), provenance.path("ng:configHash").asText(),
                provenance.path("ng:pageMetadataHash").asText(null), root.toString(), authors, entities, mentions, quotes, relations);
    }

    private static String idOf(JsonNode ref) {
        return ref.path("@id").asText(null);
    }

    private static String required(JsonNode node, String field, String what) throws OutputFolders.BadDocument {
        if (!node.path(field).isTextual()) {
            throw new OutputFolders.BadDocument("not a newsgraph article: " + what + " without " + field);
        }
        return node.path(field).asText();
    }

    private static int offset(JsonNode node, String field) throws OutputFolders.BadDocument {
        if (!node.path(field).canConvertToInt() || node.path(field).asInt() < 0) {
            throw new OutputFolders.BadDocument("not a newsgraph article: an offset '" + field + "' is missing or negative");
        }
        return node.path(field).asInt();
    }
}
