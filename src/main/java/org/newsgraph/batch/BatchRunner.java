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
 * atomically as soon as it is done, under its path in the input folder ({@link InputFile});
 * articles whose text and configuration are unchanged since an earlier run over the same folder
 * are not redone (unless forced); {@code errors.ndjson} (in input order, whatever the thread
 * count) and the folder's summaries ({@link OutputFolder}) are rebuilt at the end.
 * Each article may have a time budget (run's default is {@link #DEFAULT_ARTICLE_BUDGET}): past it the article
 * is recorded as timed out, naming the stage, and its worker goes on with the next.
 */
public final class BatchRunner {
    public static final String ARTICLES = "articles.ndjson";
    public static final String ERRORS = "errors.ndjson";
    /** Ten times the slowest shape measured under the size limit with the stage fixes (docs/large-batches.md). */
    public static final Duration DEFAULT_ARTICLE_BUDGET = Duration.ofSeconds(60);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private enum Status { WRITTEN, UNCHANGED, SKIPPED, REJECTED, FAILED, ABANDONED }

    /** {@code change}: added, changed or unchanged when the article's document is in the folder after this run. */
    private record Outcome(Status status, ErrorRecord error, long words, String change) {
        static Outcome error(Status status, ErrorRecord error) {
            return new Outcome(status, error, 0, null);
        }
    }

    private final Pipeline pipeline;
    private final ArticleReader reader;
    private final Annotator annotator;
    private final String configHash;
    private final Path outDir;
    private final int threads;
    private final boolean force;
    private final Duration articleBudget;
    private boolean prune;
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

    /** With {@code true}, documents whose input is gone are deleted (and reported so in changes.ndjson). */
    public BatchRunner pruneRemoved(boolean prune) {
        this.prune = prune;
        return this;
    }

    /** Asks a running batch to stop: in-flight articles finish, queued ones are abandoned. */
    public void stop() {
        stopping.set(true);
    }

    /** Waits until {@link #run} has flushed its summary files, at most the given time. */
    public boolean awaitFinished(long seconds) throws InterruptedException {
        return finished.await(seconds, TimeUnit.SECONDS);
    }

    /** Runs over files named one by one: each document is named after its file ({@link InputFile#of}). */
    public BatchResult run(List<Path> files, ProgressReporter progress) throws IOException {
        return run(new InputFiles.Scan(files.stream().map(InputFile::of).toList(), List.of(), List.of()), progress);
    }

    /** Runs over the files found by {@link InputFiles#scan}; its problems (missing paths) are recorded as rejected. */
    public BatchResult run(InputFiles.Scan scan, ProgressReporter progress) throws IOException {
        long t0 = System.nanoTime();
        Files.createDirectories(outDir);
        List<CompletableFuture<Outcome>> futures = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        scan.problems().forEach(p -> outcomes.add(Outcome.error(Status.REJECTED, p)));
        MemoryBudget memory = MemoryBudget.ofThisJvm();
        try (BudgetedWorkers workers = new BudgetedWorkers(threads, articleBudget)) {
            for (InputFile in : scan.files()) {
                Path f = in.path();
                Path earlier = seen.putIfAbsent(in.name(), f);
                if (earlier != null) { // two folders given with the same file in them, or two files named alike
                    futures.add(CompletableFuture.completedFuture(Outcome.error(Status.REJECTED, ErrorRecord.rejected(f.toString(),
                            "another input has the same output name " + in.name() + ".jsonld: " + earlier
                                    + "; give their common parent folder instead"))));
                    continue;
                }
                if (stopping.get()) {
                    futures.add(CompletableFuture.completedFuture(new Outcome(Status.ABANDONED, null, 0, null)));
                    continue;
                }
                int mb = memory.weigh(f);
                memory.acquire(mb);
                CompletableFuture<Outcome> fu = workers.submit(claim -> {
                    try {
                        return process(in, claim);
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
            return summarise(scan, outcomes, System.nanoTime() - t0);
        } finally {
            finished.countDown();
        }
    }

    private Outcome process(InputFile in, BudgetedWorkers.Claim claim) {
        if (stopping.get()) {
            return new Outcome(Status.ABANDONED, null, 0, null);
        }
        try {
            return processArticle(in, claim);
        } catch (ArticleTimedOut e) {
            return timedOut(in.path(), e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            String stage = WorkMeter.current().stage(); // reading, most likely: the stages' own errors come as StageFailure
            return Outcome.error(Status.FAILED, new ErrorRecord(in.path().toString(), stage, FailureReasons.of(stage, e), false));
        }
    }

    private static Outcome timedOut(Path file, ArticleTimedOut e) {
        return Outcome.error(Status.FAILED, new ErrorRecord(file.toString(), e.stage(), e.getMessage(), false, true));
    }

    private Outcome processArticle(InputFile in, BudgetedWorkers.Claim claim) {
        String file = in.path().toString();
        Article article;
        try {
            article = reader.read(in.path(), in.name());
        } catch (ArticleRejected e) {
            return Outcome.error(Status.REJECTED, ErrorRecord.rejected(file, e.getMessage()));
        }
        long words = countWords(article.text());
        Path target = in.output(outDir);
        if (!force && isUpToDate(target, article)) {
            return new Outcome(Status.UNCHANGED, null, 0, "unchanged");
        }
        try {
            String json = annotator.annotate(article).pretty();
            WorkMeter.current().check();
            if (!claim.claim()) {
                return Outcome.error(Status.FAILED, null); // abandoned meanwhile: the timeout record stands
            }
            String change = !Files.isRegularFile(target) ? "added" : json.equals(Files.readString(target)) ? "unchanged" : "changed";
            AtomicFiles.write(target, json);
            return new Outcome(Status.WRITTEN, null, words, change);
        } catch (ArticleSkipped e) {
            return Outcome.error(Status.SKIPPED, new ErrorRecord(file, e.stage(), e.getMessage(), true));
        } catch (StageFailure e) {
            return Outcome.error(Status.FAILED, new ErrorRecord(file, e.stage(), FailureReasons.of(e.stage(), e.getCause()), false));
        } catch (ArticleTimedOut e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // an error of this article's size in writing: the article is recorded, the batch goes on
            return Outcome.error(Status.FAILED, new ErrorRecord(file, "output", FailureReasons.of("output", e), false));
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

    private BatchResult summarise(InputFiles.Scan scan, List<Outcome> outcomes, long nanos) throws IOException {
        int written = 0, unchanged = 0, skipped = 0, rejected = 0, failed = 0;
        long words = 0;
        List<ErrorRecord> errors = new ArrayList<>();
        StringBuilder errorLines = new StringBuilder();
        List<OutputFolder.Handled> handled = new ArrayList<>();
        boolean interrupted = stopping.get();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            switch (o.status()) {
                case WRITTEN -> written++;
                case UNCHANGED -> unchanged++;
                case SKIPPED -> skipped++;
                case REJECTED -> rejected++;
                case FAILED -> failed++;
                case ABANDONED -> interrupted = true;
            }
            words += o.words();
            if (o.error() != null) {
                errors.add(o.error());
                errorLines.append(MAPPER.writeValueAsString(o.error().fields())).append('\n');
            }
            int file = i - scan.problems().size(); // the scan's problems come first, then one outcome per file
            if (file >= 0) {
                handled.add(new OutputFolder.Handled(scan.files().get(file), o.change()));
            }
        }
        AtomicFiles.write(outDir.resolve(ERRORS), errorLines.toString());
        // An interrupted run has not seen every input: it reports no output as removed.
        OutputFolder.Removed removed = new OutputFolder(outDir).finish(handled, interrupted ? null : scan.folders(), prune && !interrupted);
        return new BatchResult(written, unchanged, skipped, rejected, failed, errors, words, nanos / 1e9,
                pipeline.secondsPerStage(), interrupted, removed.found(), removed.pruned());
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
