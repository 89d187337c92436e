package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.attribution.AttributionModel;
import org.newsgraph.attribution.AttributionTrainer;
import org.newsgraph.bench.AttributionExperiment;
import org.newsgraph.bench.PolnearBenchmark;
import org.newsgraph.config.LearnedModels;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train", description = "Train a learned component from annotated data.", subcommands = TrainCommand.Attribution.class)
public final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose what to train: attribution");
    }

    @Command(name = "attribution", description = "Train the attribution model (reported-speech filter and speaker ranker) "
            + "from a PolNeAR-format folder (DIR holds text/ and attributions/); deterministic: the same data gives the same file.")
    static final class Attribution implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DIR")
        Path dir;

        @Option(names = "--out", paramLabel = "FILE", defaultValue = "models/attribution-model.bin",
                description = "Where to write the model (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--cross-validate", paramLabel = "K", description = "Also report K-fold cross-validation on DIR (rules alone and with the model).")
        Integer folds;

        @Option(names = "--tagger", description = "Also train the reported-speech token tagger (experimental: not in the shipped model, see docs/attribution.md).")
        boolean tagger;

        @Option(names = "--threads", defaultValue = "2", description = "Threads running the rules over the articles (default: ${DEFAULT-VALUE}).")
        int threads;

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(dir.resolve("text")) || !Files.isDirectory(dir.resolve("attributions"))) {
                throw new CommandLine.ParameterException(spec.commandLine(), dir + ": not a PolNeAR-format folder (expected text/ and attributions/)");
            }
            List<AttributionExperiment.Article> articles = AttributionExperiment.load(dir,
                    PipelineFactory.build(PipelineConfig.defaults(), false), threads, System.err);
            AttributionTrainer trainer = LearnedModels.attributionTrainer(tagger);
            double threshold = AttributionTrainer.THRESHOLD;
            if (folds != null) {
                AttributionExperiment.CrossValidation cv = AttributionExperiment.crossValidate(dir, trainer, articles, folds,
                        AttributionExperiment.THRESHOLDS, System.err);
                BenchCommand.printCrossValidation(dir, cv);
                threshold = cv.bestThreshold();
                System.out.printf(Locale.ROOT, "threshold with the best cross-validated reported-speech F1: %.2f%n", threshold);
            }
            String note = String.format(Locale.ROOT, "trained on %s (%d articles) by 'newsgraph train attribution'; newsgraph 0.1; "
                    + "OpenNLP GIS maxent, %d iterations, cutoff %d (verb proposals: L-BFGS maxent, L2 cost %.1f)%s", dir.getFileName(), articles.size(),
                    LearnedModels.ITERATIONS, LearnedModels.CUTOFF, LearnedModels.CUE_L2_COST,
                    tagger ? "; tagger: OpenNLP " + LearnedModels.TAGGER_ALGORITHM.toLowerCase(Locale.ROOT) + ", " + LearnedModels.TAGGER_ITERATIONS + " iterations" : "");
            AttributionModel model = AttributionExperiment.train(trainer, articles, note + String.format(Locale.ROOT, ", threshold %.2f", threshold))
                    .withThreshold(threshold);
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".attribution", ".tmp");
            try (OutputStream o = Files.newOutputStream(tmp)) {
                model.write(o);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            PolnearBenchmark.Result self = AttributionExperiment.score(dir, articles, model);
            System.out.printf(Locale.ROOT, "train attribution %s: %d articles -> %s (%d bytes); on its own training data: "
                            + "indirect F1 %.3f, direct speaker accuracy %.3f%n", LocalDate.now(), articles.size(), out, Files.size(out),
                    self.indirect().f1(), self.directSpeakerAccuracy());
            return 0;
        }
    }
}
