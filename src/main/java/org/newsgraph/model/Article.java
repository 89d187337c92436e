package org.newsgraph.model;

import java.util.Objects;

/**
 * An article as read: its identifier (the file name without extension), the decoded and
 * NFC-normalised text every offset indexes, and how the bytes were decoded.
 */
public record Article(String identifier, String text, String encoding, boolean encodingFallback) {
    public Article {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
    }
}
