package org.newsgraph.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The output folder as a whole, after a run: {@code inputs.ndjson} records which input each
 * document came from, so a later run can tell an output whose input is gone; {@code changes.ndjson}
 * lists what this run added, changed, left unchanged and found removed (deleting those with
 * prune); {@code articles.ndjson} holds every document in the folder, whichever run wrote it.
 */
final class OutputFolder {
    static final String INPUTS = "inputs.ndjson";
    static final String CHANGES = "changes.ndjson";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What happened to one input of this run; {@code change} is null when nothing was written or kept. */
    record Handled(InputFile input, String change) {
    }

    /** What {@link #finish} found: outputs whose input is gone, and how many of them it deleted. */
    record Removed(int found, int pruned) {
    }

    private final Path dir;

    OutputFolder(Path dir) {
        this.dir = dir;
    }

    /** {@code folders}: the directories this run read; null when the run did not see all its inputs (nothing is found removed). */
    Removed finish(List<Handled> handled, List<Path> folders, boolean prune) throws IOException {
        Map<String, String> recorded = readInputs();
        Map<String, String> inputs = new TreeMap<>(recorded);
        List<Map<String, Object>> changes = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (Handled h : handled) {
            names.add(h.input().name());
            if (Files.isRegularFile(h.input().output(dir))) {
                inputs.put(h.input().name(), h.input().path().toAbsolutePath().normalize().toString());
            }
            if (h.change() != null) {
                changes.add(change(h.input().name(), h.input().path().toString(), h.change()));
            }
        }
        int found = 0;
        int pruned = 0;
        for (Map.Entry<String, String> e : folders == null ? Map.<String, String>of().entrySet() : recorded.entrySet()) {
            Path output = dir.resolve(e.getKey() + ".jsonld");
            if (names.contains(e.getKey()) || !Files.isRegularFile(output) || !isGone(Path.of(e.getValue()), folders)) {
                continue;
            }
            found++;
            Map<String, Object> c = change(e.getKey(), e.getValue(), "removed");
            if (prune) {
                Files.delete(output);
                inputs.remove(e.getKey());
                pruned++;
            }
            c.put("pruned", prune);
            changes.add(c);
        }
        inputs.keySet().removeIf(name -> !Files.isRegularFile(dir.resolve(name + ".jsonld")));
        AtomicFiles.write(dir.resolve(INPUTS), out -> {
            for (Map.Entry<String, String> e : inputs.entrySet()) {
                out.write(MAPPER.writeValueAsString(Map.of("output", e.getKey() + ".jsonld", "input", e.getValue())));
                out.write('\n');
            }
        });
        AtomicFiles.write(dir.resolve(CHANGES), out -> {
            for (Map<String, Object> c : changes) {
                out.write(MAPPER.writeValueAsString(c));
                out.write('\n');
            }
        });
        writeArticles();
        return new Removed(found, pruned);
    }

    /** An input is gone when it no longer exists, or when it was under a folder this run read and was not found there. */
    private static boolean isGone(Path input, List<Path> folders) {
        if (!Files.isRegularFile(input)) {
            return true;
        }
        for (Path f : folders) {
            if (input.startsWith(f.toAbsolutePath().normalize())) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Object> change(String name, String input, String change) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("output", name + ".jsonld");
        c.put("input", input);
        c.put("change", change);
        return c;
    }

    private Map<String, String> readInputs() throws IOException {
        Map<String, String> out = new TreeMap<>();
        Path file = dir.resolve(INPUTS);
        if (!Files.isRegularFile(file)) {
            return out; // a folder written before inputs.ndjson existed: no output can be told removed
        }
        try (BufferedReader r = Files.newBufferedReader(file)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = MAPPER.readTree(line);
                String output = n.path("output").asText();
                if (output.endsWith(".jsonld") && !n.path("input").asText().isEmpty()) {
                    out.put(output.substring(0, output.length() - ".jsonld".length()), n.path("input").asText());
                }
            }
        }
        return out;
    }

    /** Every document in the folder and its subfolders, by name, one compact line each. */
    private void writeArticles() throws IOException {
        List<Path> docs;
        try (Stream<Path> walk = Files.walk(dir)) {
            docs = walk.filter(p -> p.getFileName().toString().endsWith(".jsonld") && !p.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile)
                    .sorted(java.util.Comparator.comparing(p -> OutputNames.ofDocument(dir, p))).toList();
        }
        AtomicFiles.write(dir.resolve(BatchRunner.ARTICLES), out -> {
            for (Path doc : docs) {
                JsonNode json;
                try {
                    json = MAPPER.readTree(doc.toFile());
                } catch (IOException | UncheckedIOException e) {
                    System.err.println("newsgraph: " + doc + " left out of " + BatchRunner.ARTICLES + ": not JSON (" + e.getMessage() + ")");
                    continue;
                }
                out.write(MAPPER.writeValueAsString(json));
                out.write('\n');
            }
        });
    }
}
