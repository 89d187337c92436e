package org.newsgraph.service;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/** A parsed Content-Type header: the lower-case type and its charset parameter, if any. */
record MediaType(String type, String charsetName) {
    static MediaType parse(String header) {
        if (header == null || header.isBlank()) {
            return new MediaType("", null);
        }
        String[] parts = header.split(";");
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                charset = p.substring(eq + 1).strip().replace("\"", "");
            }
        }
        return new MediaType(parts[0].strip().toLowerCase(Locale.ROOT), charset);
    }

    boolean isAbsent() {
        return type.isEmpty();
    }

    /** The declared charset, or null when none is declared. */
    Charset charset() throws UnsupportedCharsetException {
        if (charsetName == null) {
            return null;
        }
        try {
            return Charset.forName(charsetName);
        } catch (IllegalCharsetNameException e) {
            throw new UnsupportedCharsetException(charsetName);
        }
    }
}
