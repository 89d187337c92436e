package org.newsgraph.load.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.load.LoadFailure;
import org.newsgraph.load.LoadSummary;
import org.newsgraph.load.Loader;
import org.newsgraph.load.ReadmeQueries;
import org.newsgraph.load.SeedOutput;
import org.newsgraph.load.SeedQuestions;

/** What both SQL targets must do (issue 17); DuckDbLoadTest and PostgresLoadTest run it against each. */
abstract class SqlLoadContract {
    static final String AXELROD = "politico_2016-09-28_axelrod-calls-on-dean-to-apologi";
    static final String BREITBART = "breitbart_2016-09-26_green-party-candidate-jill-stein";

    @TempDir
    Path dir;

    /** The test's own database, the same one on every call within a test. */
    abstract SqlTarget open() throws Exception;

    LoadSummary load(Path out, boolean prune) throws Exception {
        try (SqlTarget t = open()) {
            return Loader.load(List.of(out), t, prune, n -> { }, () -> { });
        }
    }

    /** Every table's rows as sorted tab-joined strings: equal dumps mean equal contents. */
    Map<String, List<String>> dump() throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (SqlTarget t = open(); Statement s = t.connection().createStatement()) {
            for (String table : SqlSchema.TABLES) {
                out.put(table, query(s, "SELECT * FROM " + table, true));
            }
            t.connection().commit();
        }
        return out;
    }

    static List<String> query(Statement s, String sql, boolean sort) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? "\t" : "").append(r.getString(i));
                }
                rows.add(b.toString());
            }
        }
        if (sort) {
            rows.sort(null);
        }
        return rows;
    }

    static List<String> ofArticle(List<String> rows, String key, boolean keep) {
        return rows.stream().filter(r -> r.startsWith(key + "\t") == keep).toList();
    }

    @Test
    void loadingTwiceGivesIdenticalTables() throws Exception {
        Path out = SeedOutput.copyTo(dir);
        LoadSummary first = load(out, false);
        assertEquals(6, first.inserted());
        Map<String, List<String>> once = dump();
        assertEquals(6, once.get("articles").size());
        assertTrue(once.get("quotes").size() > 20 && once.get("mentions").size() > 100, "the seeds' quotes and mentions: " + first);
        LoadSummary second = load(out, false);
        assertEquals(6, second.unchanged());
        assertEquals(0, second.rowsWritten());
        assertEquals(once, dump());
    }

    @Test
    void rerunningAfterEditingOneArticleChangesOnlyItsRows() throws Exception {
        Path out = SeedOutput.copyTo(dir);
        load(out, false);
        Map<String, List<String>> before = dump();
        Path text = dir.resolve("in").resolve(AXELROD + ".txt");
        Files.writeString(text, Files.readString(text) + "\n\n\"We will keep at it,\" David Axelrod said on Friday.\n");
        SeedOutput.run(dir.resolve("in"), out);
        LoadSummary s = load(out, false);
        assertEquals(1, s.replaced());
        assertEquals(5, s.unchanged());
        Map<String, List<String>> after = dump();
        for (String table : SqlSchema.ARTICLE_TABLES) {
            assertEquals(ofArticle(before.get(table), AXELROD, false), ofArticle(after.get(table), AXELROD, false),
                    table + ": the other articles' rows are untouched");
        }
        assertNotEquals(ofArticle(before.get("articles"), AXELROD, true), ofArticle(after.get("articles"), AXELROD, true));
        assertTrue(ofArticle(after.get("quotes"), AXELROD, true).stream().anyMatch(q -> q.contains("We will keep at it")));
        assertTrue(after.get("entities").containsAll(before.get("entities")));
    }

    @Test
    void aFailureMidBatchRollsBackTheWholeBatch() throws Exception {
        Path out = SeedOutput.copyTo(dir);
        int[] written = {0};
        Runnable failOnThird = () -> {
            if (++written[0] == 3) {
                throw new IllegalStateException("injected failure");
            }
        };
        try (SqlTarget t = open()) {
            LoadFailure e = assertThrows(LoadFailure.class, () -> Loader.load(List.of(out), t, false, n -> { }, failOnThird));
            assertTrue(e.getMessage().contains("rolled back") && e.getMessage().contains("injected failure"), e.getMessage());
        }
        assertTrue(dump().values().stream().allMatch(List::isEmpty), "nothing of the failed batch is left");
        assertEquals(6, load(out, false).inserted(), "a second run completes it");
        Map<String, List<String>> loaded = dump();
        Files.delete(out.resolve(BREITBART + ".jsonld"));
        Path text = dir.resolve("in").resolve(AXELROD + ".txt");
        Files.writeString(text, Files.readString(text) + "\n\nA closing line.\n");
        SeedOutput.run(dir.resolve("in"), out);
        Files.delete(out.resolve(BREITBART + ".jsonld")); // run wrote it again from its text
        written[0] = 0;
        Runnable failOnFirst = () -> {
            throw new IllegalStateException("injected failure");
        };
        try (SqlTarget t = open()) {
            assertThrows(LoadFailure.class, () -> Loader.load(List.of(out), t, true, n -> { }, failOnFirst));
        }
        assertEquals(loaded, dump(), "a failed replace and prune leaves the database as it was");
    }

    @Test
    void pruneRemovesArticlesWhoseFileIsGoneAndEntitiesNoLongerMentioned() throws Exception {
        Path out = SeedOutput.copyTo(dir);
        load(out, false);
        Files.delete(out.resolve(BREITBART + ".jsonld"));
        LoadSummary kept = load(out, false);
        assertEquals(0, kept.removed());
        assertEquals(6, dump().get("articles").size(), "without --prune nothing is removed");
        LoadSummary pruned = load(out, true);
        assertEquals(1, pruned.removed());
        Map<String, List<String>> after = dump();
        for (String table : SqlSchema.ARTICLE_TABLES) {
            assertTrue(ofArticle(after.get(table), BREITBART, true).isEmpty(), table + " has no row of the removed article");
        }
        Set<String> entities = new TreeSet<>();
        after.get("entities").forEach(r -> entities.add(r.split("\t")[0]));
        assertTrue(!entities.contains("urn:newsgraph:entity:person:jill-stein"), "an entity only the removed article named is gone");
        assertTrue(entities.contains("urn:newsgraph:entity:person:hillary-clinton"), "an entity other articles name stays");
    }

    @Test
    void badFilesAreReportedAndSkippedAndTextIsNeverSql() throws Exception {
        Path out = SeedOutput.copyTo(dir);
        Files.writeString(out.resolve("broken.jsonld"), "{\"@id\": ");
        Files.writeString(out.resolve("foreign.jsonld"), "{\"@type\": \"Person\", \"name\": \"Someone\"}");
        ObjectMapper mapper = new ObjectMapper();
        Path axelrod = out.resolve(AXELROD + ".jsonld");
        ObjectNode doc = (ObjectNode) mapper.readTree(axelrod.toFile());
        String hostile = "Axelrod'); DROP TABLE articles; --";
        doc.put("headline", hostile);
        Files.writeString(axelrod, mapper.writeValueAsString(doc));
        LoadSummary s = load(out, false);
        assertEquals(6, s.inserted());
        assertEquals(2, s.errors().size());
        assertTrue(s.errors().get(0).file().endsWith("broken.jsonld") && s.errors().get(0).reason().contains("not valid JSON"));
        assertTrue(s.errors().get(1).file().endsWith("foreign.jsonld") && s.errors().get(1).reason().contains("not a newsgraph article"));
        try (SqlTarget t = open(); Statement st = t.connection().createStatement()) {
            assertEquals(List.of(hostile), query(st, "SELECT headline FROM articles WHERE article_key = '" + AXELROD + "'", false));
            t.connection().commit();
        }
    }

    @Test
    void readmeQueriesAnswerTheQuestionsOnTheSeeds() throws Exception {
        load(SeedOutput.copyTo(dir), false);
        List<String> sql = ReadmeQueries.sql();
        assertEquals(3, sql.size(), "README shows three SQL queries");
        try (SqlTarget t = open(); Statement s = t.connection().createStatement()) {
            List<String> said = query(s, sql.get(0), false).stream().map(r -> r.split("\t")[1]).toList();
            assertTrue(said.containsAll(SeedQuestions.axelrodSaid()), "everything Axelrod said: " + said);
            assertEquals(List.copyOf(SeedQuestions.quotedAboutSco()), query(s, sql.get(1), false));
            List<String> relations = query(s, sql.get(2), false);
            List<SeedQuestions.Relation> expected = SeedQuestions.deanRelations();
            assertEquals(expected.size(), relations.size(), "Howard Dean's relations: " + relations);
            for (String r : relations) {
                String[] f = r.split("\t");
                assertTrue(expected.stream().anyMatch(x -> x.matches(f[0], f[1])), "an expected relation: " + r);
            }
            t.connection().commit();
        }
    }

    @Test
    void aNewerSchemaIsRefusedAndLeftAlone() throws Exception {
        load(SeedOutput.copyTo(dir), false);
        try (SqlTarget t = open(); Statement s = t.connection().createStatement()) {
            s.executeUpdate("UPDATE schema_version SET version = " + (SqlSchema.VERSION + 1));
            t.connection().commit();
        }
        LoadFailure e = assertThrows(LoadFailure.class, this::open);
        assertTrue(e.getMessage().contains("newer than this newsgraph"), e.getMessage());
    }

    static Connection connection(SqlTarget t) {
        return t.connection();
    }
}
