package org.newsgraph.load.sql;

import java.sql.Connection;
import java.sql.DriverManager;

/** A second process for DuckDbLoadTest: holds a DuckDB file open until its standard input closes. */
public final class HoldDuckDb {
    private HoldDuckDb() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS held (a INTEGER)");
            System.out.println("holding");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input
            }
        }
    }
}
