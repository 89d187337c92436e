package org.newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.attribution.GoldAttribution;
import org.newsgraph.eval.Prf;
import org.newsgraph.layout.Paragraphs;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.ArticleSkipped;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.quotes.QuoteMarks;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.ArticleRejected;
import org.newsgraph.tokens.QuotationMarks;

/**
 * PolNeAR attribution benchmark. Direct quotes are the stretches between quotation marks inside
 * each attribution's Content span (detected at 80% character overlap); indirect attributions
 * are Content spans without marks (50% overlap). A Content span interrupted by its attribution
 * ("The museum, Mr. Obama said, would …") has several fragments and is still one attribution:
 * overlap counts the characters of all its fragments. A speaker is right when the predicted speaker
 * mention overlaps the gold Source span. One annotator's file per article.
 *
 * <p>PolNeAR gives each token at most one attribution, so an attribution reported inside the
 * content of another ("Aides said Trump warned that …") has no gold of its own once the outer
 * one is matched, nor the outer one once the inner one is. Such unmatched nested predictions, inside
 * or around a matched one, are counted apart ({@code indirectNested}):
 * {@link Result#indirect()} counts them as false positives, {@link Result#indirectUnivocal()} leaves them unscored.
 */
public final class PolnearBenchmark {
    private static final Pattern SAYING = Pattern.compile("(?i)said|says|say|told|tells|added|adds|wrote|writes|asked|asks");
    public record Result(Prf direct, int directSpeakersRight, int directMatched, Prf indirect, int indirectSpeakersRight,
                         int indirectMatched, int indirectNested, int articles, long words, double seconds) {
        /** Indirect attributions scored as PolNeAR annotates them, one attribution per token: nested ones unscored. */
        public Prf indirectUnivocal() {
            return new Prf(indirect.tp(), indirect.fp() - indirectNested, indirect.fn());
        }

        public double directSpeakerAccuracy() {
            return directMatched == 0 ? 0 : (double) directSpeakersRight / directMatched;
        }

        public double indirectSpeakerAccuracy() {
            return indirectMatched == 0 ? 0 : (double) indirectSpeakersRight / indirectMatched;
        }
    }

    record GoldQuote(List<Span> content, List<Span> sources, List<Span> cues) {
    }

    /** Quotes predicted for one article: direct ones and reported speech, as content and speaker spans. */
    public interface QuoteSource {
        List<Quote> quotes(Path textFile) throws IOException;
    }

    /** newsgraph's own quotes. */
    public static QuoteSource of(Pipeline pipeline) {
        ArticleReader reader = new ArticleReader(10_000_000);
        return file -> {
            try {
                return pipeline.run(reader.read(file)).quotes();
            } catch (ArticleRejected | ArticleSkipped e) {
                return null;
            }
        };
    }

    public static Result run(Path dir, Pipeline pipeline, ErrorList errors) throws IOException {
        return run(dir, of(pipeline), errors);
    }

    public static Result run(Path dir, QuoteSource source) throws IOException {
        return run(dir, source, ErrorList.NONE);
    }

    public static Result run(Path dir, QuoteSource source, ErrorList errors) throws IOException {
        Path texts = dir.resolve("text");
        Map<String, Path> annotations = annotations(dir);
        Prf direct = new Prf(0, 0, 0), indirect = new Prf(0, 0, 0);
        int dRight = 0, dMatched = 0, iRight = 0, iMatched = 0, iNested = 0, articles = 0;
        long words = 0;
        long t0 = System.nanoTime();
        for (Map.Entry<String, Path> e : annotations.entrySet()) {
            Path textFile = texts.resolve(e.getKey() + ".txt");
            if (!Files.exists(textFile)) {
                continue;
            }
            String raw = Files.readString(textFile, StandardCharsets.UTF_8);
            List<GoldQuote> goldDirect = new ArrayList<>();
            List<GoldQuote> goldIndirect = new ArrayList<>();
            readGold(e.getValue(), raw, new NfcOffsets(raw), goldDirect, goldIndirect);
            List<Quote> predicted = source.quotes(textFile);
            if (predicted == null) {
                continue;
            }
            articles++;
            words += raw.split("\\s+").length;
            List<Quote> predDirect = predicted.stream().filter(q -> q.kind() != QuoteKind.INDIRECT).toList();
            List<Quote> predIndirect = predicted.stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
            String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
            errors.article(e.getKey());
            boolean[] directUsed = new boolean[predDirect.size()];
            boolean[] indirectUsed = new boolean[predIndirect.size()];
            int[] d = match(goldDirect, predDirect, directUsed, 0.8, text, "direct", errors);
            direct = direct.plus(new Prf(d[0], predDirect.size() - d[0], goldDirect.size() - d[0]));
            dMatched += d[0];
            dRight += d[1];
            int[] i = match(goldIndirect, predIndirect, indirectUsed, 0.5, text, "indirect", errors);
            List<Span> matchedContent = new ArrayList<>(matched(predDirect, directUsed));
            matchedContent.addAll(matched(predIndirect, indirectUsed));
            unmatched("direct", text, predDirect, directUsed, List.of(), errors);
            iNested += unmatched("indirect", text, predIndirect, indirectUsed, matchedContent, errors);
            indirect = indirect.plus(new Prf(i[0], predIndirect.size() - i[0], goldIndirect.size() - i[0]));
            iMatched += i[0];
            iRight += i[1];
        }
        return new Result(direct, dRight, dMatched, indirect, iRight, iMatched, iNested, articles, words, (System.nanoTime() - t0) / 1e9);
    }

    /** Article name to its annotation file: one annotator's file per article, the first by name. */
    public static Map<String, Path> annotations(Path dir) throws IOException {
        Map<String, Path> annotations = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir.resolve("attributions"))) {
            for (Path ann : files.filter(f -> f.toString().endsWith(".ann")).sorted().toList()) {
                String name = ann.getFileName().toString().replaceFirst("_[^_]+\\.ann$", "");
                annotations.putIfAbsent(name, ann);
            }
        }
        return annotations;
    }

    /** The attributions of one article as the benchmark scores them, offsets into the NFC text. */
    public static List<GoldAttribution> gold(Path ann, String raw) throws IOException {
        List<GoldQuote> direct = new ArrayList<>();
        List<GoldQuote> indirect = new ArrayList<>();
        readGold(ann, raw, new NfcOffsets(raw), direct, indirect);
        List<GoldAttribution> out = new ArrayList<>();
        direct.forEach(g -> out.add(new GoldAttribution(g.content(), g.sources(), g.cues(), true)));
        indirect.forEach(g -> out.add(new GoldAttribution(g.content(), g.sources(), g.cues(), false)));
        return out;
    }

    /** Two runs' figures added up, as over the folds of a cross-validation. */
    public static Result sum(Result a, Result b) {
        return new Result(a.direct().plus(b.direct()), a.directSpeakersRight() + b.directSpeakersRight(), a.directMatched() + b.directMatched(),
                a.indirect().plus(b.indirect()), a.indirectSpeakersRight() + b.indirectSpeakersRight(), a.indirectMatched() + b.indirectMatched(),
                a.indirectNested() + b.indirectNested(), a.articles() + b.articles(), a.words() + b.words(), a.seconds() + b.seconds());
    }

    /**
     * [matched, speakers right]; each side matched at most once, {@code used} marking the predictions
     * matched; what does not match goes to {@code errors}.
     */
    private static int[] match(List<GoldQuote> gold, List<Quote> pred, boolean[] used, double minOverlap, String text, String kind,
                               ErrorList errors) {
        int matched = 0, right = 0;
        for (GoldQuote g : gold) {
            int best = -1; // the free prediction closest to the gold span, not merely the first that overlaps enough
            double bestShare = 0;
            Quote nearest = null;
            double nearestShare = 0;
            for (int k = 0; k < pred.size(); k++) {
                double share = overlapShare(g.content(), pred.get(k).content());
                if (!used[k] && share >= minOverlap && share > bestShare) {
                    best = k;
                    bestShare = share;
                }
                if (share > nearestShare) {
                    nearest = pred.get(k);
                    nearestShare = share;
                }
            }
            if (best < 0) {
                errors.missed(kind, text, g, nearest, nearestShare);
                continue;
            }
            used[best] = true;
            matched++;
            Quote p = pred.get(best);
            boolean bothUnsourced = p.speakerMention() == null && g.sources().isEmpty(); // "it was unclear whether …"
            if (bothUnsourced || p.speakerMention() != null && g.sources().stream().anyMatch(s -> s.overlaps(p.speakerMention()))) {
                right++;
            } else {
                errors.wrongSpeaker(kind, text, g, p);
            }
        }
        return new int[] {matched, right};
    }

    private static List<Span> matched(List<Quote> pred, boolean[] used) {
        List<Span> out = new ArrayList<>();
        for (int k = 0; k < pred.size(); k++) {
            if (used[k]) {
                out.add(pred.get(k).content());
            }
        }
        return out;
    }

    /** Reports the predictions not matched; returns how many of them lie inside or around a matched prediction's content. */
    private static int unmatched(String kind, String text, List<Quote> pred, boolean[] used, List<Span> matchedContent, ErrorList errors) {
        int nested = 0;
        for (int k = 0; k < pred.size(); k++) {
            if (used[k]) {
                continue;
            }
            Span c = pred.get(k).content();
            boolean nestedInOrAround = matchedContent.stream().anyMatch(m -> !m.equals(c) && (m.contains(c) || c.contains(m)));
            nested += nestedInOrAround ? 1 : 0;
            errors.extra(kind, text, pred.get(k), nestedInOrAround);
        }
        return nested;
    }

    /** Characters shared by the gold fragments and the prediction, over the longer of the two. */
    static double overlapShare(List<Span> gold, Span pred) {
        int overlap = 0, length = 0;
        for (Span g : gold) {
            overlap += Math.max(0, Math.min(g.end(), pred.end()) - Math.max(g.begin(), pred.begin()));
            length += g.length();
        }
        return (double) overlap / Math.max(length, pred.length());
    }

    /**
     * The pipeline reads text in NFC, which is shorter where the file has decomposed accents; gold
     * offsets index the file as it is, so they are moved to the same place in the NFC text.
     */
    record NfcOffsets(String raw, String text) {
        NfcOffsets(String raw) {
            this(raw, Normalizer.normalize(raw, Normalizer.Form.NFC));
        }

        int map(int rawOffset) {
            return raw.length() == text.length() ? rawOffset
                    : Normalizer.normalize(raw.substring(0, rawOffset), Normalizer.Form.NFC).length();
        }
    }

    private static void readGold(Path ann, String raw, NfcOffsets nfc, List<GoldQuote> direct, List<GoldQuote> indirect)
            throws IOException {
        String text = nfc.text();
        Map<String, List<Span>> spans = new HashMap<>();
        List<String> events = new ArrayList<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 2 && f[0].startsWith("T")) {
                String[] head = f[1].split(" ", 2);
                List<Span> parts = new ArrayList<>();
                for (String frag : head[1].split(";")) {
                    String[] be = frag.trim().split(" ");
                    int b = Integer.parseInt(be[0]), en = Integer.parseInt(be[1]);
                    if (en <= raw.length() && b < en) {
                        parts.add(new Span(nfc.map(b), nfc.map(en)));
                    }
                }
                spans.put(f[0], parts);
            } else if (f.length >= 2 && f[0].startsWith("E")) {
                events.add(f[1]);
            }
        }
        for (String ev : events) {
            List<Span> sources = new ArrayList<>();
            List<Span> contents = new ArrayList<>();
            List<Span> cues = new ArrayList<>();
            for (String arg : ev.split(" ")) {
                String[] kv = arg.split(":");
                if (kv.length != 2 || !spans.containsKey(kv[1])) {
                    continue;
                }
                if (kv[0].startsWith("Source")) {
                    sources.addAll(spans.get(kv[1]));
                } else if (kv[0].startsWith("Content")) {
                    contents.addAll(spans.get(kv[1]));
                } else if (kv[0].startsWith("Cue")) {
                    cues.addAll(spans.get(kv[1]));
                }
            }
            boolean swapped = sources.size() == 1 && SAYING.matcher(sources.get(0).of(text)).matches() && !cues.isEmpty();
            List<Span> speakers = swapped ? cues : sources; // "said Hester" marked the other way round: the verb as Source, the name as Cue
            List<Span> quoted = new ArrayList<>();
            for (Span region : regions(text, contents)) {
                quoted.addAll(quotedStretches(text, region));
            }
            if (quoted.isEmpty() && !contents.isEmpty()) {
                indirect.add(new GoldQuote(contents, speakers, cues));
            } else {
                quoted.forEach(q -> direct.add(new GoldQuote(List.of(q), speakers, cues)));
            }
        }
    }

    /**
     * The fragments of one Content span joined where only spaces or punctuation part them, so
     * that a mark opened in one fragment and closed in the next (“… controversy. … I finished
     * it,”) makes one stretch.
     */
    static List<Span> regions(String text, List<Span> fragments) {
        List<Span> sorted = fragments.stream().sorted().toList();
        List<Span> out = new ArrayList<>();
        for (Span f : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && text.substring(last.end(), Math.max(last.end(), f.begin())).chars()
                    .noneMatch(ch -> Character.isLetterOrDigit(ch) || ch == '\n')) {
                out.set(out.size() - 1, new Span(last.begin(), Math.max(last.end(), f.end())));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The stretches between quotation marks inside a content span (the outer quote where they
     * nest). The marks may be inside the span or just outside it, and the span may start inside a
     * quoted transcript line, "WALLACE: …, whose label the annotators left out. In the headline,
     * single quotation marks quote too (‘intentional act’), as the quote guideline has it.
     */
    static List<Span> quotedStretches(String text, Span c) {
        List<Span> out = new ArrayList<>();
        int paragraph = text.lastIndexOf('\n', c.begin() - 1) + 1;
        int open = -1;
        int i = c.begin();
        if (QuoteMarks.transcriptTurnStart(text, paragraph, c.begin()) == c.begin()) {
            open = c.begin();
        } else if (c.begin() > 0 && QuotationMarks.doubleMarkLength(text, c.begin() - 1) == 2) {
            open = c.begin() + 1; // the span starts inside the mark ''
            i = open;
        } else if (c.begin() > 0 && QuotationMarks.doubleMarkLength(text, c.begin() - 1) == 1 && text.charAt(c.begin() - 1) != '”'
                || c.begin() > 1 && QuotationMarks.doubleMarkLength(text, c.begin() - 2) == 2) {
            open = c.begin(); // the opening mark just before the span
        }
        int nested = 0;
        for (; i < c.end(); i++) {
            char ch = text.charAt(i);
            int mark = QuotationMarks.doubleMarkLength(text, i);
            if (open >= 0 && ch == '\n') {
                // A quote running over paragraphs re-opens the mark in each: one stretch per paragraph.
                addTrimmed(text, open, i, out);
                open = -1;
            } else if (open >= 0 && ch == '“') {
                nested++;
            } else if (nested > 0 && ch == '”') {
                nested--;
            } else if (open < 0 && mark > 0 && ch != '”') {
                open = i + mark;
                i += mark - 1;
            } else if (open >= 0 && mark > 0 && ch != '“' && ch != '`') {
                if (i > open) {
                    out.add(new Span(open, i));
                }
                open = -1;
                i += mark - 1;
            }
        }
        if (open >= 0 && c.end() > open) {
            boolean closedRightAfter = c.end() < text.length() && QuotationMarks.doubleMarkLength(text, c.end()) > 0;
            boolean paragraphEnds = c.end() >= text.length() || text.charAt(c.end()) == '\n';
            if (closedRightAfter || paragraphEnds) {
                addTrimmed(text, open, c.end(), out);
            }
        }
        if (out.isEmpty() && paragraph == 0) {
            out.addAll(singleQuotedStretches(text, c));
        }
        return out;
    }

    /** ‘…’ or '…' pairs in [c): an opening mark after a space or the span start, a closing one not followed by a letter. */
    private static List<Span> singleQuotedStretches(String text, Span c) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        int from = c.begin() > 0 && isSingleMark(text.charAt(c.begin() - 1)) ? c.begin() - 1 : c.begin();
        int to = c.end() < text.length() && isSingleMark(text.charAt(c.end())) ? c.end() + 1 : c.end();
        for (int i = from; i < to; i++) {
            if (!isSingleMark(text.charAt(i))) {
                continue;
            }
            boolean opens = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) && i + 1 < to
                    && Character.isLetterOrDigit(text.charAt(i + 1));
            boolean closes = i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                    && (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1)));
            if (open < 0 && opens && text.charAt(i) != '’') {
                open = i + 1;
            } else if (open >= 0 && closes && text.charAt(i) != '‘') {
                out.add(new Span(open, i));
                open = -1;
            }
        }
        return out;
    }

    private static boolean isSingleMark(char ch) {
        return ch == '‘' || ch == '’' || ch == '\'';
    }

    private static void addTrimmed(String text, int from, int to, List<Span> out) {
        Span stretch = Paragraphs.trim(text, from, to);
        if (stretch != null) {
            out.add(stretch);
        }
    }
}
