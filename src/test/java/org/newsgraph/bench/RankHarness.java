package org.newsgraph.bench;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;
import org.newsgraph.pipeline.Pipeline;

/**
 * Development harness (not a test): runs the rules once over PolNeAR train and dev, keeps the
 * documents in memory, then for every request file /tmp/rank/req-N runs the speaker-ranker
 * experiment from freshly compiled classes (child-first for the ranker's classes).
 */
public final class RankHarness {
    static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                String simple = name.substring(name.lastIndexOf('.') + 1);
                boolean mine = name.startsWith("org.newsgraph.attribution.") && (simple.startsWith("Speaker") || simple.startsWith("OtherQuotes")
                        || simple.startsWith("TokenView") || simple.startsWith("RankExperiment") || simple.startsWith("Mention"));
                if (mine) {
                    Class<?> c = findLoadedClass(name);
                    if (c == null) {
                        c = findClass(name);
                    }
                    return c;
                }
                return super.loadClass(name, resolve);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path train = Path.of(args[0]), dev = Path.of(args[1]);
        Pipeline rules = PipelineFactory.build(PipelineConfig.defaults(), false);
        List<Object[]> tr = rows(AttributionExperiment.load(train, rules, 2, System.err));
        List<Object[]> dv = rows(AttributionExperiment.load(dev, rules, 2, System.err));
        System.err.println("loaded " + tr.size() + " + " + dv.size());
        for (int n = 1; ; n++) {
            Path req = Path.of("/tmp/rank/req-" + n);
            while (!Files.exists(req)) {
                Thread.sleep(1000);
            }
            String spec = Files.readString(req).trim();
            Path out = Path.of("/tmp/rank/out-" + n);
            try (PrintStream ps = new PrintStream(Files.newOutputStream(out), true);
                 URLClassLoader cl = new ChildFirst(new URL[] {Path.of(args[2]).toUri().toURL(), Path.of(args[3]).toUri().toURL()}, RankHarness.class.getClassLoader())) {
                Class<?> c = cl.loadClass("org.newsgraph.attribution.RankExperiment");
                Method m = c.getMethod("run", List.class, List.class, Path.class, Path.class, String.class, PrintStream.class);
                m.invoke(null, tr, dv, train, dev, spec, ps);
            } catch (Throwable t) {
                t.printStackTrace();
                Files.writeString(Path.of("/tmp/rank/out-" + n + ".err"), String.valueOf(t) + " " + (t.getCause() == null ? "" : t.getCause().toString()));
            }
            Files.writeString(Path.of("/tmp/rank/done-" + n), "done");
        }
    }

    static List<Object[]> rows(List<AttributionExperiment.Article> arts) {
        List<Object[]> out = new ArrayList<>();
        for (AttributionExperiment.Article a : arts) {
            out.add(new Object[] {a.text(), a.annotated().rules(), a.annotated().gold()});
        }
        return out;
    }
}
