package org.newsgraph.relations;

import org.newsgraph.model.Entities;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/** The article's entities looked up by what the patterns know of them: named most, named last, by a word of their name. */
final class ArticleEntities {
    private ArticleEntities() {
    }

    /** "The Tory leader said …": news names its main person most often; the description is theirs. */
    static Entity mostNamedBefore(Entities entities, int offset) {
        Entity best = null;
        long bestCount = 0;
        int bestFirst = Integer.MAX_VALUE;
        for (Entity e : entities.all()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            long n = e.mentions().stream().filter(m -> m.span().begin() < offset).count();
            int first = e.mentions().stream().mapToInt(m -> m.span().begin()).min().orElse(Integer.MAX_VALUE);
            if (n > bestCount || n == bestCount && n > 0 && first < bestFirst) {
                best = e;
                bestCount = n;
                bestFirst = first;
            }
        }
        return best;
    }

    /** "The ADSS said … Tony Hunter, the organisation's president": the organisation named last, from {@code from} on. */
    static Entity lastOrganisationBefore(Entities entities, int offset, int from) {
        Entity best = null;
        int bestBegin = -1;
        for (Entity e : entities.all()) {
            if (e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (var m : e.mentions()) {
                int b = m.span().begin();
                if (b >= from && b < offset && b > bestBegin) {
                    best = e;
                    bestBegin = b;
                }
            }
        }
        return best;
    }

    /** The organisation the article names that stands for the party {@code side} ("R": "GOP", "Republicans"), the most mentioned. */
    static Entity partyNamed(Entities entities, String side, java.util.function.Function<String, String> sideOf) {
        Entity best = null;
        for (Entity e : entities.all()) {
            boolean names = e.type() == EntityType.ORGANIZATION && (side.equals(sideOf.apply(e.name()))
                    || e.alternateNames().stream().anyMatch(a -> side.equals(sideOf.apply(a))));
            if (names && (best == null || e.mentions().size() > best.mentions().size())) {
                best = e;
            }
        }
        return best;
    }

    /** "Trump's campaign manager, X": an organisation named like a person of the article is that person, mistyped upstream. */
    static boolean isPersonMistyped(Entities entities, Entity org) {
        if (org.type() != EntityType.ORGANIZATION || org.name().contains(" ")) {
            return false;
        }
        for (Entity e : entities.all()) {
            if (e.type() == EntityType.PERSON && (e.name().endsWith(" " + org.name()) || e.alternateNames().contains(org.name()))) {
                return true;
            }
        }
        return false;
    }

    static Entity placeNamed(Entities entities, String name) {
        for (Entity e : entities.all()) {
            if (e.type() == EntityType.PLACE && (e.name().equals(name) || e.alternateNames().contains(name))) {
                return e;
            }
        }
        return null;
    }
}
