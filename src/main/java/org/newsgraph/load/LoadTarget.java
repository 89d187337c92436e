package org.newsgraph.load;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A database that {@code newsgraph load} fills: SQL tables or RDF named graphs, behind one contract. */
public interface LoadTarget extends AutoCloseable {
    /** What the summary names the target by (no password). */
    String describe();

    /** The key and {@link ArticleRows#version()} of every article already loaded. */
    Map<String, String> versions() throws LoadFailure;

    /**
     * In one transaction: removes every row (or graph) of the articles in {@code remove}, writes
     * {@code put}, and with {@code pruneEntities} removes the entities no article mentions any more.
     * {@code afterEach} runs after each article written (the progress bar; tests throw from it to
     * check that a failure mid-batch leaves nothing of the batch). Any failure rolls back all of it.
     *
     * @return rows per table (or quads per graph kind) once the transaction is committed
     */
    Map<String, Long> apply(Set<String> remove, List<ArticleRows> put, boolean pruneEntities, Runnable afterEach) throws LoadFailure;

    @Override
    void close() throws LoadFailure;
}
