package bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.extractors.DefaultExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Token-level precision and recall of each extractor against the known body of pages built by
 * {@link ChromePages}; headline and caption tokens are ignored (they are metadata, not body).
 * Arguments: files or folders of plain-text articles (first paragraph the headline).
 */
public final class ExtractorBench {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String[] AUTHORS = {"Jane Whitfield", "Tomás Okafor", "Priya Raman", "Daniel Brooks", "Mei Lin Zhou"};

    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> w = Files.list(p)) {
                    w.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        List<String[]> articles = new ArrayList<>();
        for (Path f : files) {
            String[] paras = Files.readString(f, StandardCharsets.UTF_8).strip().split("\\n\\s*\\n|\\n");
            articles.add(paras);
        }
        Map<String, Function<String, String>> extractors = new LinkedHashMap<>();
        extractors.put("jsoup blocks (before)", ExtractorBench::jsoupBlocks);
        extractors.put("Readability4J 1.0.8", h -> text(new Readability4J("https://example.org/story", h).parse().getContent()));
        extractors.put("Readability4JExtended 1.0.8", h -> text(new Readability4JExtended("https://example.org/story", h).parse().getContent()));
        extractors.put("newsgraph reader + layout (final)", ExtractorBench::newsgraph);
        extractors.put("boilerpipe ArticleExtractor 1.2.2", h -> call(() -> ArticleExtractor.INSTANCE.getText(h)));
        extractors.put("boilerpipe DefaultExtractor 1.2.2", h -> call(() -> DefaultExtractor.INSTANCE.getText(h)));

        System.out.printf("%d articles x %d shapes%n", articles.size(), ChromePages.SHAPES.size());
        for (var e : extractors.entrySet()) {
            Map<String, double[]> byShape = new LinkedHashMap<>();
            Map<String, Integer> leaks = new LinkedHashMap<>();
            long nanos = 0;
            int failed = 0;
            for (String shape : ChromePages.SHAPES) {
                double tp = 0, out = 0, gold = 0, parasFound = 0, parasAll = 0;
                int leakedPages = 0;
                for (int i = 0; i < articles.size(); i++) {
                    ChromePages.Story s = story(articles, i);
                    String html = ChromePages.page(shape, s);
                    long t0 = System.nanoTime();
                    String got;
                    try {
                        got = e.getValue().apply(html);
                    } catch (RuntimeException ex) {
                        got = "";
                        failed++;
                    }
                    nanos += System.nanoTime() - t0;
                    if (got == null) {
                        got = "";
                    }
                    Map<String, Integer> g = counts(String.join(" ", s.paragraphs()));
                    Map<String, Integer> o = counts(got);
                    subtract(o, counts(s.headline() + " " + s.caption()), g);
                    for (var t : o.entrySet()) {
                        tp += Math.min(t.getValue(), g.getOrDefault(t.getKey(), 0));
                        out += t.getValue();
                    }
                    gold += g.values().stream().mapToInt(Integer::intValue).sum();
                    String flat = got.replaceAll("[\\s\\u00A0]+", " ");
                    for (String p : s.paragraphs()) {
                        parasAll++;
                        if (flat.contains(p.replaceAll("[\\s\\u00A0]+", " ").strip())) {
                            parasFound += 0;
                        } else if (e.getKey().contains("final") && shape.equals(System.getProperty("debugShape", "liveblog"))) {
                            System.err.println("MISSING " + p);
                        }
                        if (flat.contains(p.replaceAll("[\\s\\u00A0]+", " ").strip())) {
                            parasFound++;
                        }
                    }
                    boolean leaked = false;
                    for (String m : ChromePages.CHROME_MARKERS) {
                        if (got.contains(m)) {
                            leaks.merge(m, 1, Integer::sum);
                            leaked = true;
                        }
                    }
                    leakedPages += leaked ? 1 : 0;
                }
                byShape.put(shape, new double[] {out == 0 ? 0 : tp / out, tp / gold, parasFound / parasAll, leakedPages});
            }
            System.out.printf("%n## %s (%.1f ms/page, %d failures)%n", e.getKey(), nanos / 1e6 / (articles.size() * ChromePages.SHAPES.size()), failed);
            System.out.println("| shape | precision | recall | F1 | paragraphs whole | pages leaking chrome |");
            double sp = 0, sr = 0, sw = 0, sl = 0;
            for (var b : byShape.entrySet()) {
                double[] v = b.getValue();
                System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %d/%d |%n", b.getKey(), v[0], v[1], f1(v[0], v[1]), v[2], (int) v[3], articles.size());
                sp += v[0]; sr += v[1]; sw += v[2]; sl += v[3];
            }
            int n = byShape.size();
            System.out.printf(Locale.ROOT, "| mean | %.3f | %.3f | %.3f | %.3f | %d/%d |%n", sp / n, sr / n, f1(sp / n, sr / n), sw / n, (int) sl, articles.size() * n);
            System.out.println("leaked markers (pages): " + leaks);
        }
    }

    static ChromePages.Story story(List<String[]> articles, int i) {
        String[] a = articles.get(i);
        List<String> related = new ArrayList<>();
        List<String> teasers = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            String[] other = articles.get((i + k * 7) % articles.size());
            related.add(other[0].replaceAll("\\.$", ""));
            teasers.add(other.length > 1 ? other[1] : other[0]);
        }
        String headline = a[0].replaceAll("\\.$", "");
        String date = String.format(Locale.ROOT, "2016-09-%02dT%02d:15:00-04:00", 1 + i % 28, 8 + i % 10);
        String caption = "Supporters wait outside the venue on Monday morning. Photo: Sam Ortega/Ledger Wire";
        return new ChromePages.Story(headline, List.of(a).subList(1, a.length), AUTHORS[i % AUTHORS.length], date, caption, related, teasers);
    }

    static void subtract(Map<String, Integer> out, Map<String, Integer> ignored, Map<String, Integer> gold) {
        for (var e : ignored.entrySet()) {
            Integer have = out.get(e.getKey());
            if (have != null) {
                // Remove ignored tokens only beyond what the body itself needs.
                int spare = Math.max(0, have - gold.getOrDefault(e.getKey(), 0));
                int drop = Math.min(spare, e.getValue());
                out.put(e.getKey(), have - drop);
            }
        }
    }

    static Map<String, Integer> counts(String text) {
        Map<String, Integer> c = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            c.merge(m.group(), 1, Integer::sum);
        }
        return c;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }

    interface Call {
        String run() throws Exception;
    }

    static String call(Call c) {
        try {
            return c.run();
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }

    private static final org.newsgraph.layout.LayoutStage LAYOUT = new org.newsgraph.layout.LayoutStage(new org.newsgraph.layout.LayoutPatterns());

    /** What newsgraph's later stages read: the layout's content paragraphs of the page as read by read/html. */
    static String newsgraph(String html) {
        try {
            org.newsgraph.model.Article a = new org.newsgraph.read.ArticleReader(10_000_000).read("page", html.getBytes(StandardCharsets.UTF_8));
            org.newsgraph.model.Layout l = LAYOUT.process(new org.newsgraph.model.Document(a)).layout();
            StringBuilder out = new StringBuilder();
            l.content().forEach(s -> out.append(s.of(a.text())).append("\n\n"));
            return out.toString();
        } catch (org.newsgraph.read.ArticleRejected e) {
            throw new RuntimeException(e);
        }
    }

    /** The reader's extraction before this change (read/HtmlText), for comparison. */
    static String jsoupBlocks(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        page.select("script, style, noscript, nav, header, footer, aside, form, iframe").remove();
        String blocks = "h1, h2, h3, h4, h5, h6, p, li, figcaption, blockquote, pre";
        StringBuilder out = new StringBuilder();
        String title = page.title().strip();
        if (!title.isEmpty() && page.select("h1").isEmpty()) {
            out.append(title);
        }
        for (Element block : page.body().select(blocks)) {
            if (!block.select(blocks).isEmpty() && block.select(blocks).first() != block) {
                continue;
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                out.append(out.length() > 0 ? "\n\n" : "").append(t);
            }
        }
        if (out.length() == 0) {
            out.append(page.body().text().strip());
        }
        return out.toString();
    }
}
