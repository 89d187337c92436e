package org.newsgraph.attribution;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.newsgraph.bench.PolnearGold;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;
import org.newsgraph.model.Document;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.ArticleReader;

/**
 * Development harness (not a test): runs the stages before the quote stage once over a PolNeAR
 * train and dev folder and keeps the documents in memory; then, each time a file {@code WORK/go}
 * appears (its first line a label), copies the freshly built {@code target/classes} and
 * {@code target/test-classes}, loads the quote, attribution, resolution, lexicon, bench and config
 * packages from that copy in a class loader of their own, and runs {@link QuoteVariantsRun} there:
 * the rules' quote stage, 5-fold CV of the ranker as {@code train attribution --cross-validate 5},
 * and dev with a model trained on all of train. So a rule change is measured in minutes, not by
 * re-running CoreNLP. Args: TRAIN_DIR DEV_DIR WORK_DIR [MODULE_DIR].
 */
public final class QuoteVariantsServer {
    private static final List<String> CHILD_FIRST = List.of("org.newsgraph.quotes.", "org.newsgraph.attribution.",
            "org.newsgraph.resolution.", "org.newsgraph.lexicon.", "org.newsgraph.bench.", "org.newsgraph.config.",
            "org.newsgraph.backend.opennlp.");

    public static void main(String[] args) throws Exception {
        Path trainDir = Path.of(args[0]), devDir = Path.of(args[1]), work = Path.of(args[2]);
        Path module = Path.of(args.length > 3 ? args[3] : ".").toAbsolutePath();
        Files.createDirectories(work);
        Pipeline pre = PipelineFactory.build(new PipelineConfig(List.of("language", "layout", "tokens", "pos", "ner", "entities"),
                "corenlp", PipelineConfig.DEFAULT_MAX_BYTES), false);
        Map<String, Object> in = new HashMap<>();
        load(pre, trainDir, "train", in);
        load(pre, devDir, "dev", in);
        System.err.println("ready");
        int n = 0;
        while (true) {
            Path go = work.resolve("go");
            if (!Files.exists(go)) {
                Thread.sleep(2000);
                continue;
            }
            String label = Files.readAllLines(go).stream().findFirst().orElse("run" + n).strip();
            Files.delete(go);
            n++;
            Path snap = work.resolve("classes-" + n);
            copy(module.resolve("target/classes"), snap);
            copy(module.resolve("target/test-classes"), snap);
            try (URLClassLoader child = new ChildFirst(new URL[]{snap.toUri().toURL()}, QuoteVariantsServer.class.getClassLoader())) {
                in.put("out", work.resolve(label).toString());
                Object r = child.loadClass("org.newsgraph.attribution.QuoteVariantsRun").getMethod("run", Map.class).invoke(null, in);
                Files.writeString(work.resolve(label + ".summary.txt"), r.toString(), StandardCharsets.UTF_8);
                System.err.println(label + ": " + r);
            } catch (Throwable t) {
                t.printStackTrace();
                Files.writeString(work.resolve(label + ".summary.txt"), "FAILED " + t, StandardCharsets.UTF_8);
            }
            try (Stream<Path> s = Files.walk(snap)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void load(Pipeline pre, Path dir, String key, Map<String, Object> in) throws Exception {
        ArticleReader reader = new ArticleReader(10_000_000);
        List<String> names = new ArrayList<>(PolnearGold.annotations(dir).keySet());
        java.util.Collections.sort(names);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Document>> pending = new ArrayList<>();
        for (String name : names) {
            Path text = dir.resolve("text").resolve(name + ".txt");
            pending.add(pool.submit(() -> Files.exists(text) ? pre.run(reader.read(text)) : null));
        }
        List<String> kept = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Document d;
            try {
                d = pending.get(i).get();
            } catch (java.util.concurrent.ExecutionException e) {
                d = null;
            }
            if (d != null) {
                kept.add(names.get(i));
                docs.add(d);
            }
            if ((i + 1) % 100 == 0) {
                System.err.println("  " + key + ": " + (i + 1) + "/" + names.size());
            }
        }
        pool.shutdown();
        in.put(key + "Dir", dir);
        in.put(key + "Names", kept);
        in.put(key + "Docs", docs);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Loads the packages under test from its own copy first; everything else from the parent. */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (CHILD_FIRST.stream().anyMatch(name::startsWith) && !name.equals(QuoteVariantsServer.class.getName())
                        && !name.startsWith(ChildFirst.class.getName())) {
                    Class<?> c = findLoadedClass(name);
                    if (c == null) {
                        try {
                            c = findClass(name);
                        } catch (ClassNotFoundException e) {
                            c = super.loadClass(name, false);
                        }
                    }
                    if (resolve) {
                        resolveClass(c);
                    }
                    return c;
                }
                return super.loadClass(name, resolve);
            }
        }

        @Override
        public URL getResource(String name) {
            URL u = findResource(name);
            return u != null ? u : super.getResource(name);
        }
    }
}
