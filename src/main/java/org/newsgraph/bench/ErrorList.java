package org.newsgraph.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/**
 * What a benchmark run got wrong, one line each, so an error analysis reads the failures instead
 * of guessing at them: {@code missed}, {@code extra}, {@code nested} (an extra inside or around a matched
 * attribution) and {@code speaker} lines under each article.
 */
public class ErrorList {
    /** Keeps nothing. */
    public static final ErrorList NONE = new ErrorList(null);

    private final PrintWriter out;

    public ErrorList(PrintWriter out) {
        this.out = out;
    }

    void article(String name) {
        if (out != null) {
            out.println("# " + name);
        }
    }

    void missed(String kind, String text, GoldQuote gold, Quote nearest, double overlap) {
        if (out != null) {
            out.println(kind + "\tmissed\t" + words(text, gold.content()) + "\tsource: " + words(text, gold.sources())
                    + "\tcue: " + words(text, gold.cues()) + (nearest == null ? "" : String.format(Locale.ROOT,
                    "\tnearest (%.2f): %s", overlap, flat(nearest.content().of(text)))));
        }
    }

    /** A prediction matching no gold; {@code nested} when it lies inside or around the content of one that matched. */
    void extra(String kind, String text, Quote q, boolean nested) {
        if (out != null) {
            out.println(kind + (nested ? "\tnested\t" : "\textra\t") + flat(q.content().of(text)) + "\tspeaker: " + mention(text, q));
        }
    }

    void wrongSpeaker(String kind, String text, GoldQuote gold, Quote q) {
        if (out != null) {
            out.println(kind + "\tspeaker\t" + words(text, gold.content()) + "\tgold: " + words(text, gold.sources())
                    + " [" + words(text, gold.cues()) + "]\tfound: " + mention(text, q));
        }
    }

    private static String mention(String text, Quote q) {
        return q.speakerMention() == null ? "-" : flat(q.speakerMention().of(text)) + (q.cue() == null ? "" : " [" + flat(q.cue().of(text)) + "]");
    }

    private static String words(String text, List<Span> spans) {
        return spans.isEmpty() ? "-" : spans.stream().map(s -> flat(s.of(text))).collect(Collectors.joining(" … "));
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
