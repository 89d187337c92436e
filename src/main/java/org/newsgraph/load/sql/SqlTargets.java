package org.newsgraph.load.sql;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.newsgraph.load.LoadFailure;

/** Opens the SQL targets: an embedded DuckDB file or a PostgreSQL server. */
public final class SqlTargets {
    private SqlTargets() {
    }

    /** A DuckDB database file, created when missing; a second writer is told clearly that DuckDB allows one at a time. */
    public static SqlTarget duckdb(Path file) throws LoadFailure {
        String where = "duckdb:" + file;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            return new SqlTarget(c, SqlDialect.DUCKDB, where);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
                throw new LoadFailure(where + " is open for writing in another process, and DuckDB allows one writer at a time: "
                        + "wait until it finishes (or load into another file). DuckDB said: " + firstLine(m), e);
            }
            throw new LoadFailure(where + ": cannot open: " + firstLine(m), e);
        } catch (java.io.IOException e) {
            throw new LoadFailure(where + ": cannot create its folder: " + e.getMessage(), e);
        }
    }

    /**
     * A PostgreSQL database, {@code [USER[:PASSWORD]@]HOST[:PORT]/DB[?PARAMS]}; the user and password
     * come from the URL, else from PGUSER and PGPASSWORD as libpq takes them.
     */
    public static SqlTarget postgresql(String location, Map<String, String> env) throws LoadFailure {
        Properties p = new Properties();
        String hostAndRest = location;
        int at = location.indexOf('@');
        int slash = location.indexOf('/');
        if (at >= 0 && (slash < 0 || at < slash)) {
            String userInfo = location.substring(0, at);
            hostAndRest = location.substring(at + 1);
            int colon = userInfo.indexOf(':');
            p.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                p.setProperty("password", decode(userInfo.substring(colon + 1)));
            }
        }
        if (!p.containsKey("user") && env.get("PGUSER") != null) {
            p.setProperty("user", env.get("PGUSER"));
        }
        if (!p.containsKey("password") && env.get("PGPASSWORD") != null) {
            p.setProperty("password", env.get("PGPASSWORD"));
        }
        p.setProperty("reWriteBatchedInserts", "true"); // a batch of INSERTs as multi-row statements
        p.setProperty("ApplicationName", "newsgraph load");
        String where = "postgresql://" + hostAndRest;
        try {
            Connection c = DriverManager.getConnection("jdbc:postgresql://" + hostAndRest, p);
            return new SqlTarget(c, SqlDialect.POSTGRESQL, where);
        } catch (SQLException e) {
            throw new LoadFailure(where + ": cannot connect: " + firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
