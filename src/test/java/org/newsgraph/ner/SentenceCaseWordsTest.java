package org.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.NamedEntity;

/** Words capitalised only by opening a sentence, through the real models; sentences written for the test. */
class SentenceCaseWordsTest {
    private static List<String> names(Document d) {
        return d.namedEntities().stream().map(NamedEntity::text).toList();
    }

    @Test
    void aWordTheArticleWritesInLowerCaseIsNoNameAtASentenceStart() {
        Document d = TestPipeline.run("The mayor promised lower taxes to win over conservative voters in Ohio.\n\n"
                + "Conservatives remain wary of the plan, Harold Tanner said.");
        assertFalse(names(d).contains("Conservatives"), d.namedEntities().toString());
        assertTrue(names(d).contains("Harold Tanner"), d.namedEntities().toString());
    }

    @Test
    void aWordTheArticleAlsoCapitalisesInsideASentenceStaysAName() {
        Document d = TestPipeline.run("The Conservatives won the seat from Labour, and a conservative mood spread.\n\n"
                + "Conservatives now hold the council in Leeds.");
        assertTrue(names(d).stream().filter("Conservatives"::equals).count() == 2, d.namedEntities().toString());
    }
}
