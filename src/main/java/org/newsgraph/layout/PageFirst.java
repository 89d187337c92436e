package org.newsgraph.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.model.Layout;
import org.newsgraph.model.PageMetadata;

/**
 * Joins what a web page states about its article with what the layout stage found in the text:
 * the page's value wins field by field, the text fills only what the page lacks, and the source
 * of every field present is recorded.
 */
final class PageFirst {
    static final String LAYOUT = "layout";
    private static final Pattern BY = Pattern.compile("^(?:By|BY|by)\\s*:?\\s+");

    private PageFirst() {
    }

    static Layout merge(Layout found, PageMetadata page) {
        Map<String, String> pageSources = page == null ? Map.of() : page.sources();
        Map<String, String> sources = new LinkedHashMap<>();
        List<String> authors = found.authors();
        String published = found.datePublished();
        String modified = found.dateModified();
        String publisher = found.publisher();
        List<String> pageAuthors = page == null ? List.of() : names(page.authors());
        if (page != null) {
            authors = pageAuthors.isEmpty() ? authors : pageAuthors;
            published = page.datePublished() != null ? page.datePublished() : published;
            modified = page.dateModified() != null ? page.dateModified() : modified;
            publisher = page.publisher() != null ? page.publisher() : publisher;
        }
        note(sources, "headline", found.headline() != null, pageSources, page != null && page.headline() != null);
        note(sources, "description", found.description() != null, pageSources, false);
        note(sources, "author", !found.authors().isEmpty(), pageSources, !pageAuthors.isEmpty());
        note(sources, "datePublished", found.datePublished() != null, pageSources, page != null && page.datePublished() != null);
        note(sources, "dateModified", found.dateModified() != null, pageSources, page != null && page.dateModified() != null);
        note(sources, "publisher", found.publisher() != null, pageSources, page != null && page.publisher() != null);
        note(sources, "caption", found.imageCaption() != null, pageSources, page != null && page.imageCaption() != null);
        note(sources, "creditText", found.imageCredit() != null, pageSources, false);
        if (pageSources.containsKey("text")) {
            sources.put("text", pageSources.get("text"));
        }
        return new Layout(found.headline(), found.description(), authors, published, modified, publisher,
                found.imageCaption(), found.imageCredit(), found.content(), found.furniture(), sources);
    }

    /**
     * Author names as pages write them ("By Jane Doe", "Jane Doe and John Roe", "Jane Doe, Staff
     * Writer") read as the byline parser reads a byline: one name each, roles dropped.
     */
    static List<String> names(List<String> pageAuthors) {
        List<String> out = new ArrayList<>();
        for (String a : pageAuthors) {
            for (String n : BylineParser.names(BY.matcher(a).replaceFirst(""))) {
                if (!out.contains(n)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    private static void note(Map<String, String> sources, String field, boolean inText, Map<String, String> pageSources, boolean onPage) {
        if (onPage) {
            sources.put(field, pageSources.getOrDefault(field, "page"));
        } else if (inText) {
            sources.put(field, LAYOUT);
        }
    }
}
