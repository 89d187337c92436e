package org.newsgraph.load.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Parameterised INSERTs sent in batches of {@value #BATCH} rows: with the PostgreSQL driver's
 * reWriteBatchedInserts each batch goes as a few multi-row statements, one round trip each.
 */
final class BatchWriter implements RowWriter {
    static final int BATCH = 2000;
    private final PreparedStatement statement;
    private int pending;

    /** {@code placeholders}: one per column, "?" or a cast such as "?::jsonb". */
    BatchWriter(Connection c, String table, String columns, String placeholders) throws SQLException {
        this.statement = c.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES (" + placeholders + ")");
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    @Override
    public void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (v instanceof String s) {
                statement.setString(i + 1, s);
            } else if (v instanceof Integer n) {
                statement.setInt(i + 1, n);
            } else if (v instanceof Double x) {
                statement.setDouble(i + 1, x);
            } else {
                throw new IllegalArgumentException("no column type for " + v.getClass());
            }
        }
        statement.addBatch();
        if (++pending == BATCH) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            if (pending > 0) {
                statement.executeBatch();
            }
        } finally {
            statement.close();
        }
    }
}
