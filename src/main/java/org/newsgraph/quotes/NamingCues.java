package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.ModelFiles;

/**
 * The words before quotation marks that say what is inside them, from
 * {@code models/naming-cues.tsv}: a name or title ("known as the “Summit of …”") or somebody's
 * words ("what he called a “brazen breach”").
 */
final class NamingCues {
    private final Pattern nameIntro;
    private final Pattern someonesWordsIntro;

    NamingCues() {
        List<String> names = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String line : ModelFiles.lines("naming-cues.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 2 || !f[1].strip().equals("name") && !f[1].strip().equals("words")) {
                throw new IllegalArgumentException("naming-cues.tsv: expected 'phrase<TAB>name|words' but got: " + line);
            }
            (f[1].strip().equals("name") ? names : words).add(Pattern.quote(f[0].strip()).replace(" ", "\\E\\s+\\Q"));
        }
        nameIntro = Pattern.compile("(?i)(?:" + String.join("|", names) + ")\\s*(?:the\\s+|an?\\s+)?$");
        someonesWordsIntro = Pattern.compile("(?:\\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|[Ww]ho)|\\p{Lu}[\\p{L}’'.-]*)\\s+"
                + "(?:has |had |have |also |once )?(?i:" + String.join("|", words) + ")"
                + "(?:\\s+(?:it|him|her|them|this|that|[\\p{L}’'-]+’s|[\\p{L}’'-]+'s)(?:\\s+\\p{L}+)?)?\\s*(?:the\\s+|an?\\s+)?$");
    }

    /**
     * Whether the text right before a quotation mark says a name or title follows ("known as
     * the", "a film called"), and not somebody's words ("what he called a").
     */
    boolean introducesName(String before) {
        return nameIntro.matcher(before).find() && !someonesWordsIntro.matcher(before).find();
    }
}
