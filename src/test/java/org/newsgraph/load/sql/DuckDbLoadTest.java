package org.newsgraph.load.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.Main;
import org.newsgraph.load.LoadFailure;
import org.newsgraph.load.SeedOutput;
import org.newsgraph.load.TableRows;

class DuckDbLoadTest extends SqlLoadContract {
    @Override
    SqlTarget open() throws LoadFailure {
        return SqlTargets.duckdb(dir.resolve("test.duckdb"));
    }

    @Test
    void theCommandLoadsIntoOutSlashNewsgraphDuckdbByDefault() throws Exception {
        Path out = SeedOutput.copyTo(dir);
        assertEquals(0, Main.commandLine().execute("load", out.toString()));
        assertTrue(Files.isRegularFile(out.resolve("newsgraph.duckdb")));
        assertEquals(0, Main.commandLine().execute("load", out.toString(), "--prune"));
        assertEquals(2, Main.commandLine().execute("load", out.toString(), "--into", "mysql://host/db"));
        Files.writeString(out.resolve("broken.jsonld"), "[");
        assertEquals(1, Main.commandLine().execute("load", out.toString()), "a skipped file fails the batch, as in run");
    }

    @Test
    void theCreatedTablesHaveTheColumnsOfTableRowsInTheirOrder() throws Exception {
        Path db = dir.resolve("columns.duckdb");
        SqlTargets.duckdb(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
             PreparedStatement q = c.prepareStatement("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                     + "ORDER BY ordinal_position")) {
            for (TableRows.Table t : TableRows.ALL) {
                q.setString(1, t.name());
                List<String> columns = new ArrayList<>();
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        columns.add(r.getString(1));
                    }
                }
                assertEquals(t.columns().stream().map(TableRows.Column::name).toList(), columns, t.name());
            }
        }
    }

    @Test
    void aSecondWriterIsToldThatDuckDbAllowsOne() throws Exception {
        Path db = dir.resolve("held.duckdb");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDuckDb.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("holding", r.readLine());
            LoadFailure e = assertThrows(LoadFailure.class, () -> SqlTargets.duckdb(db));
            assertTrue(e.getMessage().contains("open for writing in another process")
                    && e.getMessage().contains("one writer at a time"), e.getMessage());
        } finally {
            holder.getOutputStream().close(); // the holder exits when its standard input closes
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }
}
