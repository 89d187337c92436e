package org.newsgraph.load.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.load.LoadFailure;
import org.newsgraph.load.LoadSummary;
import org.newsgraph.load.Loader;
import org.newsgraph.load.OutputFolders;
import org.newsgraph.load.ReadmeQueries;
import org.newsgraph.load.SeedOutput;
import org.newsgraph.load.SeedQuestions;

class Tdb2LoadTest {
    private static final String BREITBART = "breitbart_2016-09-26_green-party-candidate-jill-stein";

    @TempDir
    Path dir;

    private LoadSummary load(Path out, boolean prune, Runnable afterEach) throws Exception {
        try (Tdb2Target t = Tdb2Target.open(dir.resolve("store"))) {
            return Loader.load(List.of(out), t, prune, n -> { }, afterEach);
        }
    }

    private List<List<String>> select(String sparql) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Tdb2Target t = Tdb2Target.open(dir.resolve("store"))) {
            t.dataset().begin(ReadWrite.READ);
            try (QueryExecution q = QueryExecution.dataset(t.dataset()).query(sparql).build()) {
                ResultSet r = q.execSelect();
                while (r.hasNext()) {
                    QuerySolution s = r.next();
                    List<String> row = new ArrayList<>();
                    r.getResultVars().forEach(v -> row.add(s.contains(v)
                            ? (s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()) : null));
                    rows.add(row);
                }
            } finally {
                t.dataset().end();
            }
        }
        return rows;
    }

    @Test
    void loadReloadReplaceAndPrune() throws Exception {
        Path out = SeedOutput.copyTo(dir);
        LoadSummary first = load(out, false, () -> { });
        assertEquals(6, first.inserted());
        assertEquals(6L, first.tableRows().get("graphs"));
        LoadSummary again = load(out, false, () -> { });
        assertEquals(6, again.unchanged());
        assertEquals(first.tableRows(), again.tableRows());
        Path text = dir.resolve("in").resolve(BREITBART + ".txt");
        Files.writeString(text, Files.readString(text) + "\n\nA closing line.\n");
        SeedOutput.run(dir.resolve("in"), out);
        LoadSummary replaced = load(out, false, () -> { });
        assertEquals(1, replaced.replaced());
        assertEquals(6L, replaced.tableRows().get("graphs"));
        assertEquals(List.of(List.of("1")), select("SELECT (COUNT(?a) AS ?n) WHERE { GRAPH <" + ArticleGraphs.graphName(BREITBART)
                + "> { ?a a <https://schema.org/NewsArticle> } }"), "the old article's triples are gone from its graph");
        Files.delete(out.resolve(BREITBART + ".jsonld"));
        assertEquals(1, load(out, true, () -> { }).removed());
        assertEquals(List.of(List.of("5")), select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
    }

    @Test
    void aFailureMidBatchLeavesTheStoreAsItWas() throws Exception {
        Path out = SeedOutput.copyTo(dir);
        int[] n = {0};
        LoadFailure e = assertThrows(LoadFailure.class, () -> load(out, false, () -> {
            if (++n[0] == 3) {
                throw new IllegalStateException("injected failure");
            }
        }));
        assertTrue(e.getMessage().contains("rolled back"), e.getMessage());
        assertEquals(List.of(List.of("0")), select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
        assertEquals(6, load(out, false, () -> { }).inserted());
    }

    @Test
    void readmeSparqlAnswersTheQuestionsOnTheSeeds() throws Exception {
        load(SeedOutput.copyTo(dir), false, () -> { });
        List<String> queries = ReadmeQueries.sparql();
        assertEquals(3, queries.size(), "README shows three SPARQL queries");
        List<String> said = select(queries.get(0)).stream().map(r -> r.get(0)).toList();
        assertTrue(said.containsAll(SeedQuestions.axelrodSaid()), "everything Axelrod said: " + said);
        assertEquals(List.copyOf(SeedQuestions.quotedAboutSco()), select(queries.get(1)).stream().map(r -> r.get(0)).toList());
        List<List<String>> relations = select(queries.get(2));
        List<SeedQuestions.Relation> expected = SeedQuestions.deanRelations();
        assertEquals(expected.size(), relations.size(), "Howard Dean's relations: " + relations);
        for (List<String> r : relations) {
            assertTrue(expected.stream().anyMatch(x -> x.matches(r.get(0), r.get(1))), "an expected relation: " + r);
        }
    }

    /**
     * TDB2 stores a double as its value and gives it back in its own lexical form ("0.7e0" for the
     * "7.0E-1" JSON-LD wrote): the same RDF term by value, so doubles are compared by value.
     */
    private static org.apache.jena.graph.Graph byValue(org.apache.jena.graph.Graph g) {
        org.apache.jena.graph.Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isLiteral() && org.apache.jena.datatypes.xsd.XSDDatatype.XSDdouble.getURI().equals(o.getLiteralDatatypeURI())) {
                o = org.apache.jena.graph.NodeFactory.createLiteralDT(String.valueOf(Double.parseDouble(o.getLiteralLexicalForm())),
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdouble);
            }
            out.add(t.getSubject(), t.getPredicate(), o);
        });
        return out;
    }

    @Test
    void theNQuadsExportParsesAndHoldsWhatTdb2Holds() throws Exception {
        Path out = SeedOutput.copyTo(dir);
        load(out, false, () -> { });
        ByteArrayOutputStream nq = new ByteArrayOutputStream();
        long quads = NQuadsExport.write(OutputFolders.read(List.of(out)).articles(), nq);
        DatasetGraph exported = DatasetGraphFactory.createTxnMem();
        RDFParser.create().fromString(nq.toString(java.nio.charset.StandardCharsets.UTF_8)).lang(Lang.NQUADS).parse(exported);
        assertEquals(quads, exported.stream().count());
        try (Tdb2Target t = Tdb2Target.open(dir.resolve("store"))) {
            t.dataset().begin(ReadWrite.READ);
            try {
                DatasetGraph stored = t.dataset().asDatasetGraph();
                Set<String> storedNames = new TreeSet<>();
                stored.listGraphNodes().forEachRemaining(g -> storedNames.add(g.getURI()));
                Set<String> exportedNames = new TreeSet<>();
                exported.listGraphNodes().forEachRemaining(g -> exportedNames.add(g.getURI()));
                assertEquals(6, storedNames.size());
                assertEquals(storedNames, exportedNames);
                for (String g : storedNames) {
                    Node name = org.apache.jena.graph.NodeFactory.createURI(g);
                    assertTrue(byValue(stored.getGraph(name)).isIsomorphicWith(byValue(exported.getGraph(name))), g + " is the same graph in both");
                }
            } finally {
                t.dataset().end();
            }
        }
    }
}
