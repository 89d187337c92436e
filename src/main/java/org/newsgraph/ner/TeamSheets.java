package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.ModelPatterns;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Tokens;

/**
 * "Esson, Hart, Anderson, Diamond, Byrne (Morrison 75), …": a match report's team sheet, six or
 * more names between commas with at least one substitute in brackets with the minute he came on,
 * a sentence of its own or after the team's label ("Newcastle: Given, Carr, …"). Every name in
 * it is a player, though the tagger, seeing no sentence, reads "Diamond" as a company, "Bollan"
 * as a place and misses "Burns". So is the referee named by an initial ("S Bennett", "K Clark")
 * after a sheet: the tagger keeps only the surname. The shapes are {@code models/team-sheets.tsv}.
 */
final class TeamSheets {
    private final Pattern player;
    private final Pattern sheet;
    private final Pattern substitute;
    private final Pattern initial;

    TeamSheets() {
        Map<String, Pattern> parts = ModelPatterns.read("team-sheets.tsv");
        this.player = parts.get("player");
        this.sheet = parts.get("sheet");
        this.substitute = parts.get("substitute");
        this.initial = parts.get("initial");
    }

    /** {@code mentions} with every name of a team sheet a person, sorted by span. */
    List<NamedEntity> apply(String text, Tokens tokens, List<NamedEntity> mentions) {
        List<Span> players = new ArrayList<>();
        for (Sentence s : tokens.sentences()) {
            String line = s.span().of(text);
            if (line.length() < 40 || line.indexOf('(') < 0) {
                continue;
            }
            Matcher found = sheet.matcher(line);
            while (found.find()) {
                if (substitute.matcher(found.group()).find()) {
                    Matcher m = player.matcher(line).region(found.start(), found.end());
                    while (m.find()) {
                        for (int g = 1; g <= 2; g++) {
                            if (m.start(g) >= 0) {
                                players.add(new Span(s.span().begin() + m.start(g), s.span().begin() + m.end(g)));
                            }
                        }
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
        return withInitials(text, out, players.get(0).begin());
    }

    /** "S Bennett": a capital letter alone before a person's name after the sheet is the referee's initial. */
    private List<NamedEntity> withInitials(String text, List<NamedEntity> mentions, int from) {
        List<NamedEntity> out = new ArrayList<>(mentions.size());
        for (NamedEntity n : mentions) {
            int b = n.span().begin();
            if (n.type() == EntityType.PERSON && b >= from + 2 && initial.matcher(text).region(b - 2, b).useTransparentBounds(true).lookingAt()) {
                Span span = new Span(b - 2, n.span().end());
                out.add(new NamedEntity(span, EntityType.PERSON, span.of(text)));
            } else {
                out.add(n);
            }
        }
        out.sort(Comparator.comparing(NamedEntity::span));
        return out;
    }
}
