package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static Scorer.ArticleScore score(String name, int typedTp, int typedFp, Map<String, Boolean> metadata, List<String> missed) {
        Scorer.Details details = new Scorer.Details(missed, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        return new Scorer.ArticleScore(name, Map.of("typed", new Prf(typedTp, typedFp, missed.size())), new Prf(2, 0, 0), 2, 2,
                Map.of("overall", new Prf(1, 0, 0)), metadata, details);
    }

    @Test
    void contentsAndScoresPerArticleComeFirstAndMetadataListsNoEmptyAgreement() throws Exception {
        Map<String, Boolean> goodMeta = new LinkedHashMap<>();
        goodMeta.put("headline", true);
        goodMeta.put("imageCaption", true); // neither side has a caption
        Map<String, Boolean> badMeta = new LinkedHashMap<>();
        badMeta.put("headline", false);
        badMeta.put("imageCaption", true);
        Evaluation eval = new Evaluation(List.of(score("clean", 4, 0, goodMeta, List.of()),
                score("messy", 3, 1, badMeta, List.of("Person Ann Smith"))));
        Map<String, JsonNode> predicted = Map.of(
                "clean", MAPPER.readTree("{\"text\":\"Ferry fares rise\",\"headline\":\"Ferry fares rise\"}"),
                "messy", MAPPER.readTree("{\"text\":\"Bus fares fall, Ann Smith said\",\"headline\":\"Bus\"}"));
        Map<String, JsonNode> gold = Map.of(
                "clean", MAPPER.readTree("{\"metadata\":{\"headline\":\"Ferry fares rise\"}}"),
                "messy", MAPPER.readTree("{\"metadata\":{\"headline\":\"Bus fares fall\"}}"));
        Path file = dir.resolve("report.html");
        ReportWriter.writeHtml(eval, predicted, gold, file);
        String html = Files.readString(file);

        int contents = html.indexOf("<h2>Contents</h2>");
        int scores = html.indexOf("id=\"scores\"");
        int firstArticle = html.indexOf("<h2 id=\"article-1\">");
        assertTrue(contents >= 0 && contents < scores && scores < firstArticle, "contents, then scores, then the articles");
        assertTrue(html.contains("<a href=\"#article-1\">clean</a>: all right"), html);
        assertTrue(html.contains("<a href=\"#article-2\">messy</a>: 2 problems"), "a missed entity and a wrong headline");
        String table = html.substring(scores, html.indexOf("</table>", scores));
        assertTrue(table.contains("<td><a href=\"#article-2\">messy</a></td><td class=bad>0.750</td>"), table);
        assertTrue(table.contains("<td>1/1</td>") || table.contains("<td>2/2</td>"), table);
        assertTrue(table.contains("<td class=bad>1/2</td>"), "messy's metadata: 1 of 2 right: " + table);

        assertFalse(html.contains("expected: none"), "no line for a field neither side has");
        assertFalse(html.substring(firstArticle).contains("imageCaption"), "a caption neither side has is not listed");
        assertTrue(html.contains("<li class=bad>headline: predicted Bus; expected Bus fares fall</li>"), html);
        assertTrue(html.contains("<p>Right: headline.</p>"), html);
        assertEquals(1, html.split("<h3>Missed entities").length - 1);
    }
}
