package org.newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.eval.Prf;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.ArticleSkipped;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.ArticleRejected;

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
        Map<String, Path> annotations = PolnearGold.annotations(dir);
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
            PolnearGold.read(e.getValue(), raw, new PolnearGold.NfcOffsets(raw), goldDirect, goldIndirect);
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

}
