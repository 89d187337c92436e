package org.newsgraph.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.commons.io.FilenameUtils;
import org.apache.hadoop.fs.Path;

/**
 * Articles' identifiers as the CLI gives them (org.newsgraph.batch.InputFile): the path under the
 * folder given, without the extension ({@code sub/story}), or the file name alone for a file
 * given directly, so two files of one name in different folders stay two articles.
 */
final class FileNames implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<String> roots;

    /** {@code paths}: as given to the job (local paths or URIs). */
    FileNames(List<String> paths) {
        this.roots = paths.stream().map(FileNames::pathPart).toList();
    }

    String identifier(String source) {
        String path = pathPart(source);
        for (String root : roots) {
            if (path.startsWith(root + "/")) {
                return FilenameUtils.removeExtension(path.substring(root.length() + 1));
            }
        }
        return FilenameUtils.getBaseName(path);
    }

    /** The path of a URI or local path, absolute, without a trailing slash: what sources and roots are compared on. */
    private static String pathPart(String p) {
        String path = new Path(p).toUri().getPath();
        if (new Path(p).toUri().getScheme() == null) {
            path = java.nio.file.Path.of(path).toAbsolutePath().normalize().toString();
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
