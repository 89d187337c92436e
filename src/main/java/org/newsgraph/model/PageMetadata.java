package org.newsgraph.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a web page itself says about its article (JSON-LD, microdata, meta tags, {@code <time>},
 * {@code <h1>}, {@code <figcaption>}), added by the reader. Headline and caption are spans of the
 * extracted text; {@code sources} names where each field came from ("json-ld",
 * "meta:article:published_time", …), keyed by the schema.org property name. Absent fields are null.
 */
public record PageMetadata(
        Span headline,
        Span imageCaption,
        List<String> authors,
        String datePublished,
        String dateModified,
        String publisher,
        Map<String, String> sources) {

    public PageMetadata {
        authors = List.copyOf(authors);
        sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }
}
