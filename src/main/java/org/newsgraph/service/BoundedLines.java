package org.newsgraph.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines from a stream without ever holding more than a limit of one line: a longer
 * line is skipped to its end and reported as too long, so one huge line cannot exhaust memory.
 */
final class BoundedLines {
    /** A line, or a line that was too long (text null). */
    record Line(String text, boolean tooLong) {
    }

    private final InputStream in;
    private final int limit;

    BoundedLines(InputStream in, int limit) {
        this.in = new java.io.BufferedInputStream(in, 64 * 1024);
        this.limit = limit;
    }

    /** The next line without its end, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        boolean over = false;
        int b;
        boolean any = false;
        while ((b = in.read()) >= 0) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (buf.size() >= limit) {
                over = true;
            } else {
                buf.write(b);
            }
        }
        if (!any) {
            return null;
        }
        if (over) {
            return new Line(null, true);
        }
        String s = buf.toString(StandardCharsets.UTF_8);
        return new Line(s.endsWith("\r") ? s.substring(0, s.length() - 1) : s, false);
    }
}
