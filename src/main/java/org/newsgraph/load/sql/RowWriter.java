package org.newsgraph.load.sql;

import java.sql.SQLException;

/** Writes rows of one table in bulk, inside the connection's transaction; values are String, Integer, Double or null. */
interface RowWriter extends AutoCloseable {
    void row(Object... values) throws SQLException;

    /** Sends what is buffered; the transaction's commit makes it visible. */
    @Override
    void close() throws SQLException;
}
