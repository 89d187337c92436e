package org.newsgraph.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.io.FilenameUtils;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.model.Article;
import org.newsgraph.output.JsonLdWriter;
import org.newsgraph.pipeline.ArticleSkipped;
import org.newsgraph.pipeline.ArticleTimedOut;
import org.newsgraph.pipeline.WorkMeter;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StageFailure;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.ArticleRejected;

/**
 * Runs the pipeline over many files on a bounded pool of threads. Each document is written
 * atomically as soon as it is done; articles whose text and configuration are unchanged since
 * an earlier run over the same folder are not redone (unless forced); {@code articles.ndjson}
 * and {@code errors.ndjson} are rebuilt at the end, in input order, whatever the thread count.
 * Each article may have a time budget (run's default is {@link #DEFAULT_ARTICLE_BUDGET}): past it the article
 * is recorded as timed out, naming the stage, and its worker goes on with the next.
 */
public final class BatchRunner {
    public static final String ARTICLES = "articles.ndjson";
    public static final String ERRORS = "errors.ndjson";
    /** Ten times the slowest shape measured under the size limit with the stage fixes (docs/large-batches.md). */
    public static final Duration DEFAULT_ARTICLE_BUDGET = Duration.ofSeconds(60);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private enum Status { WRITTEN, UNCHANGED, SKIPPED, FAILED, ABANDONED }

    private record Outcome(Status status, ErrorRecord error, long words, String identifier) {
    }

    private final Pipeline pipeline;
    private final ArticleReader reader;
    private final Annotator annotator;
    private final String configHash;
    private final Path outDir;
    private final int threads;
    private final boolean force;
    private final Duration articleBudget;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);

    public BatchRunner(Pipeline pipeline, ArticleReader reader, String configHash, Path outDir, int threads, boolean force) {
        this(pipeline, reader, configHash, outDir, threads, force, null); // no budget: run passes --article-timeout-s
    }

    /** {@code articleBudget}: the time one article may take, reading and writing included; null for no limit. */
    public BatchRunner(Pipeline pipeline, ArticleReader reader, String configHash, Path outDir, int threads, boolean force,
                       Duration articleBudget) {
        if (articleBudget != null && (articleBudget.isNegative() || articleBudget.isZero())) {
            throw new IllegalArgumentException("the article time budget must be positive");
        }
        this.articleBudget = articleBudget;
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.pipeline = pipeline;
        this.reader = reader;
        this.annotator = new Annotator(pipeline, configHash);
        this.configHash = configHash;
        this.outDir = outDir;
        this.threads = threads;
        this.force = force;
    }

    /** Asks a running batch to stop: in-flight articles finish, queued ones are abandoned. */
    public void stop() {
        stopping.set(true);
    }

    /** Waits until {@link #run} has flushed its summary files, at most the given time. */
    public boolean awaitFinished(long seconds) throws InterruptedException {
        return finished.await(seconds, TimeUnit.SECONDS);
    }

    public BatchResult run(List<Path> files, ProgressReporter progress) throws IOException {
        long t0 = System.nanoTime();
        Files.createDirectories(outDir);
        List<CompletableFuture<Outcome>> futures = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        MemoryBudget memory = MemoryBudget.ofThisJvm();
        try (BudgetedWorkers workers = new BudgetedWorkers(threads, articleBudget)) {
            for (Path f : files) {
                String id = FilenameUtils.getBaseName(f.getFileName().toString());
                Path earlier = seen.putIfAbsent(id, f);
                if (earlier != null) {
                    futures.add(CompletableFuture.completedFuture(new Outcome(Status.FAILED,
                            new ErrorRecord(f.toString(), "read", "another input has the same name: " + earlier, false), 0, null)));
                    continue;
                }
                if (stopping.get()) {
                    futures.add(CompletableFuture.completedFuture(new Outcome(Status.ABANDONED, null, 0, id)));
                    continue;
                }
                int mb = memory.weigh(f);
                memory.acquire(mb);
                CompletableFuture<Outcome> fu = workers.submit(claim -> {
                    try {
                        return process(f, id, claim);
                    } finally {
                        memory.release(mb); // when the worker is done with the article, even if it was abandoned
                    }
                }, (stage, seconds) -> timedOut(f, new ArticleTimedOut(stage, seconds)));
                if (progress != null) {
                    fu.whenComplete((o, e) -> progress.step());
                }
                futures.add(fu);
            }
            for (CompletableFuture<Outcome> fu : futures) {
                outcomes.add(fu.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping.set(true);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch worker failed outside the pipeline", e.getCause());
        }
        try {
            return summarise(outcomes, System.nanoTime() - t0);
        } finally {
            finished.countDown();
        }
    }

    private Outcome process(Path file, String id, BudgetedWorkers.Claim claim) {
        if (stopping.get()) {
            return new Outcome(Status.ABANDONED, null, 0, id);
        }
        try {
            return processArticle(file, id, claim);
        } catch (ArticleTimedOut e) {
            return timedOut(file, e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            String stage = WorkMeter.current().stage(); // reading, most likely: the stages' own errors come as StageFailure
            return new Outcome(Status.FAILED, new ErrorRecord(file.toString(), stage, FailureReasons.of(stage, e), false), 0, null);
        }
    }

    private static Outcome timedOut(Path file, ArticleTimedOut e) {
        return new Outcome(Status.FAILED, new ErrorRecord(file.toString(), e.stage(), e.getMessage(), false, true), 0, null);
    }

    private Outcome processArticle(Path file, String id, BudgetedWorkers.Claim claim) {
        Article article;
        try {
            article = reader.read(file);
        } catch (ArticleRejected e) {
            return new Outcome(Status.FAILED, new ErrorRecord(file.toString(), "read", e.getMessage(), false), 0, id);
        }
        long words = countWords(article.text());
        Path target = outDir.resolve(id + ".jsonld");
        if (!force && isUpToDate(target, article)) {
            return new Outcome(Status.UNCHANGED, null, 0, id);
        }
        try {
            String json = annotator.annotate(article).pretty();
            WorkMeter.current().check();
            if (!claim.claim()) {
                return new Outcome(Status.FAILED, null, 0, id); // abandoned meanwhile: the timeout record stands
            }
            AtomicFiles.write(target, json);
            return new Outcome(Status.WRITTEN, null, words, id);
        } catch (ArticleSkipped e) {
            return new Outcome(Status.SKIPPED, new ErrorRecord(file.toString(), e.stage(), e.getMessage(), true), 0, id);
        } catch (StageFailure e) {
            return new Outcome(Status.FAILED, new ErrorRecord(file.toString(), e.stage(), FailureReasons.of(e.stage(), e.getCause()), false), 0, id);
        } catch (ArticleTimedOut e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // an error of this article's size in writing: the article is recorded, the batch goes on
            return new Outcome(Status.FAILED, new ErrorRecord(file.toString(), "output", FailureReasons.of("output", e), false), 0, id);
        }
    }

    private boolean isUpToDate(Path target, Article article) {
        if (!Files.isRegularFile(target)) {
            return false;
        }
        try {
            JsonNode existing = MAPPER.readTree(target.toFile());
            return (JsonLdWriter.ARTICLE_PREFIX + JsonLdWriter.textHash(article.text())).equals(existing.path("@id").asText())
                    && configHash.equals(existing.path("ng:provenance").path("ng:configHash").asText())
                    && JsonLdWriter.pageHash(article).equals(existing.path("ng:provenance").path("ng:pageMetadataHash").asText(""));
        } catch (IOException e) {
            return false; // unreadable earlier output is redone
        }
    }

    private BatchResult summarise(List<Outcome> outcomes, long nanos) throws IOException {
        int written = 0, unchanged = 0, skipped = 0, failed = 0;
        long words = 0;
        List<ErrorRecord> errors = new ArrayList<>();
        StringBuilder ndjson = new StringBuilder();
        StringBuilder errorLines = new StringBuilder();
        boolean interrupted = stopping.get();
        for (Outcome o : outcomes) {
            switch (o.status()) {
                case WRITTEN -> written++;
                case UNCHANGED -> unchanged++;
                case SKIPPED -> skipped++;
                case FAILED -> failed++;
                case ABANDONED -> interrupted = true;
            }
            words += o.words();
            if (o.error() != null) {
                errors.add(o.error());
                errorLines.append(MAPPER.writeValueAsString(o.error().fields())).append('\n');
            }
            if (o.status() == Status.WRITTEN || o.status() == Status.UNCHANGED) {
                Path doc = outDir.resolve(o.identifier() + ".jsonld");
                ndjson.append(MAPPER.writeValueAsString(MAPPER.readTree(doc.toFile()))).append('\n');
            }
        }
        AtomicFiles.write(outDir.resolve(ARTICLES), ndjson.toString());
        AtomicFiles.write(outDir.resolve(ERRORS), errorLines.toString());
        return new BatchResult(written, unchanged, skipped, failed, errors, words, nanos / 1e9,
                pipeline.secondsPerStage(), interrupted);
    }

    /** Words as the batch counts them for its words/s figure: runs of letters or digits. */
    public static long countWords(String text) {
        long n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }

}
