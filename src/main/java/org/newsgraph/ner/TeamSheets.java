package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Tokens;

/**
 * "Esson, Hart, Anderson, Diamond, Byrne (Morrison 75), …": a match report's team sheet, a
 * paragraph of six or more names between commas with at least one substitute in brackets with
 * the minute he came on. Every name in it is a player, though the tagger, seeing no sentence,
 * reads "Diamond" as a company, "Bollan" as a place and misses "Burns".
 */
final class TeamSheets {
    private static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2}";
    private static final String SUBSTITUTE = " \\((" + NAME + ") \\d{1,3}\\)";
    private static final Pattern PLAYER = Pattern.compile("(" + NAME + ")(?:" + SUBSTITUTE + ")?");
    private static final String ITEM = NAME + "(?:" + SUBSTITUTE.replace("(" + NAME + ")", NAME) + ")?";
    private static final Pattern SHEET = Pattern.compile("(?=.*" + SUBSTITUTE.replace("(" + NAME + ")", NAME) + ")(?:" + ITEM + ", ){5,}" + ITEM + "\\.?");

    private TeamSheets() {
    }

    /** {@code mentions} with every name of a team sheet a person, sorted by span. */
    static List<NamedEntity> apply(String text, Tokens tokens, List<NamedEntity> mentions) {
        List<Span> players = new ArrayList<>();
        for (Sentence s : tokens.sentences()) {
            String line = s.span().of(text);
            if (line.length() < 40 || line.indexOf('(') < 0 || !SHEET.matcher(line).matches()) {
                continue;
            }
            Matcher m = PLAYER.matcher(line);
            while (m.find()) {
                for (int g = 1; g <= 2; g++) {
                    if (m.start(g) >= 0) {
                        players.add(new Span(s.span().begin() + m.start(g), s.span().begin() + m.end(g)));
                    }
                }
            }
        }
        if (players.isEmpty()) {
            return mentions;
        }
        List<NamedEntity> out = new ArrayList<>(mentions);
        out.removeIf(n -> players.stream().anyMatch(p -> p.overlaps(n.span())));
        for (Span p : players) {
            out.add(new NamedEntity(p, EntityType.PERSON, p.of(text)));
        }
        out.sort(Comparator.comparing(NamedEntity::span));
        return out;
    }
}
