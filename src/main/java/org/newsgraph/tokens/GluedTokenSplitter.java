package org.newsgraph.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Splits tokens glued by a missing space after a comma or semicolon ("Iraq,Israel"), which
 * scraped lists often contain; numbers such as "1,200" are left alone.
 */
public final class GluedTokenSplitter {
    private static final Pattern GLUED = Pattern.compile("(\\p{L}[\\p{L}.'’-]*)?([,;])(\\p{Lu}[\\p{L}.'’-]*)");

    private GluedTokenSplitter() {
    }

    public static List<Token> split(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            Matcher m = GLUED.matcher(t.word());
            if (m.matches() && t.span().length() == t.word().length()) {
                int b = t.span().begin();
                if (m.group(1) != null) {
                    out.add(new Token(new Span(b, b + m.end(1)), m.group(1)));
                }
                out.add(new Token(new Span(b + m.start(2), b + m.end(2)), m.group(2)));
                out.add(new Token(new Span(b + m.start(3), b + m.end(3)), m.group(3)));
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
