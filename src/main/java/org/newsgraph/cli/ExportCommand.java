package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.load.LoadError;
import org.newsgraph.load.OutputFolders;
import org.newsgraph.load.rdf.NQuadsExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Write output folders as N-Quads (one named graph per article, as load --into tdb2: stores them).")
public final class ExportCommand implements Callable<Integer> {
    enum Format { nquads }

    @Parameters(arity = "1..*", paramLabel = "OUT", description = "Output folders written by run.")
    List<Path> folders;

    @Option(names = "--format", required = true, description = "nquads")
    Format format;

    @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "Write here, complete or not at all (default: standard output).")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path f : folders) {
            if (!Files.isDirectory(f)) {
                throw new CommandLine.ParameterException(spec.commandLine(), f + ": not an output folder (no such directory)");
            }
        }
        long t0 = System.nanoTime();
        OutputFolders.Contents contents = OutputFolders.read(folders);
        long quads;
        if (output == null) {
            OutputStream out = new BufferedOutputStream(System.out);
            quads = NQuadsExport.write(contents.articles(), out);
            out.flush();
        } else {
            // written beside the target and renamed into place: a failed export leaves no half file
            Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), "." + output.getFileName(), ".tmp");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    quads = NQuadsExport.write(contents.articles(), out);
                }
                Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        for (LoadError e : contents.errors()) {
            System.err.printf("skipped: %s: %s%n", e.file(), e.reason());
        }
        System.err.printf(Locale.ROOT, "exported %d articles, %d quads (%s) in %.1f s; %d skipped%n", contents.articles().size(), quads,
                format, (System.nanoTime() - t0) / 1e9, contents.errors().size());
        return contents.errors().isEmpty() ? 0 : 1;
    }
}
