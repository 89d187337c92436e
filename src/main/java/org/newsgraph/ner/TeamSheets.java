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
 * A match report's facts, which the tagger, seeing no sentence around them, reads badly
 * ("Diamond" a company, "Bollan" a place, "Burns" nothing). The shapes are {@code models/team-sheets.tsv}:
 * <ul>
 * <li>a team sheet, "Esson, Hart, Anderson, Diamond, Byrne (Morrison 75), …": six or more names
 * between commas with at least one substitute in brackets with the minute he came on, a sentence
 * of its own or after the team's label ("Newcastle: Given, Carr, …"): every name is a player;</li>
 * <li>after a sheet, a sentence that only lists names, perhaps after a label and with minutes
 * ("Subs Not Used: Fish, Jeffers.", "Goals: Rooney 68, Dunne 75 og.", "McKenzie, Hand."): players too;</li>
 * <li>the referee named by an initial after a sheet ("S Bennett", "K Clark"): the tagger keeps only the surname;</li>
 * <li>a score line, "Hearts 2-1 Livingston", "Man City 0-2 Man Utd": both sides are teams,
 * organisations, wherever the article names them so.</li>
 * </ul>
 */
final class TeamSheets {
    private final Pattern player;
    private final Pattern sheet;
    private final Pattern substitute;
    private final Pattern initial;
    private final Pattern listing;
    private final Pattern listed;
    private final Pattern scoreLine;

    TeamSheets() {
        Map<String, Pattern> parts = ModelPatterns.read("team-sheets.tsv");
        this.player = parts.get("player");
        this.sheet = parts.get("sheet");
        this.substitute = parts.get("substitute");
        this.initial = parts.get("initial");
        this.listing = parts.get("listing");
        this.listed = parts.get("listed");
        this.scoreLine = parts.get("score-line");
    }

    /** {@code mentions} with every name of a team sheet a person and every side of a score line a team, sorted by span. */
    List<NamedEntity> apply(String text, Tokens tokens, List<NamedEntity> mentions) {
        List<Span> players = new ArrayList<>();
        List<Span> teams = new ArrayList<>();
        int sheetEnd = -1;
        for (Sentence s : tokens.sentences()) {
            String line = s.span().of(text);
            int base = s.span().begin();
            Matcher score = scoreLine.matcher(line);
            Matcher list = listing.matcher(line);
            if (score.matches()) {
                teams.add(new Span(base + score.start(1), base + score.end(1)));
                teams.add(new Span(base + score.start(2), base + score.end(2)));
            } else if (sheetEnd >= 0 && line.indexOf(' ') > 0 && list.matches()) {
                Matcher m = listed.matcher(line).region(list.start(1) < 0 ? 0 : list.end(1), line.length());
                while (m.find()) {
                    players.add(new Span(base + m.start(1), base + m.end(1)));
                }
            } else if (line.length() >= 40 && line.indexOf('(') >= 0 && addSheets(line, base, players)) {
                sheetEnd = s.span().end();
            }
        }
        if (players.isEmpty() && teams.isEmpty()) {
            return mentions;
        }
        List<NamedEntity> out = new ArrayList<>(mentions);
        out.removeIf(n -> players.stream().anyMatch(p -> p.overlaps(n.span())) || teams.stream().anyMatch(p -> p.overlaps(n.span())));
        for (Span p : players) {
            out.add(new NamedEntity(p, EntityType.PERSON, p.of(text)));
        }
        List<String> teamNames = teams.stream().map(t -> t.of(text)).toList();
        out.replaceAll(n -> teamNames.contains(n.text()) ? new NamedEntity(n.span(), EntityType.ORGANIZATION, n.text()) : n);
        for (Span t : teams) {
            out.add(new NamedEntity(t, EntityType.ORGANIZATION, t.of(text)));
        }
        return players.isEmpty() ? sorted(out) : withInitials(text, out, players.get(0).begin());
    }

    /** Adds the players of every sheet in the sentence; whether there was one. */
    private boolean addSheets(String line, int base, List<Span> players) {
        boolean any = false;
        Matcher found = sheet.matcher(line);
        while (found.find()) {
            if (substitute.matcher(found.group()).find()) {
                any = true;
                Matcher m = player.matcher(line).region(found.start(), found.end());
                while (m.find()) {
                    for (int g = 1; g <= 2; g++) {
                        if (m.start(g) >= 0) {
                            players.add(new Span(base + m.start(g), base + m.end(g)));
                        }
                    }
                }
            }
        }
        return any;
    }

    private static List<NamedEntity> sorted(List<NamedEntity> mentions) {
        mentions.sort(Comparator.comparing(NamedEntity::span));
        return mentions;
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
        return sorted(out);
    }
}
