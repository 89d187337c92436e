package org.newsgraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Layout;
import org.newsgraph.model.PageMetadata;
import org.newsgraph.model.Span;

class PageFirstTest {
    private static Layout found(List<String> authors, String published) {
        return new Layout(new Span(0, 5), null, authors, published, null, null, null, null, List.of(new Span(0, 5)), List.of(), Map.of());
    }

    @Test
    void pageAuthorsAreReadAsBylinesAndThePageWinsFieldByField() {
        PageMetadata page = new PageMetadata(new Span(0, 5), null, List.of("By Jane Doe and John Roe", "Ann Lee, Staff Writer"), null,
                "2020-01-02", null, Map.of("headline", "json-ld", "author", "meta:author", "dateModified", "json-ld"));
        Layout l = PageFirst.merge(found(List.of("Somebody Else"), "2020-01-01"), page);
        assertEquals(List.of("Jane Doe", "John Roe", "Ann Lee"), l.authors());
        assertEquals("2020-01-01", l.datePublished(), "the page lacks it, the text has it");
        assertEquals("2020-01-02", l.dateModified());
        assertEquals(Map.of("headline", "json-ld", "author", "meta:author", "datePublished", "layout", "dateModified", "json-ld"), l.sources());
    }

    @Test
    void anAuthorThatIsOnlyARoleLeavesTheFieldToTheText() {
        PageMetadata page = new PageMetadata(null, null, List.of("Staff Reporter"), null, null, null, Map.of("author", "meta:author"));
        Layout l = PageFirst.merge(found(List.of("Jane Doe"), null), page);
        assertEquals(List.of("Jane Doe"), l.authors());
        assertEquals("layout", l.sources().get("author"));
    }
}
