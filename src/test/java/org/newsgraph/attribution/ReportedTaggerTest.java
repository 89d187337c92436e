package org.newsgraph.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.Span;

/** How the tagger's token labels are read from an annotation and turned into reported-speech runs. */
class ReportedTaggerTest {
    private static final String TEXT = "Officials said the plan would fail soon , and \"it is dead\" , they added .";

    private static TokenTable table() {
        Document doc = TestPipeline.run(TEXT);
        return new TokenTable(doc, List.of(), w -> "");
    }

    private static Span span(String words) {
        int b = TEXT.indexOf(words);
        return new Span(b, b + words.length());
    }

    private static String[] labels(TokenTable t, String content) {
        String[] labels = new String[t.size()];
        Arrays.fill(labels, ReportedTagger.OTHER);
        t.mark(span(content), i -> labels[i] = ReportedTagger.CONTENT);
        return labels;
    }

    @Test
    void aCueOutranksASourceWhichOutranksContent() {
        TokenTable t = table();
        GoldAttribution g = new GoldAttribution(List.of(span("Officials said the plan")), List.of(span("Officials")), List.of(span("said")), false);
        String[] labels = ReportedTagger.labels(t, List.of(g));
        assertEquals(List.of("S", "Q", "C", "C", "O"), Arrays.asList(labels).subList(0, 5));
    }

    @Test
    void aRunIsTrimmedOfPunctuationAndMustBeLongEnough() {
        TokenTable t = table();
        List<int[]> runs = ReportedTagger.contentRuns(t, labels(t, "the plan would fail soon ,"), 4, 0);
        assertEquals(1, runs.size());
        assertEquals("the plan would fail soon", t.span(runs.get(0)[0], runs.get(0)[1]).of(TEXT));
        assertEquals(List.of(), ReportedTagger.contentRuns(t, labels(t, "the plan would fail soon ,"), 6, 0));
    }

    @Test
    void runsJoinAcrossASmallGapButNotAcrossQuotationMarks() {
        TokenTable t = table();
        String[] labels = labels(t, "the plan would");
        t.mark(span("soon"), i -> labels[i] = ReportedTagger.CONTENT);
        List<int[]> joined = ReportedTagger.contentRuns(t, labels, 2, 1);
        assertEquals(1, joined.size());
        assertArrayEquals(new int[] {2, 7}, joined.get(0));
        assertEquals(1, ReportedTagger.contentRuns(t, labels, 2, 0).size(), "without a bridge 'soon' alone is too short");
        assertEquals(List.of(), ReportedTagger.contentRuns(t, labels(t, "and \"it is dead\""), 2, 0), "a quoted stretch is not reported speech");
    }
}
