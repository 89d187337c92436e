package org.newsgraph.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the parts of an article are. {@code content} lists the paragraph spans later stages
 * read (headline, standfirst, first caption, body); bylines, date lines, credits, copyright
 * lines and page furniture are left out of it. Optional fields are null when absent.
 * {@code sources} says, per schema.org property present, where its value came from: "layout"
 * (found in the text) or the page's own metadata ("json-ld", "meta:og:title", …).
 */
public record Layout(
        Span headline,
        Span description,
        List<String> authors,
        String datePublished,
        String dateModified,
        String publisher,
        Span imageCaption,
        String imageCredit,
        List<Span> content,
        List<Span> furniture,
        Map<String, String> sources) {

    public Layout {
        authors = List.copyOf(authors);
        content = List.copyOf(Objects.requireNonNull(content));
        furniture = List.copyOf(furniture);
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }
}
