package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.bench.LoadBenchmark;
import org.newsgraph.load.LoadTarget;
import org.newsgraph.load.TargetSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", description = "Bulk-load speed (rows/s) of output folders into an empty target: by default a new DuckDB "
        + "file in a temporary folder for each run; a target given with --into is emptied of newsgraph's articles before each run.")
final class LoadBenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "OUT", description = "Output folders written by run.")
    List<Path> folders;

    @Option(names = "--into", paramLabel = "TARGET", description = "duckdb:PATH, postgresql://HOST:PORT/DB or tdb2:DIR; "
            + "its newsgraph articles are REMOVED before each run.")
    String into;

    @Option(names = "--repeat", defaultValue = "5", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--warmup", defaultValue = "2", description = "Runs before those, not counted (default: ${DEFAULT-VALUE}).")
    int warmup;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path temp = into == null ? Files.createTempDirectory("newsgraph-bench-load") : null;
        TargetSpec given = into == null ? null : LoadCommand.parse(spec.commandLine(), into, folders);
        int[] run = {0};
        Callable<LoadTarget> empty = () -> {
            if (given == null) {
                return LoadCommand.open(TargetSpec.defaultFor(Files.createDirectories(temp.resolve("run-" + (++run[0])))));
            }
            LoadTarget t = LoadCommand.open(given);
            t.apply(t.versions().keySet(), List.of(), true, () -> { });
            return t;
        };
        try {
            LoadBenchmark.Result r = LoadBenchmark.run(folders, empty, Math.max(0, warmup), Math.max(1, repeat));
            System.out.println("bench load " + LocalDate.now() + " " + r.describe());
        } catch (org.newsgraph.load.LoadFailure e) {
            System.err.println("newsgraph bench load: " + e.getMessage());
            return 1;
        } finally {
            if (temp != null) {
                try (var files = Files.walk(temp)) {
                    for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
        return 0;
    }
}
