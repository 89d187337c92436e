package org.newsgraph.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The load step, whatever the target: reads the output folders, compares each article's version
 * with what the target holds, and writes only what changed, in one transaction. Loading the same
 * folders twice writes nothing the second time.
 */
public final class Loader {
    private Loader() {
    }

    /**
     * @param toWrite told how many articles will be written before the transaction starts (sizes the progress bar)
     * @param afterEach run after each article written
     */
    public static LoadSummary load(List<Path> folders, LoadTarget target, boolean prune, IntConsumer toWrite, Runnable afterEach)
            throws IOException, LoadFailure {
        long t0 = System.nanoTime();
        OutputFolders.Contents contents = OutputFolders.read(folders);
        Set<String> present = new HashSet<>();
        for (OutputFolders.Document doc : OutputFolders.documents(folders)) {
            present.add(doc.key()); // a file that failed to parse is not gone: prune keeps its article
        }
        double readSeconds = (System.nanoTime() - t0) / 1e9;
        Map<String, String> loaded = target.versions();
        List<ArticleRows> put = new ArrayList<>();
        Set<String> remove = new LinkedHashSet<>();
        int inserted = 0;
        int replaced = 0;
        int unchanged = 0;
        long rows = 0;
        for (ArticleRows a : contents.articles()) {
            String version = loaded.get(a.key());
            if (a.version().equals(version)) {
                unchanged++;
                continue;
            }
            if (version == null) {
                inserted++;
            } else {
                replaced++;
                remove.add(a.key());
            }
            put.add(a);
            rows += a.rowCount();
        }
        int removed = 0;
        if (prune) {
            for (String key : loaded.keySet()) {
                if (!present.contains(key)) {
                    remove.add(key);
                    removed++;
                }
            }
        }
        toWrite.accept(put.size());
        long t1 = System.nanoTime();
        Map<String, Long> tableRows = target.apply(remove, put, prune, afterEach);
        double writeSeconds = (System.nanoTime() - t1) / 1e9;
        return new LoadSummary(target.describe(), inserted, replaced, unchanged, removed, contents.errors(), rows, tableRows,
                readSeconds, writeSeconds);
    }
}
