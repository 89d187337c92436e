package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;

/** How the PolNeAR reader turns a Content span into the direct quotes inside it. */
class PolnearGoldTest {
    private static List<String> stretches(String text, String content) {
        int b = text.indexOf(content);
        return stretches(text, new Span(b, b + content.length()));
    }

    private static List<String> stretches(String text, Span content) {
        return QuotedStretches.of(text, content).stream().map(s -> s.of(text)).toList();
    }

    /** One article {@code a.txt} under {@code dir} with its annotator's file of brat {@code lines}. */
    private static void article(Path dir, String text, String... lines) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/a.txt"), text);
        Files.writeString(dir.resolve("attributions/a_x.ann"), String.join("\n", lines) + "\n");
    }

    @Test
    void marksInsideOrJustOutsideTheSpan() {
        String text = "“We came to work,” Ivanov said.";
        assertEquals(List.of("We came to work,"), stretches(text, "We came to work,"));
        assertEquals(List.of("We came to work,"), stretches(text, "“We came to work,”"));
        assertEquals(List.of(), stretches(text, "Ivanov said"));
    }

    @Test
    void spanStartingInsideTypewriterMarks() {
        String text = "''We should throw wrenches,'' Mr. Castañeda said.";
        assertEquals(List.of("We should throw wrenches,"), stretches(text, "'We should throw wrenches,''"));
    }

    @Test
    void transcriptTurnWithoutItsLabelIsOneQuoteWithTheQuotesNestedInIt() {
        String text = "Intro.\n\"PENCE: Well, look, this is an episode of “Shark Tank.” But this is America.\n\"WALLACE: Next.";
        assertEquals(List.of("Well, look, this is an episode of “Shark Tank.” But this is America."),
                stretches(text, "Well, look, this is an episode of “Shark Tank.” But this is America."));
    }

    @Test
    void aStrayMarkOpeningTheParagraphDoesNotPutTheSpanInsideAQuote() {
        String text = "Intro.\n\"The first time she saw him, after what she called a “rant,” she went home.";
        assertEquals(List.of("rant,"), stretches(text, "what she called a “rant,”"));
    }

    @Test
    void singleQuotesQuoteOnlyInTheHeadline() {
        String text = "Obama Sees 'Personal Insult' if Blacks Don't Rally.\nHe said it's 'not fair' to him.";
        assertEquals(List.of("Personal Insult"), stretches(text, "Obama Sees 'Personal Insult' if Blacks Don't Rally"));
        assertEquals(List.of(), stretches(text, "it's 'not fair' to him"));
    }

    @Test
    void fragmentsPartedOnlyByPunctuationAreScannedTogether() {
        String text = "“The campaign started it. I finished it,” Trump said.";
        int space = text.indexOf(" I finished");
        List<Span> regions = QuotedStretches.regions(text, List.of(new Span(space + 1, text.indexOf(" Trump")), new Span(0, space)));
        assertEquals(1, regions.size());
        assertEquals(List.of("The campaign started it. I finished it,"), stretches(text, regions.get(0)));
    }

    @Test
    void fragmentsPartedByTheAttributionStayApart() {
        String text = "“The museum,” Mr. Obama said, “would last.”";
        List<Span> fragments = List.of(new Span(0, text.indexOf(" Mr.")), new Span(text.indexOf("“would"), text.length()));
        assertEquals(2, QuotedStretches.regions(text, fragments).size());
    }

    @Test
    void aSourceAndCueMarkedTheOtherWayRoundStillNameTheSpeaker(@TempDir Path dir) throws Exception {
        String text = "“Tom is a visionary,” said Robert McAtee.";
        int said = text.indexOf("said"), name = text.indexOf("Robert");
        article(dir, text,
                "T1\tContent 1 20\tTom is a visionary,",
                "T2\tSource " + said + " " + (said + 4) + "\tsaid",
                "T3\tCue " + name + " " + text.length() + "\tRobert McAtee.",
                "E1\tAttribution:T1 Source:T2 Cue:T3 Content:T1");
        Span speaker = new Span(name, name + "Robert McAtee".length());
        PolnearBenchmark.Result r = PolnearBenchmark.run(dir, file -> List.of(
                new Quote(new Span(1, 20), QuoteKind.DIRECT, new Span(said, said + 4), speaker, "Robert McAtee", null)));
        assertEquals(1, r.directMatched());
        assertEquals(1, r.directSpeakersRight());
    }

    @Test
    void anUnsourcedAttributionIsRightOnlyWhenNoSpeakerIsPredicted(@TempDir Path dir) throws Exception {
        String text = "It was unclear whether the judges would rule on the mines.";
        int content = text.indexOf("the judges"), end = text.length() - 1;
        article(dir, text,
                "T1\tContent " + content + " " + end + "\t" + text.substring(content, end),
                "T2\tCue 3 14\twas unclear",
                "E1\tAttribution:T1 Cue:T2 Content:T1");
        Span words = new Span(content, end);
        PolnearBenchmark.Result none = PolnearBenchmark.run(dir, file -> List.of(
                new Quote(words, QuoteKind.INDIRECT, new Span(3, 14), null, null, null)));
        assertEquals(1, none.indirectMatched());
        assertEquals(1, none.indirectSpeakersRight());
        PolnearBenchmark.Result invented = PolnearBenchmark.run(dir, file -> List.of(
                new Quote(words, QuoteKind.INDIRECT, new Span(3, 14), new Span(0, 2), "It", null)));
        assertEquals(1, invented.indirectMatched());
        assertEquals(0, invented.indirectSpeakersRight());
    }

    @Test
    void anAttributionNestedInAMatchedOneIsUnscoredOnlyInTheUnivocalFigure(@TempDir Path dir) throws Exception {
        String text = "Aides said Trump warned that taxes would rise. Critics claim the plan fails.";
        int outer = text.indexOf("Trump"), inner = text.indexOf("taxes"), stop = text.indexOf('.');
        int other = text.indexOf("the plan");
        article(dir, text,
                "T1\tContent " + outer + " " + stop + "\t" + text.substring(outer, stop),
                "T2\tSource 0 5\tAides",
                "T3\tCue 6 10\tsaid",
                "E1\tAttribution:T1 Source:T2 Cue:T3 Content:T1");
        PolnearBenchmark.Result r = PolnearBenchmark.run(dir, file -> List.of(
                new Quote(new Span(outer, stop), QuoteKind.INDIRECT, new Span(6, 10), new Span(0, 5), "Aides", null),
                new Quote(new Span(inner, stop), QuoteKind.INDIRECT, null, new Span(outer, outer + 5), "Trump", null),
                new Quote(new Span(other, text.length() - 1), QuoteKind.INDIRECT, null, new Span(47, 54), "Critics", null)));
        assertEquals(1, r.indirect().tp());
        assertEquals(2, r.indirect().fp());
        assertEquals(1, r.indirectNested());
        assertEquals(1, r.indirectUnivocal().fp(), "the extra outside every matched attribution still counts");

        article(dir, text,
                "T1\tContent " + inner + " " + stop + "\t" + text.substring(inner, stop),
                "T2\tSource " + outer + " " + (outer + 5) + "\tTrump",
                "T3\tCue " + (outer + 6) + " " + (outer + 12) + "\twarned",
                "E1\tAttribution:T1 Source:T2 Cue:T3 Content:T1");
        r = PolnearBenchmark.run(dir, file -> List.of(
                new Quote(new Span(outer, stop), QuoteKind.INDIRECT, new Span(6, 10), new Span(0, 5), "Aides", null),
                new Quote(new Span(inner, stop), QuoteKind.INDIRECT, null, new Span(outer, outer + 5), "Trump", null)));
        assertEquals(1, r.indirect().tp());
        assertEquals(1, r.indirectNested(), "the aides' claim around Trump's matched warning is not annotated either");
        assertEquals(0, r.indirectUnivocal().fp());
    }

    @Test
    void aGoldAttributionIsMatchedWithTheClosestPredictionNotTheFirst(@TempDir Path dir) throws Exception {
        String text = "Graham called on Republicans to drop Trump after Trump claimed a judge was unfit.";
        int content = text.indexOf("Republicans"), end = text.length() - 1, inner = text.indexOf("a judge");
        article(dir, text,
                "T1\tContent " + content + " " + end + "\t" + text.substring(content, end),
                "T2\tSource 0 6\tGraham",
                "T3\tCue 7 16\tcalled on",
                "E1\tAttribution:T1 Source:T2 Cue:T3 Content:T1");
        int trump = text.lastIndexOf("Trump claimed");
        PolnearBenchmark.Result closest = PolnearBenchmark.run(dir, file -> List.of(
                new Quote(new Span(content, inner), QuoteKind.INDIRECT, null, new Span(trump, trump + 5), "Trump", null),
                new Quote(new Span(content, end), QuoteKind.INDIRECT, new Span(7, 16), new Span(0, 6), "Graham", null)));
        assertEquals(1, closest.indirectMatched());
        assertEquals(1, closest.indirectSpeakersRight());
    }
}
