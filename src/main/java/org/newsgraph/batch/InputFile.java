package org.newsgraph.batch;

import java.nio.file.Path;

/**
 * One article file and its name in the output folder: the path under the folder it was found in,
 * without its extension and with {@code /} between folders ({@code sub/story} for
 * {@code in/sub/story.txt} when {@code in} was given), or the file name alone for a file named
 * directly. Two files called {@code story.txt} in different folders so get different outputs.
 */
public record InputFile(Path path, String name) {
    public InputFile {
        if (name.isEmpty() || name.startsWith("/")) {
            throw new IllegalArgumentException("not an output name: " + name);
        }
    }

    /** A file named directly: its name without the extension. */
    public static InputFile of(Path file) {
        return new InputFile(file, OutputNames.withoutExtension(file.getFileName().toString()));
    }

    /** The document's file in {@code outDir}. */
    public Path output(Path outDir) {
        return outDir.resolve(name + ".jsonld");
    }
}
