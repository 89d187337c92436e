package org.newsgraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Nouns of things, not people ("show", "bowl", "wars"): CoreNLP's dcoref animacy list
 * {@code dcoref/neutral.unigrams.txt} (30,896 lower-case words, in the models jar), read once per
 * JVM. Surnames are not in it ("streisand", "cole", "smith"), so a capitalised word it lists is a
 * common word written as part of a name ("Rose Bowl", "Star Wars") rather than a person's surname.
 */
public final class CommonNouns {
    public static final String FILE = "/edu/stanford/nlp/models/dcoref/neutral.unigrams.txt";
    private static final Set<String> WORDS = read();

    private CommonNouns() {
    }

    public static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> read() {
        InputStream in = CommonNouns.class.getResourceAsStream(FILE);
        if (in == null) {
            throw new IllegalStateException("the CoreNLP models jar is not on the class path: " + FILE + " is missing");
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                words.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        return Set.copyOf(words);
    }
}
