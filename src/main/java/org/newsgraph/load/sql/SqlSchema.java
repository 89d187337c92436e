package org.newsgraph.load.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.newsgraph.load.LoadFailure;
import org.newsgraph.load.TableRows;

/**
 * The tables both SQL targets share (docs/load.md; their columns are {@link TableRows}), created when missing and versioned by the one
 * row of {@code schema_version}: an older database is migrated step by step, a newer one refused.
 */
final class SqlSchema {
    /** Bump with a new entry in {@link #MIGRATIONS} whenever a table changes. */
    static final int VERSION = 1;
    /** MIGRATIONS.get(v - 1): the statements that take version v to v + 1 (none yet: version 1 is the first). */
    static final List<List<String>> MIGRATIONS = List.of();

    static final List<String> TABLES = TableRows.ALL.stream().map(TableRows.Table::name).toList();
    /** The tables holding one article's rows, keyed by article_key. */
    static final List<String> ARTICLE_TABLES = List.of("authors", "mentions", "quotes", "relations", "articles");

    private SqlSchema() {
    }

    static List<String> create(SqlDialect d) {
        String t = d.text;
        return List.of(
                "CREATE TABLE schema_version (version INTEGER NOT NULL)",
                "CREATE TABLE articles (article_key " + t + " PRIMARY KEY, article_id " + t + " NOT NULL, headline " + t
                        + ", description " + t + ", date_published " + t + ", date_modified " + t + ", publisher " + t
                        + ", in_language " + t + ", text_hash " + t + " NOT NULL, config_hash " + t + " NOT NULL, page_hash " + t
                        + ", document " + d.json + " NOT NULL)",
                "CREATE TABLE authors (article_key " + t + " NOT NULL, seq INTEGER NOT NULL, name " + t + ")",
                "CREATE TABLE entities (entity_id " + t + " PRIMARY KEY, entity_type " + t + ", name " + t + ")",
                "CREATE TABLE mentions (article_key " + t + " NOT NULL, entity_id " + t + " NOT NULL, begin_offset INTEGER NOT NULL, "
                        + "end_offset INTEGER NOT NULL, anchor " + t + ")",
                "CREATE TABLE quotes (article_key " + t + " NOT NULL, quote_id " + t + " NOT NULL, kind " + t + ", quote_text " + t
                        + ", begin_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, speaker_entity " + t + ", speaker_text " + t
                        + ", cue " + t + ", cue_begin INTEGER, cue_end INTEGER)",
                "CREATE TABLE relations (article_key " + t + " NOT NULL, relation_id " + t + " NOT NULL, subject_entity " + t
                        + ", predicate " + t + ", object_entity " + t + ", object_value " + t + ", evidence_begin INTEGER NOT NULL, "
                        + "evidence_end INTEGER NOT NULL, confidence " + d.real + ")",
                // the questions users ask: what a person said, who is quoted about an organisation, an entity's relations
                "CREATE INDEX quotes_speaker ON quotes (speaker_entity)",
                "CREATE INDEX mentions_entity ON mentions (entity_id)",
                "CREATE INDEX relations_subject ON relations (subject_entity)",
                "CREATE INDEX relations_object ON relations (object_entity)",
                // replacing and pruning an article finds its rows by key
                "CREATE INDEX authors_article ON authors (article_key)",
                "CREATE INDEX mentions_article ON mentions (article_key)",
                "CREATE INDEX quotes_article ON quotes (article_key)",
                "CREATE INDEX relations_article ON relations (article_key)",
                "INSERT INTO schema_version (version) VALUES (" + VERSION + ")");
    }

    /** Creates the tables, migrates an older schema, or refuses a newer one; in its own transaction. */
    static void ensure(Connection c, SqlDialect d, String where) throws SQLException, LoadFailure {
        c.setAutoCommit(false);
        try {
            Integer version = version(c);
            if (version == null) {
                if (exists(c, "articles")) {
                    throw new LoadFailure(where + " has an articles table but no schema_version: not a newsgraph database; "
                            + "load into another database or schema");
                }
                try (Statement s = c.createStatement()) {
                    for (String sql : create(d)) {
                        s.execute(sql);
                    }
                }
                if (d == SqlDialect.POSTGRESQL) {
                    compressDocumentsWithLz4(c);
                }
            } else if (version > VERSION) {
                throw new LoadFailure(where + " has newsgraph schema version " + version + ", newer than this newsgraph's "
                        + VERSION + ": load with a newer newsgraph (nothing was changed)");
            } else if (version < VERSION) {
                try (Statement s = c.createStatement()) {
                    for (int v = version; v < VERSION; v++) {
                        for (String sql : MIGRATIONS.get(v - 1)) {
                            s.execute(sql);
                        }
                    }
                    s.execute("UPDATE schema_version SET version = " + VERSION);
                }
            }
            c.commit();
        } catch (SQLException | LoadFailure | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    /**
     * lz4 instead of pglz for the documents (PostgreSQL 14 and later, when built with it): COPY of
     * the articles took half the time in the PolNeAR dev benchmark. Optional: without it, pglz.
     */
    private static void compressDocumentsWithLz4(Connection c) throws SQLException {
        java.sql.Savepoint before = c.setSavepoint();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE articles ALTER COLUMN document SET COMPRESSION lz4");
            c.releaseSavepoint(before);
        } catch (SQLException e) {
            c.rollback(before);
        }
    }

    private static Integer version(Connection c) throws SQLException {
        if (!exists(c, "schema_version")) {
            return null;
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            if (!r.next()) {
                return null;
            }
            int v = r.getInt(1);
            return r.wasNull() ? null : v;
        }
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?")) {
            p.setString(1, table);
            try (ResultSet r = p.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        }
    }
}
