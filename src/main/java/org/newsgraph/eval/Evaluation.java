package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.eval.Scorer.ArticleScore;

/** Scores of a set of articles, summed over articles (micro average), as flat named metrics. */
public final class Evaluation {
    public static final String OVERALL = "overall";
    private final List<ArticleScore> articles;

    public Evaluation(List<ArticleScore> articles) {
        this.articles = List.copyOf(articles);
    }

    public List<ArticleScore> articles() {
        return articles;
    }

    /** Every metric, keyed "ARTICLE/metric" and "overall/metric". */
    public Map<String, Double> metrics() {
        Map<String, Double> out = new LinkedHashMap<>();
        Map<String, Prf> entities = new LinkedHashMap<>();
        Map<String, Prf> relations = new LinkedHashMap<>();
        Prf quotes = new Prf(0, 0, 0);
        int right = 0, total = 0, metaRight = 0, metaTotal = 0;
        Map<String, Integer> metaFieldRight = new LinkedHashMap<>();
        for (ArticleScore a : articles) {
            put(out, a.article(), a);
            a.entities().forEach((k, v) -> entities.merge(k, v, Prf::plus));
            a.relations().forEach((k, v) -> relations.merge(k, v, Prf::plus));
            quotes = quotes.plus(a.quoteDetection());
            right += a.speakersRight();
            total += a.speakersTotal();
            for (Map.Entry<String, Boolean> m : a.metadata().entrySet()) {
                metaFieldRight.merge(m.getKey(), m.getValue() ? 1 : 0, Integer::sum);
                metaRight += m.getValue() ? 1 : 0;
                metaTotal++;
            }
        }
        entities.forEach((k, v) -> out.put(OVERALL + "/entities." + k + ".f1", v.f1()));
        out.put(OVERALL + "/quotes.detection.f1", quotes.f1());
        out.put(OVERALL + "/quotes.attribution.accuracy", total == 0 ? 1.0 : (double) right / total);
        relations.forEach((k, v) -> out.put(OVERALL + "/relations." + k + ".f1", v.f1()));
        out.put(OVERALL + "/metadata.accuracy", metaTotal == 0 ? 1.0 : (double) metaRight / metaTotal);
        int n = articles.size();
        metaFieldRight.forEach((k, v) -> out.put(OVERALL + "/metadata." + k, n == 0 ? 1.0 : (double) v / n));
        return out;
    }

    private static void put(Map<String, Double> out, String article, ArticleScore a) {
        a.entities().forEach((k, v) -> out.put(article + "/entities." + k + ".f1", v.f1()));
        out.put(article + "/quotes.detection.f1", a.quoteDetection().f1());
        out.put(article + "/quotes.attribution.accuracy", a.speakersTotal() == 0 ? 1.0 : (double) a.speakersRight() / a.speakersTotal());
        a.relations().forEach((k, v) -> out.put(article + "/relations." + k + ".f1", v.f1()));
        long right = a.metadata().values().stream().filter(b -> b).count();
        out.put(article + "/metadata.accuracy", a.metadata().isEmpty() ? 1.0 : (double) right / a.metadata().size());
    }

    /** Summed counts per family, for the table: entities, quotes, relations. */
    public Map<String, Prf> totals() {
        Map<String, Prf> out = new LinkedHashMap<>();
        for (ArticleScore a : articles) {
            a.entities().forEach((k, v) -> out.merge("entities " + k, v, Prf::plus));
            out.merge("quotes", a.quoteDetection(), Prf::plus);
            a.relations().forEach((k, v) -> out.merge("relations " + k, v, Prf::plus));
        }
        return out;
    }

    /**
     * Metrics below their baseline: "metric: now X, baseline Y". Only the articles evaluated now
     * are compared, and the overall figures only when the same set of articles was evaluated.
     */
    public static List<String> regressions(Map<String, Double> now, Map<String, Double> baseline) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> evaluated = articlesIn(now);
        boolean sameSet = evaluated.equals(articlesIn(baseline));
        baseline.forEach((k, base) -> {
            String article = k.substring(0, k.indexOf('/'));
            if (article.equals(OVERALL) ? !sameSet : !evaluated.contains(article)) {
                return;
            }
            Double v = now.get(k);
            if (v == null) {
                out.add(k + ": missing, baseline " + base);
            } else if (v < base - 1e-9) {
                out.add(String.format(java.util.Locale.ROOT, "%s: now %.4f, baseline %.4f", k, v, base));
            }
        });
        return out;
    }

    private static java.util.Set<String> articlesIn(Map<String, Double> metrics) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String k : metrics.keySet()) {
            String article = k.substring(0, k.indexOf('/'));
            if (!article.equals(OVERALL)) {
                out.add(article);
            }
        }
        return out;
    }
}
