package org.newsgraph.load.sql;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.load.LoadFailure;

/**
 * The same contract against a real PostgreSQL server: .ci/run starts one (.ci/postgres.sh) and sets
 * NEWSGRAPH_TEST_POSTGRES to its JDBC URL. Each test gets a schema of its own, dropped afterwards.
 */
class PostgresLoadTest extends SqlLoadContract {
    private static final String URL = System.getenv("NEWSGRAPH_TEST_POSTGRES");
    private String schema;

    @BeforeEach
    void schema() throws Exception {
        if (URL == null) {
            System.err.println("PostgresLoadTest SKIPPED: NEWSGRAPH_TEST_POSTGRES is not set (.ci/run sets it; "
                    + "`source .ci/postgres.sh` starts a throwaway server)");
        }
        Assumptions.assumeTrue(URL != null, "NEWSGRAPH_TEST_POSTGRES is not set: no PostgreSQL server to test against");
        schema = "ng_test_" + Long.toHexString(System.nanoTime()).toLowerCase(Locale.ROOT);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null) {
            try (Connection c = admin(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static Connection admin() throws Exception {
        return DriverManager.getConnection(URL, System.getenv("PGUSER"), System.getenv("PGPASSWORD"));
    }

    @Override
    SqlTarget open() throws LoadFailure {
        String location = URL.substring("jdbc:postgresql://".length()) + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return SqlTargets.postgresql(location, System.getenv());
    }

    @Test
    void credentialsComeFromTheUrlOrTheEnvironment() {
        String location = URL.substring("jdbc:postgresql://".length()) + "?currentSchema=" + schema;
        LoadFailure e = org.junit.jupiter.api.Assertions.assertThrows(LoadFailure.class,
                () -> SqlTargets.postgresql("nobody:wrong@" + location, Map.of()));
        assertTrue(e.getMessage().contains("cannot connect") && !e.getMessage().contains("wrong"),
                "a clear message that does not echo the password: " + e.getMessage());
    }
}
