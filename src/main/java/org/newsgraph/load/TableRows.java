package org.newsgraph.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The tables every tabular target stores (docs/load.md): their columns and, for one article, its
 * rows with values in column order. The SQL targets and the Spark job's Parquet tables both
 * take their columns and rows from here, so the two cannot drift apart.
 */
public final class TableRows {
    /** What a column holds; each target maps it to its own type. */
    public enum Kind { TEXT, INTEGER, REAL, JSON }

    public record Column(String name, Kind kind) {
    }

    public record Table(String name, List<Column> columns, Function<ArticleRows, List<Object[]>> rows) {
        public String columnList() {
            return String.join(", ", columns.stream().map(Column::name).toList());
        }
    }

    public static final Table ARTICLES = new Table("articles", columns("article_key", "article_id", "headline", "description",
            "date_published", "date_modified", "publisher", "in_language", "text_hash", "config_hash", "page_hash", "document:json"),
            a -> List.<Object[]>of(new Object[] {a.key(), a.id(), a.headline(), a.description(), a.datePublished(),
                    a.dateModified(), a.publisher(), a.language(), a.textHash(), a.configHash(), a.pageHash(), a.document()}));

    public static final Table AUTHORS = new Table("authors", columns("article_key", "seq:int", "name"), a -> {
        List<Object[]> out = new ArrayList<>();
        for (int i = 0; i < a.authors().size(); i++) {
            out.add(new Object[] {a.key(), i + 1, a.authors().get(i)});
        }
        return out;
    });

    /** One row per entity the article names; a target holding entities of several articles keeps one row per id. */
    public static final Table ENTITIES = new Table("entities", columns("entity_id", "entity_type", "name"),
            a -> a.entities().stream().map(e -> new Object[] {e.id(), e.type(), e.name()}).toList());

    public static final Table MENTIONS = new Table("mentions", columns("article_key", "entity_id", "begin_offset:int",
            "end_offset:int", "anchor"),
            a -> a.mentions().stream().map(m -> new Object[] {a.key(), m.entityId(), m.begin(), m.end(), m.anchor()}).toList());

    public static final Table QUOTES = new Table("quotes", columns("article_key", "quote_id", "kind", "quote_text",
            "begin_offset:int", "end_offset:int", "speaker_entity", "speaker_text", "cue", "cue_begin:int", "cue_end:int"),
            a -> a.quotes().stream().map(q -> new Object[] {a.key(), q.id(), q.kind(), q.text(), q.begin(), q.end(),
                    q.speakerEntity(), q.speakerText(), q.cue(), q.cueBegin(), q.cueEnd()}).toList());

    public static final Table RELATIONS = new Table("relations", columns("article_key", "relation_id", "subject_entity",
            "predicate", "object_entity", "object_value", "evidence_begin:int", "evidence_end:int", "confidence:real"),
            a -> a.relations().stream().map(r -> new Object[] {a.key(), r.id(), r.subjectEntity(), r.predicate(),
                    r.objectEntity(), r.objectValue(), r.evidenceBegin(), r.evidenceEnd(), r.confidence()}).toList());

    public static final List<Table> ALL = List.of(ARTICLES, AUTHORS, ENTITIES, MENTIONS, QUOTES, RELATIONS);

    private TableRows() {
    }

    /** "name" is text, "name:int", "name:real" and "name:json" say otherwise. */
    private static List<Column> columns(String... specs) {
        List<Column> out = new ArrayList<>();
        for (String s : specs) {
            int colon = s.indexOf(':');
            String name = colon < 0 ? s : s.substring(0, colon);
            Kind kind = colon < 0 ? Kind.TEXT : switch (s.substring(colon + 1)) {
                case "int" -> Kind.INTEGER;
                case "real" -> Kind.REAL;
                case "json" -> Kind.JSON;
                default -> throw new IllegalArgumentException(s);
            };
            out.add(new Column(name, kind));
        }
        return List.copyOf(out);
    }
}
