package org.newsgraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The KBP gazetteers CoreNLP's models jar ships ({@code regexner_caseless.tab} and
 * {@code regexner_cased.tab}): 26,000 job titles, 4,000 nationality words, 11,000 country
 * names, 1,800 states and provinces, 533,000 cities. Read once per pipeline from the class path
 * (about half a second); cities are kept as a sorted array of 64-bit hashes (4 MB, not 60 MB
 * of strings), since they only answer "is this a city". CoreNLP's first-name list comes with
 * them, for the mention types of the ner stage, and its list of nouns of things. Rows that are regular expressions
 * (a handful of e-mail, URL and military-rank shapes) are skipped: they are not names.
 */
public final class KbpGazetteers {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    public static final String DIR = "/edu/stanford/nlp/models/kbp/english/gazetteers/";
    public static final String FIRST_NAMES = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    public static final String COMMON_NOUNS = "/edu/stanford/nlp/models/dcoref/neutral.unigrams.txt";
    private final Map<String, String> firstNames = new HashMap<>();
    private final Set<String> commonNouns = new HashSet<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> titleFirstWords = new HashSet<>();
    private final Set<String> nationalities = new HashSet<>();
    private final Set<String> religions = new HashSet<>();
    private final Set<String> ideologies = new HashSet<>();
    private final Set<String> countries = new HashSet<>();
    private final Set<String> states = new HashSet<>();
    private final Set<String> casedCountries = new HashSet<>();
    private final Set<String> casedStates = new HashSet<>();
    private final long[] cities;
    private int cityCount;
    private long[] cityBuffer = new long[1 << 19];

    public KbpGazetteers() {
        read("regexner_caseless.tab", false);
        read("regexner_cased.tab", true);
        readFirstNames();
        eachLine(COMMON_NOUNS, line -> commonNouns.add(line.strip()));
        long[] sorted = Arrays.copyOf(cityBuffer, cityCount);
        Arrays.sort(sorted);
        cities = sorted;
        cityBuffer = null;
    }

    private void read(String file, boolean cased) {
        eachLine(DIR + file, line -> {
            int tab = line.indexOf('\t');
            int tab2 = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
            if (tab <= 0 || tab2 < 0) {
                return;
            }
            String name = line.substring(0, tab).strip();
            if (isRegex(name)) {
                return;
            }
            String type = line.substring(tab + 1, tab2);
            add(cased ? name : name.toLowerCase(Locale.ROOT), type, cased);
        });
    }

    /** CoreNLP's first-name list for gender (dcoref/namegender.combine.txt, 14,600 names). */
    private void readFirstNames() {
        eachLine(FIRST_NAMES, line -> {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                firstNames.put(line.substring(0, tab).strip().toLowerCase(Locale.ROOT), line.substring(tab + 1).strip());
            }
        });
    }

    private static void eachLine(String resource, Consumer<String> action) {
        InputStream in = KbpGazetteers.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the CoreNLP models jar is not on the class path: " + resource + " is missing");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                action.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * A noun of things, not people ("show", "bowl", "wars"): CoreNLP's dcoref animacy list
     * {@code dcoref/neutral.unigrams.txt} (30,896 lower-case words). Surnames are not in it
     * ("streisand", "cole", "smith"), so a capitalised word it lists is a common word written as
     * part of a name ("Rose Bowl", "Star Wars") rather than a person's surname.
     */
    public boolean isNounOfThings(String word) {
        return commonNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A given name ("Carolina", "Didier"); many are also places or words ("Chelsea", "Virgin"). */
    public boolean isFirstName(String word) {
        return firstNames.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** A religion of the KBP list ("Islam", "Judaism", "Anglican Communion"): CoNLL tags them MISC. */
    public boolean isReligion(String name) {
        return religions.contains(name.toLowerCase(Locale.ROOT));
    }

    /** An ideology of the KBP list ("republican", "liberal", "communist"; also "taliban"). */
    public boolean isIdeology(String name) {
        return ideologies.contains(name.toLowerCase(Locale.ROOT));
    }

    /** "MALE" or "FEMALE" for a given name of the list, else null: tells "Mrs. Clinton" from Bill. */
    public String genderOf(String firstName) {
        return firstNames.get(firstName.toLowerCase(Locale.ROOT));
    }

    /** The sex the first-name list gives the first word of a name ("Phyllis Schlafly"), or null. */
    public String genderOfGivenName(String name) {
        String n = name.strip();
        int space = n.indexOf(' ');
        return genderOf(space < 0 ? n : n.substring(0, space));
    }

    private void add(String name, String type, boolean cased) {
        if (name.indexOf('-') >= 0 && (type.equals("COUNTRY") || type.equals("NATIONALITY"))) {
            return; // "kenya-born", "costa-rican": derived forms, the plain form is listed too
        }
        switch (type) {
            case "TITLE" -> {
                String t = name.toLowerCase(Locale.ROOT);
                titles.add(t);
                int sp = t.indexOf(' ');
                titleFirstWords.add(sp < 0 ? t : t.substring(0, sp));
            }
            case "NATIONALITY" -> nationalities.add(name.toLowerCase(Locale.ROOT));
            case "RELIGION" -> religions.add(name.toLowerCase(Locale.ROOT));
            case "IDEOLOGY" -> ideologies.add(name.toLowerCase(Locale.ROOT));
            case "COUNTRY" -> {
                if (cased) {
                    casedCountries.add(name);
                } else {
                    countries.add(name);
                }
            }
            case "STATE_OR_PROVINCE" -> {
                if (cased) {
                    casedStates.add(name);
                } else {
                    states.add(name);
                }
            }
            case "CITY" -> {
                if (cityCount == cityBuffer.length) {
                    cityBuffer = Arrays.copyOf(cityBuffer, cityBuffer.length * 2);
                }
                cityBuffer[cityCount++] = hash(name.toLowerCase(Locale.ROOT));
            }
            default -> { }
        }
    }

    private static boolean isRegex(String name) {
        for (int i = 0; i < name.length(); i++) {
            if ("\\[](){}|*+?^$<>@".indexOf(name.charAt(i)) >= 0) {
                return true;
            }
        }
        return name.isEmpty();
    }

    /** FNV-1a, 64 bits: with half a million names a collision is about one in 10^8. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Lower case, single spaces; without a regex, since titles are looked up at every token. */
    private static String norm(String phrase) {
        String p = phrase.strip();
        boolean plain = true;
        for (int i = 0; i < p.length() && plain; i++) {
            char c = p.charAt(i);
            plain = !Character.isUpperCase(c) && (c != ' ' || p.charAt(i - 1) != ' ') && (c == ' ' || !Character.isWhitespace(c));
        }
        return plain ? p : String.join(" ", SPACES.split(p.toLowerCase(Locale.ROOT)));
    }

    /** A job title or occupation, one or several words ("chief executive", "hurdler"), any case. */
    public boolean isTitle(String phrase) {
        return titles.contains(norm(phrase));
    }

    /** Whether some title starts with this word (lower case): most tokens start none, and need no more lookups. */
    public boolean startsTitle(String lowerWord) {
        return titleFirstWords.contains(lowerWord);
    }

    /** A nationality word ("Namibian", "Portuguese"), any case. */
    public boolean isNationality(String word) {
        return nationalities.contains(norm(word));
    }

    /** A country name ("Sweden", "Great Britain", "UK"), any case. */
    public boolean isCountry(String name) {
        return countries.contains(norm(name)) || casedCountries.contains(name.strip());
    }

    /** A state or province ("Kent", "Ontario"), any case; or a cased abbreviation ("NSW"). */
    public boolean isStateOrProvince(String name) {
        return states.contains(norm(name)) || casedStates.contains(name.strip());
    }

    /** A city or town name ("Bangalore"); many are also ordinary words or surnames ("Chelsea", "Halifax"). */
    public boolean isCity(String name) {
        return Arrays.binarySearch(cities, hash(norm(name))) >= 0;
    }

    /** Any place of the lists: country, state or province, city. */
    public boolean isPlace(String name) {
        return isCountry(name) || isStateOrProvince(name) || isCity(name);
    }

    /** Every country name of the list, lower case (for deriving demonyms). */
    Set<String> countries() {
        return countries;
    }

    Set<String> nationalities() {
        return nationalities;
    }

    /** Sizes, for the load report in docs/relations.md. */
    public String describe() {
        return titles.size() + " titles, " + nationalities.size() + " nationalities, " + countries.size() + " countries, "
                + states.size() + " states, " + cities.length + " cities, " + firstNames.size() + " first names";
    }
}
