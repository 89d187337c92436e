package org.newsgraph.load.sql;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL's COPY FROM STDIN in CSV: rows travel as data, never as SQL text, and a batch goes in
 * one stream; several times faster than batched INSERTs on the same server. Sent in chunks of about
 * {@value #CHUNK_CHARS} characters inside the connection's transaction.
 */
final class CopyWriter implements RowWriter {
    static final int CHUNK_CHARS = 4 << 20;
    private final CopyManager copy;
    private final String sql;
    private final StringBuilder buffer = new StringBuilder();

    CopyWriter(Connection c, String table, String columns) throws SQLException {
        this.copy = c.unwrap(PGConnection.class).getCopyAPI();
        this.sql = "COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)";
    }

    @Override
    public void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            Object v = values[i];
            if (v instanceof String s) {
                // quoted, so an empty string stays empty and only an unquoted empty field is NULL
                buffer.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else if (v instanceof Integer || v instanceof Double) {
                buffer.append(v);
            } else if (v != null) {
                throw new IllegalArgumentException("no column type for " + v.getClass());
            }
        }
        buffer.append('\n');
        if (buffer.length() >= CHUNK_CHARS) {
            send();
        }
    }

    private void send() throws SQLException {
        if (buffer.length() == 0) {
            return;
        }
        try {
            copy.copyIn(sql, new StringReader(buffer.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into the server failed: " + e.getMessage(), e);
        }
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        send();
    }
}
