package org.newsgraph.load.rdf;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.newsgraph.load.ArticleRows;
import org.newsgraph.load.LoadFailure;
import org.newsgraph.load.LoadTarget;
import org.newsgraph.output.JsonLdWriter;

/** An Apache Jena TDB2 store: one named graph per article, a batch in one write transaction. */
public final class Tdb2Target implements LoadTarget {
    /** Each article graph's key, text hash (in its @id) and configuration; what versions() compares. */
    private static final String VERSIONS = """
            PREFIX schema: <https://schema.org/>
            PREFIX ng: <https://w3id.org/newsgraph#>
            SELECT ?g ?key ?article ?config ?page WHERE {
              GRAPH ?g { ?article a schema:NewsArticle ; schema:identifier ?key ; ng:provenance ?p .
                         ?p ng:configHash ?config . OPTIONAL { ?p ng:pageMetadataHash ?page } } }""";

    private final Dataset dataset;
    private final String description;

    private Tdb2Target(Dataset dataset, String description) {
        this.dataset = dataset;
        this.description = description;
    }

    public static Tdb2Target open(Path dir) throws LoadFailure {
        String where = "tdb2:" + dir;
        try {
            java.nio.file.Files.createDirectories(dir);
            return new Tdb2Target(TDB2Factory.connectDataset(dir.toString()), where);
        } catch (java.io.IOException | RuntimeException e) {
            throw new LoadFailure(where + ": cannot open (TDB2 allows one process at a time): " + e.getMessage(), e);
        }
    }

    /** The store, for queries: callers run them in a read transaction. */
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public Map<String, String> versions() throws LoadFailure {
        Map<String, String> out = new HashMap<>();
        dataset.begin(ReadWrite.READ);
        try (QueryExecution q = QueryExecution.dataset(dataset).query(VERSIONS).build()) {
            ResultSet r = q.execSelect();
            while (r.hasNext()) {
                QuerySolution s = r.next();
                String graph = s.getResource("g").getURI();
                String key = s.getLiteral("key").getString();
                if (!graph.equals(ArticleGraphs.graphName(key).getURI())) {
                    continue; // a graph newsgraph did not write
                }
                String textHash = s.getResource("article").getURI().substring(JsonLdWriter.ARTICLE_PREFIX.length());
                out.put(key, ArticleRows.version(textHash, s.getLiteral("config").getString(),
                        s.contains("page") ? s.getLiteral("page").getString() : null));
            }
        } catch (RuntimeException e) {
            throw new LoadFailure(description + ": cannot read the loaded articles: " + e.getMessage(), e);
        } finally {
            dataset.end();
        }
        return out;
    }

    @Override
    public Map<String, Long> apply(Set<String> remove, List<ArticleRows> put, boolean pruneEntities, Runnable afterEach)
            throws LoadFailure {
        // entities live inside their articles' graphs: removing a graph removes what only it said
        dataset.begin(ReadWrite.WRITE);
        try {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (String key : remove) {
                dsg.removeGraph(ArticleGraphs.graphName(key));
            }
            ArticleGraphs.forEach(put, (a, g) -> {
                Node name = ArticleGraphs.graphName(a.key());
                g.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
                afterEach.run();
            });
            Map<String, Long> counts = counts(dsg);
            dataset.commit();
            return counts;
        } catch (RuntimeException e) {
            dataset.abort();
            throw new LoadFailure(description + ": the batch was rolled back, the store is as it was before: " + e.getMessage(), e);
        } finally {
            dataset.end();
        }
    }

    /** Graphs only: counting the quads means reading all of them (16 s for 1,000 articles, 658,577 quads). */
    private static Map<String, Long> counts(DatasetGraph dsg) {
        long graphs = 0;
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); it.next()) {
            graphs++;
        }
        return Map.of("graphs", graphs);
    }

    @Override
    public void close() {
        dataset.close();
    }
}
