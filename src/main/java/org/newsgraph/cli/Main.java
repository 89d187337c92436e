package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command line. Exit statuses: {@link ExitStatus}. */
// scope INHERIT: every subcommand, present and future, gets --help and --version.
@Command(name = "newsgraph", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "newsgraph 0.1",
        description = "News articles to schema.org JSON-LD: layout, entities, quotes and relations.",
        subcommands = {RunCommand.class, EvalCommand.class, BenchCommand.class, ServeCommand.class, TrainCommand.class,
                LoadCommand.class, ExportCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        // Usage errors, wherever they are found (parsing or a command checking its options), exit 2.
        return new CommandLine(new Main()).setExitCodeExceptionMapper(
                e -> e instanceof CommandLine.ParameterException ? ExitStatus.USAGE : ExitStatus.FAILED);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: run, eval or bench");
    }
}
