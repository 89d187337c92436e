package org.newsgraph.load;

import java.util.List;

/**
 * One article of an output folder as backend-neutral rows: what every target stores of it. The
 * key is the article's identifier within its output folder (its file name); {@code version} is what
 * decides whether a loaded copy is up to date (text hash, configuration hash, page metadata hash).
 */
public record ArticleRows(String key, String id, String headline, String description, String datePublished,
                          String dateModified, String publisher, String language, String textHash, String configHash,
                          String pageHash, String document, List<String> authors, List<EntityRow> entities,
                          List<MentionRow> mentions, List<QuoteRow> quotes, List<RelationRow> relations) {

    public ArticleRows {
        authors = List.copyOf(authors);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        quotes = List.copyOf(quotes);
        relations = List.copyOf(relations);
    }

    /** Equal versions mean the loaded rows are those this document would give: loading it again is a no-op. */
    public String version() {
        return version(textHash, configHash, pageHash);
    }

    public static String version(String textHash, String configHash, String pageHash) {
        return textHash + "|" + configHash + "|" + (pageHash == null ? "" : pageHash);
    }

    /** Rows this article adds to the tables (its entities counted, whether or not they are new). */
    public int rowCount() {
        return 1 + authors.size() + entities.size() + mentions.size() + quotes.size() + relations.size();
    }

    public record EntityRow(String id, String type, String name) {
    }

    public record MentionRow(String entityId, int begin, int end, String anchor) {
    }

    /** A quotation: {@code speakerEntity}, speaker text and cue may be null; the cue is its anchor text and offsets. */
    public record QuoteRow(String id, String kind, String text, int begin, int end, String speakerEntity,
                           String speakerText, String cue, Integer cueBegin, Integer cueEnd) {
    }

    /** A relation: exactly one of {@code objectEntity} and {@code objectValue} is set. */
    public record RelationRow(String id, String subjectEntity, String predicate, String objectEntity, String objectValue,
                              int evidenceBegin, int evidenceEnd, double confidence) {
    }
}
