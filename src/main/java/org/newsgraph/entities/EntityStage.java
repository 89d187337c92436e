package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entities;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Layer;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.pipeline.DeclaredStage;

/**
 * Clusters name mentions into the article's entities: equal names, possessives, known aliases
 * ("America" → United States), a club's nickname where the club is named ("the Reds"), a surname or first name after the full name ("Putin"), and an
 * acronym of an organisation's name ("SCO"). The canonical name is the fullest form of the
 * entity's majority type; the global id is built from type and canonical name.
 */
public final class EntityStage extends DeclaredStage {
    public static final String ID_PREFIX = "urn:newsgraph:entity:";
    private static final Set<String> SHORTENABLE_HEADS = Set.of("university", "college", "institute", "corporation", "inc",
            "company", "group", "airlines", "bank", "foundation");
    private static final Pattern NICKNAME = Pattern.compile("\\s['‘\"“](\\p{Lu}[\\p{L}.-]*)['’\"”]\\s");
    private final Map<String, String[]> aliases = new LinkedHashMap<>();
    private final Demonyms demonyms;
    private final WordList organizationHeads = new WordList("organization-heads.txt");
    private final ClubNicknames clubNicknames = new ClubNicknames();
    private final SharedSurnames surnames;
    private final SurnameTypes surnameTypes;

    public EntityStage(Demonyms demonyms) {
        super("entities", Set.of(Layer.NAMED_ENTITIES), Set.of(Layer.ENTITIES));
        this.demonyms = demonyms;
        this.surnames = new SharedSurnames(demonyms.kbp());
        this.surnameTypes = new SurnameTypes(demonyms.kbp());
        for (String[] row : ModelFiles.rows("aliases.tsv", 3)) {
            aliases.put(Names.key(row[0]), new String[] {row[1], row[2]});
        }
    }

    @Override
    public Document process(Document document) {
        return document.withEntities(cluster(document.text(), document.namedEntities()));
    }

    public static String entityId(EntityType type, String name) {
        return ID_PREFIX + type.slug() + ":" + Names.slug(name);
    }

    Entities cluster(List<NamedEntity> mentions) {
        return cluster(null, mentions);
    }

    /** {@code text}: the article's text, where honorifics before a surname are read ("Mrs. Clinton"), or null. */
    Entities cluster(String text, List<NamedEntity> tagged) {
        List<NamedEntity> mentions = surnameTypes.apply(tagged);
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Cluster> byKey = new LinkedHashMap<>();
        ShortFormIndex index = new ShortFormIndex();
        Map<String, String[]> nicknames = clubNicknames.aliases(mentions);
        List<NamedEntity> sorted = new ArrayList<>(mentions);
        // Longer names first, so short forms find the full name whatever the order in the text.
        sorted.sort(Comparator.comparingInt((NamedEntity m) -> -Names.key(m.text()).split(" ").length)
                .thenComparing(NamedEntity::span));
        for (NamedEntity m : sorted) {
            String key = Names.key(m.text());
            if (key.isEmpty()) {
                continue;
            }
            String[] alias = aliases.getOrDefault(key, nicknames.get(key));
            String gender = key.contains(" ") || alias != null ? null : surnames.honorificGender(text, m);
            String canonicalKey = alias == null ? key : Names.key(alias[0]);
            Cluster c = byKey.get(gender == null ? canonicalKey : canonicalKey + "|" + gender);
            if (c == null) {
                c = findByShortForm(index, key, m, byKey, mentions, gender, text);
            }
            if (c == null && gender != null) {
                c = byKey.get(canonicalKey); // "Mr. Trump" after "Trump", no full name to choose from
            }
            boolean created = c == null;
            if (created) {
                c = new Cluster(clusters.size());
                clusters.add(c);
            }
            if (alias != null) {
                c.aliasName = alias[0];
                c.aliasType = EntityType.fromSchemaName(alias[1]);
            }
            if (m.type() == EntityType.PERSON && !c.isMultiWordPerson() && isCompanyShortForm(key, c, m, byKey, mentions)) {
                m = new NamedEntity(m.span(), EntityType.ORGANIZATION, m.text()); // "Marsh", read as a surname
            }
            String added = c.add(m);
            if (added != null) {
                index.add(c, added);
            }
            if (gender != null) {
                byKey.putIfAbsent(key + "|" + gender, c);
            }
            if (gender == null || created) { // "Mr. Clinton" chose among people: plain "Clinton" chooses for itself
                byKey.putIfAbsent(canonicalKey, c);
                byKey.putIfAbsent(key, c);
            }
            Matcher nickname = NICKNAME.matcher(m.text());
            if (m.type() == EntityType.PERSON && nickname.find()) {
                byKey.putIfAbsent(Names.key(nickname.group(1)), c); // "Ahmed 'Mido' Hossam" … "Mido"
            }
        }
        Map<String, Entity> byId = new LinkedHashMap<>();
        clusters.sort(Comparator.comparing(c -> c.mentions.stream().map(NamedEntity::span).min(Comparator.naturalOrder()).orElseThrow()));
        for (Cluster c : clusters) {
            Entity e = ClusterEntities.toEntity(c);
            Entity existing = byId.get(e.id());
            byId.put(e.id(), existing == null ? e : ClusterEntities.merge(existing, e));
        }
        return new Entities(new ArrayList<>(byId.values()));
    }

    /** A one-word name that is the surname or first name of exactly one person, or an acronym. */
    private Cluster findByShortForm(ShortFormIndex index, String key, NamedEntity m, Map<String, Cluster> byKey, List<NamedEntity> all,
            String gender, String text) {
        if (key.contains(" ") && m.type() == EntityType.PERSON) {
            Cluster surname = bySurnameOfSeveralWords(index, key);
            if (surname != null) {
                return surname;
            }
        }
        if (key.contains(" ") && m.type() == EntityType.ORGANIZATION) {
            Cluster owned = byOwnerAcronym(index, key);
            if (owned != null) {
                return owned;
            }
        }
        List<Cluster> sharingWord = key.contains(" ") ? List.of() : index.withEdgeWord(key);
        if (!key.contains(" ")) {
            List<Cluster> people = new ArrayList<>();
            for (Cluster c : sharingWord) {
                boolean named = m.type() != EntityType.PLACE ? isPersonalName(c, key) : isSurnameNamedBefore(c, key, m) && !demonyms.isCountry(m.text());
                if (c.isMultiWordPerson() && named) {
                    people.add(c);
                }
            }
            if (people.size() == 1) {
                return people.get(0);
            }
            if (people.size() > 1) {
                return surnames.firstNamed(people, key, gender, text);
            }
        }
        boolean knownPlace = m.type() == EntityType.PLACE && demonyms.kbp() != null && demonyms.kbp().isPlace(m.text());
        if (!key.contains(" ") && !knownPlace) { // "London" is not short for "London University"
            for (Cluster c : sharingWord) {
                if (m.type() != EntityType.PERSON && c.keys.stream().anyMatch(k -> isHeadlessName(key, k))) { // not "Clinton" of "Clinton Foundation"
                    return c;
                }
            }
            List<Cluster> companies = sharingWord.stream().filter(c -> isCompanyShortForm(key, c, m, byKey, all)).toList();
            if (companies.size() == 1) {
                return companies.get(0);
            }
            Cluster shortened = LastWordShortForm.find(index, key, m, text);
            if (shortened != null) {
                return shortened;
            }
        }
        if (m.text().length() >= 2 && m.text().chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.')) {
            String acronym = m.text().replace(".", "");
            for (Cluster c : acronym.isEmpty() ? List.<Cluster>of() : index.withInitial(acronym.charAt(0))) {
                for (String k : c.keys) {
                    if (Acronyms.isAcronymOf(acronym, k)) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "O'Sullivan" of "Sonia O'Sullivan", "Lewis-Francis" of "Mark Lewis-Francis", "Van Doren
     * Stern" of "Philip van Doren Stern": a surname the key splits into several words (at an
     * apostrophe, a hyphen, a particle) ends exactly one longer person's name.
     */
    private static Cluster bySurnameOfSeveralWords(ShortFormIndex index, String key) {
        String last = key.substring(key.lastIndexOf(' ') + 1);
        Cluster found = null;
        for (Cluster c : index.withEdgeWord(last)) {
            boolean ends = c.isMultiWordPerson() && c.keys.stream().anyMatch(k -> k.endsWith(" " + key));
            if (ends) {
                if (found != null && found != c) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /** "6 Music" of "BBC 6 Music", "Security Council" of "UN Security Council": the name after its owner's acronym. */
    private static Cluster byOwnerAcronym(ShortFormIndex index, String key) {
        for (Cluster c : index.withEdgeWord(key.substring(key.lastIndexOf(' ') + 1))) {
            for (NamedEntity n : c.mentions) {
                String[] w = n.text().split("\\s+", 2);
                if (w.length == 2 && w[0].length() >= 2 && w[0].chars().allMatch(Character::isUpperCase)
                        && Names.key(w[1]).equals(key) && n.type() == EntityType.ORGANIZATION) {
                    return c;
                }
            }
        }
        return null;
    }

    /** "hofstra" of "hofstra university", "harvard" of "harvard university": the name without its head word. */
    private static boolean isHeadlessName(String key, String full) {
        String[] parts = full.split(" ");
        return parts.length == 2 && parts[0].equals(key) && SHORTENABLE_HEADS.contains(parts[1]);
    }

    /**
     * "Marsh" of "Marsh &amp; McLennan", "Newbridge" of "Newbridge Capital", "Mercedes" of
     * "Mercedes-Benz": news shortens a company to its first word after naming it in full. Not a
     * place; not an acronym, which names the owner ("BBC" of "BBC Radio 4"); not the first word
     * of a body named by its head word ("Senate Judiciary Committee", "Labor Department"), nor of
     * two names run together ("Republican Senate", "Obama White House": the rest is a name of
     * its own in the article), nor a word the article used on its own before the full name
     * (more than once: a headline may shorten first), as "Obama" before "Obama Administration".
     * The caller takes it only when one organisation fits.
     */
    private boolean isCompanyShortForm(String key, Cluster c, NamedEntity m, Map<String, Cluster> byKey, List<NamedEntity> all) {
        if (m.type() == EntityType.PLACE || m.text().chars().allMatch(ch -> !Character.isLowerCase(ch))
                || c.mentions.stream().noneMatch(n -> n.type() == EntityType.ORGANIZATION)) {
            return false;
        }
        for (String full : c.keys) {
            if (full.startsWith(key + " ")) {
                String rest = full.substring(key.length() + 1);
                String[] words = rest.split(" ");
                boolean headed = Arrays.stream(words).anyMatch(organizationHeads::contains);
                if (!headed && !byKey.containsKey(rest) && !byKey.containsKey(words[words.length - 1])
                        && usedBefore(all, key, firstMention(c, full)) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int firstMention(Cluster c, String key) {
        return c.mentions.stream().filter(n -> Names.key(n.text()).equals(key)).mapToInt(n -> n.span().begin()).min().orElse(0);
    }

    private static long usedBefore(List<NamedEntity> all, String key, int offset) {
        return all.stream().filter(n -> n.span().begin() < offset && Names.key(n.text()).equals(key)).count();
    }

    /**
     * "Kerr Putney, the police chief, said … Putney later told CNN": the surname alone after the full
     * name is the person, even where the tagger took it for a place; a country never is ("Jordan").
     */
    private static boolean isSurnameNamedBefore(Cluster c, String key, NamedEntity m) {
        return c.mentions.stream().anyMatch(full -> full.type() == EntityType.PERSON && full.span().end() <= m.span().begin()
                && Names.key(full.text()).endsWith(" " + key));
    }

    private static boolean isPersonalName(Cluster c, String key) {
        for (String k : c.keys) {
            String[] parts = k.split(" ");
            if (parts.length > 1 && (parts[parts.length - 1].equals(key) || parts[0].equals(key))) {
                return true;
            }
        }
        return false;
    }
}
