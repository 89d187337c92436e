package org.newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.attribution.GoldAttribution;
import org.newsgraph.model.Span;

/**
 * PolNeAR's annotation as the benchmark scores it: brat standoff files, one annotator's file per
 * article; each attribution's quoted stretches are direct quotes ({@link QuotedStretches}), a
 * Content span without marks is reported speech. Offsets are moved into the NFC text the
 * pipeline reads.
 */
public final class PolnearGold {
    private static final Pattern SAYING = Pattern.compile("(?i)said|says|say|told|tells|added|adds|wrote|writes|asked|asks");

    private PolnearGold() {
    }

    /** Article name to its annotation file: one annotator's file per article, the first by name. */
    public static Map<String, Path> annotations(Path dir) throws IOException {
        Map<String, Path> annotations = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir.resolve("attributions"))) {
            for (Path ann : files.filter(f -> f.toString().endsWith(".ann")).sorted().toList()) {
                String name = ann.getFileName().toString().replaceFirst("_[^_]+\\.ann$", "");
                annotations.putIfAbsent(name, ann);
            }
        }
        return annotations;
    }

    /** The attributions of one article as the benchmark scores them, offsets into the NFC text. */
    public static List<GoldAttribution> gold(Path ann, String raw) throws IOException {
        List<GoldQuote> direct = new ArrayList<>();
        List<GoldQuote> indirect = new ArrayList<>();
        read(ann, raw, new NfcOffsets(raw), direct, indirect);
        List<GoldAttribution> out = new ArrayList<>();
        direct.forEach(g -> out.add(new GoldAttribution(g.content(), g.sources(), g.cues(), true)));
        indirect.forEach(g -> out.add(new GoldAttribution(g.content(), g.sources(), g.cues(), false)));
        return out;
    }

    /**
     * The pipeline reads text in NFC, which is shorter where the file has decomposed accents; gold
     * offsets index the file as it is, so they are moved to the same place in the NFC text.
     */
    record NfcOffsets(String raw, String text) {
        NfcOffsets(String raw) {
            this(raw, Normalizer.normalize(raw, Normalizer.Form.NFC));
        }

        int map(int rawOffset) {
            return raw.length() == text.length() ? rawOffset
                    : Normalizer.normalize(raw.substring(0, rawOffset), Normalizer.Form.NFC).length();
        }
    }

    static void read(Path ann, String raw, NfcOffsets nfc, List<GoldQuote> direct, List<GoldQuote> indirect)
            throws IOException {
        String text = nfc.text();
        Map<String, List<Span>> spans = new HashMap<>();
        List<String> events = new ArrayList<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 2 && f[0].startsWith("T")) {
                String[] head = f[1].split(" ", 2);
                List<Span> parts = new ArrayList<>();
                for (String frag : head[1].split(";")) {
                    String[] be = frag.trim().split(" ");
                    int b = Integer.parseInt(be[0]), en = Integer.parseInt(be[1]);
                    if (en <= raw.length() && b < en) {
                        parts.add(new Span(nfc.map(b), nfc.map(en)));
                    }
                }
                spans.put(f[0], parts);
            } else if (f.length >= 2 && f[0].startsWith("E")) {
                events.add(f[1]);
            }
        }
        for (String ev : events) {
            List<Span> sources = new ArrayList<>();
            List<Span> contents = new ArrayList<>();
            List<Span> cues = new ArrayList<>();
            for (String arg : ev.split(" ")) {
                String[] kv = arg.split(":");
                if (kv.length != 2 || !spans.containsKey(kv[1])) {
                    continue;
                }
                if (kv[0].startsWith("Source")) {
                    sources.addAll(spans.get(kv[1]));
                } else if (kv[0].startsWith("Content")) {
                    contents.addAll(spans.get(kv[1]));
                } else if (kv[0].startsWith("Cue")) {
                    cues.addAll(spans.get(kv[1]));
                }
            }
            boolean swapped = sources.size() == 1 && SAYING.matcher(sources.get(0).of(text)).matches() && !cues.isEmpty();
            List<Span> speakers = swapped ? cues : sources; // "said Hester" marked the other way round: the verb as Source, the name as Cue
            List<Span> quoted = new ArrayList<>();
            for (Span region : QuotedStretches.regions(text, contents)) {
                quoted.addAll(QuotedStretches.of(text, region));
            }
            if (quoted.isEmpty() && !contents.isEmpty()) {
                indirect.add(new GoldQuote(contents, speakers, cues));
            } else {
                quoted.forEach(q -> direct.add(new GoldQuote(List.of(q), speakers, cues)));
            }
        }
    }
}
