package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.batch.InputFiles;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;
import org.newsgraph.eval.Baseline;
import org.newsgraph.eval.EvalRunner;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.ExpectedFiles;
import org.newsgraph.eval.ReportWriter;
import org.newsgraph.read.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", description = "Score output against the expected annotations beside the articles (NAME.expected.json).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no score below its baseline", "1:a score fell below its baseline", "2:usage error, or no article with expected annotations",
                "3:scores kept their baseline, but a path was missing or unreadable"})
public final class EvalCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles or directories (default: seeds).")
    List<Path> paths = List.of(Path.of("seeds"));

    @Option(names = "--output", paramLabel = "DIR", description = "Score the documents an earlier run wrote here instead of running the pipeline.")
    Path output;

    @Option(names = "--report-dir", defaultValue = "output", description = "Where report.json and report.html go (default: ${DEFAULT-VALUE}).")
    Path reportDir;

    @Option(names = "--baseline", defaultValue = "seeds/quality-baseline.json", description = "Baseline file (default: ${DEFAULT-VALUE}).")
    Path baseline;

    @picocli.CommandLine.Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--update-baseline", description = "Raise the baseline to the scores measured now (never lowers a score).")
    boolean updateBaseline;

    @Override
    public Integer call() throws Exception {
        InputFiles.Scan scan = InputFiles.scan(paths);
        scan.problems().forEach(e -> System.err.println(RunCommand.line(e)));
        List<Path> articles = scan.paths().stream().filter(ExpectedFiles::exists).toList();
        if (articles.isEmpty()) {
            System.err.println("eval: no article with a NAME.expected.json beside it in " + paths);
            return ExitStatus.USAGE;
        }
        EvalRunner runner = new EvalRunner();
        Evaluation eval;
        if (output != null) {
            eval = runner.readOutput(articles, output);
        } else {
            PipelineConfig config = pipelineOptions.config();
            eval = runner.runPipeline(articles, pipelineOptions.loadWithNotice(config), new ArticleReader(config.maxBytes()),
                    PipelineFactory.configHash(config));
        }
        System.out.print(ReportWriter.table(eval));
        ReportWriter.writeJson(eval, reportDir.resolve("report.json"));
        ReportWriter.writeHtml(eval, runner.predicted(), runner.gold(), reportDir.resolve("report.html"));
        System.out.println("reports: " + reportDir.resolve("report.json") + ", " + reportDir.resolve("report.html"));
        List<String> regressions = Evaluation.regressions(eval.metrics(), Baseline.read(baseline));
        if (updateBaseline) {
            Baseline.raise(baseline, eval.metrics());
            System.out.println("baseline raised: " + baseline);
        }
        regressions.forEach(r -> System.out.println("below baseline: " + r));
        if (!regressions.isEmpty()) {
            return ExitStatus.FAILED;
        }
        return scan.problems().isEmpty() ? ExitStatus.OK : ExitStatus.REJECTED;
    }
}
