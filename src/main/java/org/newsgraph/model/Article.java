package org.newsgraph.model;

import java.util.Objects;

/**
 * An article as read: its identifier (the file name without extension), the decoded and
 * NFC-normalised text every offset indexes, how the bytes were decoded, and, for a web page,
 * what the page itself says about the article ({@code page}, null for plain text).
 */
public record Article(String identifier, String text, String encoding, boolean encodingFallback, PageMetadata page) {
    public Article {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
    }

    public Article(String identifier, String text, String encoding, boolean encodingFallback) {
        this(identifier, text, encoding, encodingFallback, null);
    }
}
