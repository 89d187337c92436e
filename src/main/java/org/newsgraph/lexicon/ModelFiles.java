package org.newsgraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the project's own plain-text resources from {@code models/} (packaged on the class
 * path under {@code newsgraph/models/}). Lines starting with '#' and blank lines are skipped;
 * tables are tab-separated.
 */
public final class ModelFiles {
    /** The trained attribution model (see attribution-model.md beside it). */
    public static final String LEARNED_ATTRIBUTION = "attribution-model.bin";
    public static final List<String> ALL = List.of(
            "demonyms.tsv", "title-words.txt", "reporting-verbs.txt", "layout-patterns.tsv",
            "gazetteer.tsv", "aliases.tsv", "not-names.txt", "relation-cues.tsv", "speaker-nouns.txt",
            "organization-heads.txt", "attribution-verbs.tsv", "regions.txt", "naming-cues.tsv",
            "attribution-nouns.txt", "attribution-adjectives.txt", "stance-nouns.txt", "finding-nouns.txt",
            "document-nouns.txt", "html-furniture.txt", "relation-patterns.tsv", "title-lexicon.tsv", "place-prefixes.txt", "time-words.tsv",
            "clause-words.tsv", "name-honorifics.txt", "place-heads.txt", "team-nouns.txt", "news-outlets.txt", "group-nouns.txt", "team-sheets.tsv", "mention-shapes.tsv", "club-nicknames.tsv", "facility-heads.txt", "sourceless-cues.txt", "poll-nouns.txt", LEARNED_ATTRIBUTION);
    private static final String ROOT = "/newsgraph/models/";

    private ModelFiles() {
    }

    public static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = open(name)) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + name, e);
        }
        return out;
    }

    /** Rows of a tab-separated file; every row must have at least {@code columns} fields. */
    public static List<String[]> rows(String name, int columns) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(name)) {
            String[] f = line.split("\t+");
            if (f.length < columns) {
                throw new IllegalStateException("model file " + name + ": expected " + columns
                        + " tab-separated fields in line: " + line);
            }
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
            }
            out.add(f);
        }
        return out;
    }

    /** SHA-256 over every model file, so a changed rule file changes the configuration hash. */
    public static String fingerprint() {
        return fingerprint(ALL, ModelFiles::stream);
    }

    /** SHA-256 over the named files' names and bytes, as {@code open} serves them (a test swaps one file's bytes). */
    static String fingerprint(List<String> names, Function<String, InputStream> open) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String name : names) {
                try (InputStream in = open.apply(name)) {
                    md.update(name.getBytes(StandardCharsets.UTF_8));
                    md.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BufferedReader open(String name) {
        return new BufferedReader(new InputStreamReader(stream(name), StandardCharsets.UTF_8));
    }

    /** The bytes of a model file, read as a stream (for binary models). */
    public static InputStream stream(String name) {
        InputStream in = ModelFiles.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IllegalStateException("model file " + name + " is missing from models/");
        }
        return in;
    }
}
