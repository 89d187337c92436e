package org.newsgraph.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.ModelFiles;

/** The page-layout regular expressions of {@code models/layout-patterns.tsv}, by kind. */
public final class LayoutPatterns {
    /** What a matching paragraph is. */
    public enum Kind {
        /** This paragraph and everything after it is page furniture. */
        TRAILER,
        /** This paragraph alone is furniture. */
        FURNITURE,
        /** A copyright line; group 1 names the publisher; what follows is furniture. */
        COPYRIGHT,
        /** A publication date line. */
        PUBLISHED,
        /** An update date line. */
        MODIFIED,
        /** A dateline opening the body; group 1 names the agency. */
        DATELINE,
        /** A caption with a label ("Photo: …"); group 1 is the caption. */
        CAPTION,
        /** A photo credit closing a paragraph; group 1 is the credit. */
        CREDIT,
        /** A label line ("ABSTRACT.") before the standfirst. */
        ABSTRACT,
        /** A dateline opening the body, with or without an agency. */
        BODYSTART,
        /** An author's follow line; groups 1 and 2 name authors. */
        SIGNOFF,
        /** A closing note on where writers reported from; groups 1-3 name authors. */
        REPORTER,
        /** A closing author note; group 1 names the author. */
        BIO
    }

    private final Map<Kind, List<Pattern>> patterns = new EnumMap<>(Kind.class);

    public LayoutPatterns() {
        for (Kind k : Kind.values()) {
            patterns.put(k, new ArrayList<>());
        }
        for (String[] row : ModelFiles.rows("layout-patterns.tsv", 2)) {
            Kind kind = Kind.valueOf(row[0].toUpperCase(Locale.ROOT));
            patterns.get(kind).add(Pattern.compile(row[1]));
        }
    }

    /** The first pattern of this kind that matches at the start of the paragraph, or null. */
    public Matcher match(Kind kind, String paragraph) {
        for (Pattern p : patterns.get(kind)) {
            Matcher m = p.matcher(paragraph);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    public boolean matches(Kind kind, String paragraph) {
        return match(kind, paragraph) != null;
    }
}
