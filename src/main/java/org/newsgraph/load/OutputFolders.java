package org.newsgraph.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the folders {@code run} wrote: every {@code *.jsonld} document, in name order, as
 * {@link ArticleRows}. A malformed or foreign file becomes a {@link LoadError} naming it; so does a
 * second article with the same key in another folder (the key is the document's path in its
 * folder without {@code .jsonld}, {@code sport/story}, as {@code run} names it).
 */
public final class OutputFolders {
    public static final String SUFFIX = ".jsonld";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public record Contents(List<ArticleRows> articles, List<LoadError> errors) {
    }

    private OutputFolders() {
    }

    /** A document file and its key. */
    public record Document(Path file, String key) {
    }

    /** The documents of the folders and their subfolders, in folder then key order (hidden and temporary files left out). */
    public static List<Document> documents(List<Path> folders) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new IOException(folder + ": not an output folder (no such directory)");
            }
            try (Stream<Path> s = Files.walk(folder)) {
                s.filter(p -> {
                    String n = p.getFileName().toString();
                    return n.endsWith(SUFFIX) && !n.startsWith(".") && Files.isRegularFile(p);
                }).map(p -> new Document(p, keyOf(folder, p))).sorted(java.util.Comparator.comparing(Document::key)).forEach(docs::add);
            }
        }
        return docs;
    }

    public static Contents read(List<Path> folders) throws IOException {
        List<ArticleRows> articles = new ArrayList<>();
        List<LoadError> errors = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Document doc : documents(folders)) {
            Path file = doc.file();
            String key = doc.key();
            Path earlier = seen.putIfAbsent(key, file);
            if (earlier != null) {
                errors.add(new LoadError(file.toString(), "another output folder has an article of the same name: " + earlier));
                continue;
            }
            try {
                articles.add(read(file, key));
            } catch (BadDocument e) {
                errors.add(new LoadError(file.toString(), e.getMessage()));
            }
        }
        return new Contents(articles, errors);
    }

    /** {@code sport/story} for {@code folder/sport/story.jsonld}. */
    public static String keyOf(Path folder, Path file) {
        StringBuilder sb = new StringBuilder();
        for (Path part : folder.relativize(file)) {
            sb.append(sb.length() == 0 ? "" : "/").append(part);
        }
        return sb.substring(0, sb.length() - SUFFIX.length());
    }

    /** One document; {@link BadDocument} when it is not JSON or not a newsgraph article. */
    public static ArticleRows read(Path file, String key) throws BadDocument {
        String json;
        try {
            json = Files.readString(file);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new BadDocument("not UTF-8 text");
        } catch (IOException | UncheckedIOException e) {
            throw new BadDocument("cannot be read: " + e.getMessage());
        }
        return parse(key, json);
    }

    /** One document given as JSON text (a line of {@code articles.ndjson}), under the key it is stored by. */
    public static ArticleRows parse(String key, String json) throws BadDocument {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BadDocument("not valid JSON: " + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ")");
        }
        return ArticleDocument.rows(key, root);
    }

    /** A file that is not a newsgraph JSON-LD article. */
    public static final class BadDocument extends Exception {
        public BadDocument(String message) {
            super(message);
        }
    }
}
