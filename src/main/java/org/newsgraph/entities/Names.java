package org.newsgraph.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name normalisation shared by clustering, ids and scoring. */
public final class Names {
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|s['’]|['’])$");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {
    }

    /** The name as it should be displayed: without possessive, leading article or extra spaces. */
    public static String clean(String surface) {
        String s = surface.strip().replaceAll("\\s+", " ");
        s = LEADING_THE.matcher(s).replaceFirst("");
        if (POSSESSIVE.matcher(s).find()) {
            s = s.endsWith("s'") || s.endsWith("s’") ? s.substring(0, s.length() - 1)
                    : s.replaceFirst("['’]s?$", "");
        }
        return s.strip();
    }

    /** Comparison key: cleaned, accents and punctuation removed, lower case, single spaces. */
    public static String key(String surface) {
        String s = Normalizer.normalize(clean(surface), Normalizer.Form.NFKD);
        s = DIACRITICS.matcher(s).replaceAll("");
        s = s.replace(".", "");
        return NON_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The slug in a global entity id: the key with hyphens. */
    public static String slug(String name) {
        String k = key(name).replace(' ', '-');
        return k.isEmpty() ? "unnamed" : k;
    }
}
