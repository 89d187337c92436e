package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.batch.ProgressReporter;
import org.newsgraph.load.LoadError;
import org.newsgraph.load.LoadFailure;
import org.newsgraph.load.LoadSummary;
import org.newsgraph.load.LoadTarget;
import org.newsgraph.load.Loader;
import org.newsgraph.load.TargetSpec;
import org.newsgraph.load.rdf.Tdb2Target;
import org.newsgraph.load.sql.SqlTargets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", description = "Load output folders (what run wrote) into DuckDB, PostgreSQL or a TDB2 RDF store (docs/load.md).")
public final class LoadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "OUT", description = "Output folders written by run.")
    List<Path> folders;

    @Option(names = "--into", paramLabel = "TARGET", description = "duckdb:PATH (default: OUT/newsgraph.duckdb of the first folder), "
            + "postgresql://HOST:PORT/DB (user and password from PGUSER/PGPASSWORD or the URL), or tdb2:DIR.")
    String into;

    @Option(names = "--prune", description = "Also remove the articles whose output file is gone, and entities no article mentions any more.")
    boolean prune;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Opens the target that --into names; shared with the load benchmark. */
    static LoadTarget open(TargetSpec target) throws LoadFailure {
        return switch (target.kind()) {
            case DUCKDB -> SqlTargets.duckdb(Path.of(target.location()));
            case POSTGRESQL -> SqlTargets.postgresql(target.location(), System.getenv());
            case TDB2 -> Tdb2Target.open(Path.of(target.location()));
        };
    }

    static TargetSpec parse(CommandLine cl, String into, List<Path> folders) {
        try {
            return into == null ? TargetSpec.defaultFor(folders.get(0)) : TargetSpec.parse(into);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--into: " + e.getMessage());
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        TargetSpec target = parse(spec.commandLine(), into, folders);
        for (Path f : folders) {
            if (!java.nio.file.Files.isDirectory(f)) {
                throw new CommandLine.ParameterException(spec.commandLine(), f + ": not an output folder (no such directory)");
            }
        }
        LoadSummary s;
        ProgressReporter[] progress = new ProgressReporter[1];
        try (LoadTarget t = open(target)) {
            s = Loader.load(folders, t, prune,
                    n -> progress[0] = new ProgressReporter(n, System.console() != null, n >= 20 ? err : null),
                    () -> progress[0].step());
        } catch (LoadFailure e) {
            err.println("newsgraph load: " + e.getMessage());
            return 1;
        } finally {
            if (progress[0] != null) {
                progress[0].close();
            }
        }
        for (LoadError e : s.errors()) {
            err.printf("skipped: %s: %s%n", e.file(), e.reason());
        }
        err.println(s.describe());
        return s.errors().isEmpty() ? 0 : 1;
    }
}
