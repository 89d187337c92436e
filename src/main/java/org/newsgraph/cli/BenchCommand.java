package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.backend.corenlp.CoreNlpNerTagger;
import org.newsgraph.backend.corenlp.CoreNlpPosTagger;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.lexicon.KbpGazetteers;
import org.newsgraph.ner.CorrectedNerTagger;
import org.newsgraph.ner.NerTagger;
import org.newsgraph.backend.corenlp.CoreNlpQuoteBaseline;
import org.newsgraph.bench.AttributionExperiment;
import org.newsgraph.bench.ConllBenchmark;
import org.newsgraph.config.LearnedModels;
import org.newsgraph.config.PipelineFactory;
import org.newsgraph.bench.ErrorList;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.bench.PolnearBenchmark;
import org.newsgraph.bench.SpeedBenchmark;
import org.newsgraph.eval.Prf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", description = "Public benchmarks: conll, polnear, speed; serve (HTTP load); hostile (adversarial shapes); "
        + "load (database bulk loading).",
        subcommands = {BenchCommand.Conll.class, BenchCommand.Polnear.class, BenchCommand.Speed.class, ServeBenchCommand.class,
                HostileBenchCommand.class, LoadBenchCommand.class})
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "choose a benchmark: conll, polnear or speed");
    }

    private static String prf(Prf p) {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", p.precision(), p.recall(), p.f1(), p.tp(), p.fp(), p.fn());
    }

    static void printCrossValidation(java.nio.file.Path dir, AttributionExperiment.CrossValidation cv) {
        printFigures(cv.folds() + "-fold " + dir.getFileName() + ", rules alone", cv.rules());
        cv.learned().forEach((t, r) -> printFigures(String.format(Locale.ROOT, "%d-fold %s, with the model at threshold %.2f",
                cv.folds(), dir.getFileName(), t), r));
    }

    private static void printFigures(String what, PolnearBenchmark.Result r) {
        System.out.println("  " + what + ": direct " + prf(r.direct()) + "; indirect " + prf(r.indirect()));
        System.out.printf(Locale.ROOT, "polnear %s %s: %d articles; direct-quote F1 %.3f, speaker accuracy %.3f (%d/%d); "
                        + "indirect F1 %.3f, speaker accuracy %.3f (%d/%d)%n", LocalDate.now(), what,
                r.articles(), r.direct().f1(), r.directSpeakerAccuracy(), r.directSpeakersRight(), r.directMatched(), r.indirect().f1(),
                r.indirectSpeakerAccuracy(), r.indirectSpeakersRight(), r.indirectMatched());
    }

    @Command(name = "conll", description = "NER on CoNLL-2003 IOB2 text: entity-level P/R/F1 for PER, ORG, LOC (MISC ignored).")
    static final class Conll implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--predictions", paramLabel = "OUT", description = "Write token<TAB>label lines, a blank line between sentences.")
        Path predictions;

        @Option(names = "--corrected", description = "Measure the whole ner stage (the tagger and its corrections from models/), "
                + "each sentence alone, not only the statistical tagger.")
        boolean corrected;

        @Override
        public Integer call() throws Exception {
            NerTagger tagger = corrected ? new CorrectedNerTagger(PipelineFactory.nerStage(new Demonyms(new KbpGazetteers())),
                    new CoreNlpPosTagger()) : new CoreNlpNerTagger();
            ConllBenchmark.Result r = ConllBenchmark.run(file, tagger, predictions);
            r.perType().forEach((t, p) -> System.out.println("  " + t + ": " + prf(p)));
            System.out.printf(Locale.ROOT, "conll %s %s: PER/ORG/LOC %s; %d sentences, %d tokens, %.0f tokens/s%n",
                    LocalDate.now(), file.getFileName(), prf(r.overall()), r.sentences(), r.tokens(), r.tokens() / r.seconds());
            return 0;
        }
    }

    @Command(name = "polnear", description = "Quote detection and speaker accuracy on PolNeAR (DIR holds text/ and attributions/).")
    static final class Polnear implements Callable<Integer> {
        @Parameters(paramLabel = "DIR")
        Path dir;

        @picocli.CommandLine.Mixin
        PipelineOptions pipelineOptions;

        @Option(names = "--compare-corenlp", description = "Also score CoreNLP's own quote annotator with attribution "
                + "(tokenize,ssplit,pos,lemma,ner,depparse,coref,quote) on the same articles; slow, give it a heap of 6 GB or more.")
        boolean compare;

        @Option(names = "--errors", paramLabel = "FILE", description = "Write every missed, extra and wrong-speaker item, one a line.")
        Path errorsFile;

        @Option(names = "--folds", paramLabel = "K", description = "K-fold cross-validation of the attribution model on DIR "
                + "(train on K-1 folds, score on the rest; the rules alone beside it) instead of the shipped pipeline.")
        Integer folds;

        @Option(names = "--tagger", description = "With --folds: the model includes the reported-speech token tagger (experimental).")
        boolean tagger;

        @Override
        public Integer call() throws Exception {
            if (folds != null) {
                var articles = AttributionExperiment.load(dir, PipelineFactory.build(pipelineOptions.config(), false), 2, System.err);
                printCrossValidation(dir, AttributionExperiment.crossValidate(dir, LearnedModels.attributionTrainer(tagger), articles, folds,
                        AttributionExperiment.THRESHOLDS, System.err));
                return 0;
            }
            PolnearBenchmark.Result r;
            if (errorsFile == null) {
                r = PolnearBenchmark.run(dir, pipelineOptions.build(pipelineOptions.config()), ErrorList.NONE);
            } else {
                try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(errorsFile))) {
                    r = PolnearBenchmark.run(dir, pipelineOptions.build(pipelineOptions.config()), new ErrorList(w));
                }
            }
            System.out.println("  direct quotes (80% overlap): " + prf(r.direct()));
            System.out.println("  indirect attributions (50% overlap): " + prf(r.indirect()));
            System.out.println("  indirect, one attribution per token as PolNeAR annotates (" + r.indirectNested()
                    + " nested in or around a matched one unscored): " + prf(r.indirectUnivocal()));
            System.out.printf(Locale.ROOT, "polnear %s: %d articles; direct-quote F1 %.3f, speaker accuracy %.3f (%d/%d); "
                            + "indirect F1 %.3f, speaker accuracy %.3f (%d/%d)%n", LocalDate.now(), r.articles(), r.direct().f1(),
                    r.directSpeakerAccuracy(), r.directSpeakersRight(), r.directMatched(), r.indirect().f1(),
                    r.indirectSpeakerAccuracy(), r.indirectSpeakersRight(), r.indirectMatched());
            if (compare) {
                CoreNlpQuoteBaseline corenlp = new CoreNlpQuoteBaseline();
                PolnearBenchmark.Result c = PolnearBenchmark.run(dir, file -> corenlp.quotes(
                        Files.readString(file)).stream()
                        .map(q -> new Quote(q.content(), QuoteKind.DIRECT, null, q.speaker(), null, null)).toList());
                System.out.println("  corenlp direct quotes (80% overlap): " + prf(c.direct()));
                System.out.printf(Locale.ROOT, "polnear corenlp %s: %d articles; direct-quote F1 %.3f, speaker accuracy %.3f (%d/%d)%n",
                        LocalDate.now(), c.articles(), c.direct().f1(), c.directSpeakerAccuracy(), c.directSpeakersRight(), c.directMatched());
            }
            return 0;
        }
    }

    @Command(name = "speed", description = "Batch throughput, memory and per-stage time; optionally against CoreNLP's own pipeline.")
    static final class Speed implements Callable<Integer> {
        @Parameters(paramLabel = "DIR")
        Path dir;

        @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
        Integer threads;

        @picocli.CommandLine.Mixin
        PipelineOptions pipelineOptions;

        @Option(names = "--compare-corenlp", description = "Also run the StanfordCoreNLP command line (" + SpeedBenchmark.CORENLP_ANNOTATORS
                + ") on the same files and print the ratio.")
        boolean compare;

        @Option(names = "--corenlp-heap", defaultValue = "8g", description = "Heap for the CoreNLP run (default: ${DEFAULT-VALUE}).")
        String corenlpHeap;

        @Override
        public Integer call() throws Exception {
            int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            SpeedBenchmark.Result r = SpeedBenchmark.run(dir, n, pipelineOptions.config());
            System.out.printf(Locale.ROOT, "newsgraph: %d articles, %d words, %d threads; model load %.1f s; batch %.1f s%n",
                    r.articles(), r.words(), n, r.loadSeconds(), r.batchSeconds());
            System.out.println("  time per stage (summed over threads):");
            r.stageSeconds().forEach((s, sec) -> System.out.printf(Locale.ROOT, "    %-10s %7.2f s%n", s, sec));
            System.out.printf(Locale.ROOT, "speed %s: %.0f words/s end to end, %.0f words/s after loading, peak heap %.2f GB, peak RSS %.2f GB%n",
                    LocalDate.now(), r.wordsPerSecondEndToEnd(), r.wordsPerSecondAfterLoading(), r.peakHeapBytes() / 1e9, r.peakRssBytes() / 1e9);
            if (compare) {
                SpeedBenchmark.CoreNlpResult c = SpeedBenchmark.runCoreNlp(dir, n, corenlpHeap);
                double corenlpRate = r.words() / c.seconds();
                System.out.printf(Locale.ROOT, "corenlp (%s, exit %d): %.1f s, %.0f words/s end to end, peak RSS %.2f GB%n",
                        SpeedBenchmark.CORENLP_ANNOTATORS, c.exitCode(), c.seconds(), corenlpRate, c.peakRssBytes() / 1e9);
                System.out.printf(Locale.ROOT, "ratio: newsgraph is %.1fx faster end to end%n", r.wordsPerSecondEndToEnd() / corenlpRate);
            }
            return 0;
        }
    }
}
