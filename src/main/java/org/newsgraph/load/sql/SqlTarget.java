package org.newsgraph.load.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.load.ArticleRows;
import org.newsgraph.load.LoadFailure;
import org.newsgraph.load.LoadTarget;
import org.newsgraph.load.TableRows;

/** DuckDB or PostgreSQL: the tables of {@link SqlSchema}, one transaction per batch. */
public final class SqlTarget implements LoadTarget {
    private final Connection connection;
    private final SqlDialect dialect;
    private final String description;

    SqlTarget(Connection connection, SqlDialect dialect, String description) throws LoadFailure {
        this.connection = connection;
        this.dialect = dialect;
        this.description = description;
        try {
            SqlSchema.ensure(connection, dialect, description);
        } catch (SQLException e) {
            closeQuietly();
            throw new LoadFailure(description + ": cannot prepare the tables: " + e.getMessage(), e);
        } catch (LoadFailure e) {
            closeQuietly();
            throw e;
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public Map<String, String> versions() throws LoadFailure {
        Map<String, String> out = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT article_key, text_hash, config_hash, page_hash FROM articles")) {
            while (r.next()) {
                out.put(r.getString(1), ArticleRows.version(r.getString(2), r.getString(3), r.getString(4)));
            }
            connection.commit();
        } catch (SQLException e) {
            throw new LoadFailure(description + ": cannot read the loaded articles: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public Map<String, Long> apply(Set<String> remove, List<ArticleRows> put, boolean pruneEntities, Runnable afterEach)
            throws LoadFailure {
        try {
            remove(remove);
            write(put, afterEach);
            if (pruneEntities) {
                try (Statement s = connection.createStatement()) {
                    s.executeUpdate("DELETE FROM entities WHERE entity_id NOT IN (SELECT entity_id FROM mentions)"
                            + " AND entity_id NOT IN (SELECT speaker_entity FROM quotes WHERE speaker_entity IS NOT NULL)"
                            + " AND entity_id NOT IN (SELECT subject_entity FROM relations WHERE subject_entity IS NOT NULL)"
                            + " AND entity_id NOT IN (SELECT object_entity FROM relations WHERE object_entity IS NOT NULL)");
                }
            }
            Map<String, Long> counts = counts();
            connection.commit();
            return counts;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw new LoadFailure(description + ": the batch was rolled back, the database is as it was before: "
                    + (e.getMessage() != null ? e.getMessage() : e.toString()), e);
        }
    }

    private void remove(Set<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        // the keys go into a temporary table so each table's delete is one set-based statement
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE IF NOT EXISTS load_remove (article_key " + dialect.text + ")");
            s.execute("DELETE FROM load_remove");
        }
        try (RowWriter w = new BatchWriter(connection, "load_remove", "article_key", "?")) {
            for (String k : keys) {
                w.row(k);
            }
        }
        try (Statement s = connection.createStatement()) {
            for (String table : SqlSchema.ARTICLE_TABLES) {
                s.executeUpdate("DELETE FROM " + table + " WHERE article_key IN (SELECT article_key FROM load_remove)");
            }
            s.execute("DELETE FROM load_remove");
        }
    }

    private void write(List<ArticleRows> put, Runnable afterEach) throws SQLException {
        Set<String> known = new HashSet<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT entity_id FROM entities")) {
            while (r.next()) {
                known.add(r.getString(1));
            }
        }
        Map<TableRows.Table, RowWriter> writers = new LinkedHashMap<>();
        SQLException failure = null;
        try {
            for (TableRows.Table t : TableRows.ALL) {
                writers.put(t, writer(t.name(), t.columnList()));
            }
            for (ArticleRows a : put) {
                for (TableRows.Table t : TableRows.ALL) {
                    for (Object[] row : t.rows().apply(a)) {
                        // an entity already loaded keeps its row: the first article to name it wins
                        if (t != TableRows.ENTITIES || known.add((String) row[0])) {
                            writers.get(t).row(row);
                        }
                    }
                }
                afterEach.run();
            }
        } catch (SQLException e) {
            failure = e;
            throw e;
        } finally {
            for (RowWriter w : writers.values()) {
                try {
                    w.close();
                } catch (SQLException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private RowWriter writer(String table, String columns) throws SQLException {
        if (dialect == SqlDialect.DUCKDB) {
            return new AppenderWriter(connection.unwrap(org.duckdb.DuckDBConnection.class), table);
        }
        return new CopyWriter(connection, table, columns);
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = connection.createStatement()) {
            for (String table : SqlSchema.TABLES) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    r.next();
                    out.put(table, r.getLong(1));
                }
            }
        }
        return out;
    }

    /** For tests and the benchmark: the connection, inside this target's package only. */
    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws LoadFailure {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new LoadFailure(description + ": closing: " + e.getMessage(), e);
        }
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the failure being reported is the one that matters
        }
    }
}
