package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command line. Exit status: 0 success, 1 an article failed, 2 usage error. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1",
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
        // a usage error (also one found by a command, as a ParameterException) exits 2, as documented; any other failure 1
        return new CommandLine(new Main()).setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: run, eval or bench");
    }
}
