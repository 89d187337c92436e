package org.newsgraph.output;

/**
 * Converts UTF-16 indexes (Java strings) to Unicode code point indexes (the output's offsets),
 * once per document, in constant time per lookup.
 */
public final class CodePoints {
    private final int[] codePointAt;

    public CodePoints(String text) {
        codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                cp++;
            }
        }
        codePointAt[text.length()] = cp;
    }

    public int of(int utf16Index) {
        return codePointAt[utf16Index];
    }
}
