package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;

/**
 * "a Suffolk University/Boston Globe poll", "the latest Washington Post-ABC News survey", "an ABC
 * News/Washington Post Poll": US copy names a poll after its sponsors run together, and the tagger
 * takes the run (and a capitalised "Poll") as one organisation. Before a poll noun
 * ({@code models/poll-nouns.txt}) the run is one organisation per sponsor, split at a slash, or at
 * a hyphen between capitalised words ("NBC-Wall Street Journal"; elsewhere a hyphen joins one
 * company's name, "Hewlett-Packard"). A run that does not split ("American Community Survey"), or
 * with a side shorter than two letters, stays as the tagger found it.
 */
final class PollSponsors {
    private static final Pattern JOIN = Pattern.compile("\\s*/\\s*|(?<=\\p{L})-(?=\\p{Lu})");
    private final WordList pollNouns = new WordList("poll-nouns.txt");

    /** {@code mentions} sorted by span; returns them with each poll's sponsors apart, sorted. */
    List<NamedEntity> apply(String text, Tokens tokens, List<NamedEntity> mentions) {
        List<NamedEntity> out = new ArrayList<>(mentions.size());
        List<Token> ts = tokens.tokens();
        for (NamedEntity m : mentions) {
            int last = tokens.tokenAtOrAfter(m.span().end()) - 1;
            int next = last + 1;
            Span run = m.span();
            if (last > 0 && ts.get(last).span().end() == m.span().end() && pollNouns.contains(ts.get(last).word())
                    && Character.isUpperCase(ts.get(last).word().charAt(0)) && ts.get(last - 1).span().begin() >= m.span().begin()) {
                run = new Span(m.span().begin(), ts.get(last - 1).span().end()); // "… Washington Post Poll": the poll is no sponsor
            } else if (next >= ts.size() || !pollNouns.contains(ts.get(next).word())) {
                out.add(m);
                continue;
            }
            out.addAll(sponsors(text, run, m));
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private static List<NamedEntity> sponsors(String text, Span run, NamedEntity m) {
        List<NamedEntity> pieces = new ArrayList<>();
        Matcher joins = JOIN.matcher(text).region(run.begin(), run.end());
        int begin = run.begin();
        while (joins.find()) {
            pieces.add(piece(text, begin, joins.start()));
            begin = joins.end();
        }
        pieces.add(piece(text, begin, run.end()));
        if (pieces.size() == 1 || pieces.stream().anyMatch(p -> p.span().length() < 2)) {
            return List.of(m); // "American Community Survey": one name, poll and all
        }
        return pieces;
    }

    private static NamedEntity piece(String text, int begin, int end) {
        Span s = new Span(begin, end);
        return new NamedEntity(s, EntityType.ORGANIZATION, s.of(text));
    }
}
