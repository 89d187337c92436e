package org.newsgraph.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The answers to README's three questions on the seeds, read from the seeds' hand-written expected
 * annotations (seeds/*.expected.json), never from pipeline output.
 */
public final class SeedQuestions {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String AXELROD = "seeds/politico_2016-09-28_axelrod-calls-on-dean-to-apologi.expected.json";
    private static final String SCO = "seeds/002_a4b618aeea5f0953.expected.json";

    private SeedQuestions() {
    }

    /** Everything David Axelrod said: the texts of the quotes his expected annotations attribute to him. */
    public static List<String> axelrodSaid() throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode q : MAPPER.readTree(Path.of(AXELROD).toFile()).path("quotes")) {
            if ("axelrod".equals(q.path("speaker").asText())) {
                out.add(q.path("text").asText());
            }
        }
        return out;
    }

    /** Who is quoted about the Shanghai Cooperation Organisation: the people whose expected quotes name it. */
    public static Set<String> quotedAboutSco() throws IOException {
        JsonNode doc = MAPPER.readTree(Path.of(SCO).toFile());
        Set<String> out = new TreeSet<>();
        for (JsonNode q : doc.path("quotes")) {
            String text = q.path("text").asText();
            if (text.contains("SCO") || text.contains("Shanghai Cooperation")) {
                for (JsonNode e : doc.path("entities")) {
                    if (e.path("id").asText().equals(q.path("speaker").asText()) && "Person".equals(e.path("type").asText())) {
                        out.add(e.path("name").asText());
                    }
                }
            }
        }
        return out;
    }

    /** Howard Dean's expected relations: each one a predicate (schema.org name) and the object's acceptable forms. */
    public static List<Relation> deanRelations() throws IOException {
        JsonNode doc = MAPPER.readTree(Path.of(AXELROD).toFile());
        List<Relation> out = new ArrayList<>();
        for (JsonNode r : doc.path("relations")) {
            if (!"dean".equals(r.path("subject").asText())) {
                continue;
            }
            Set<String> forms = new TreeSet<>();
            for (JsonNode o : r.path("object").isArray() ? r.path("object") : MAPPER.createArrayNode().add(r.path("object"))) {
                forms.add(o.asText());
                for (JsonNode e : doc.path("entities")) {
                    if (e.path("id").asText().equals(o.asText())) {
                        forms.add(e.path("name").asText()); // an entity object: its name
                    }
                }
            }
            out.add(new Relation(r.path("predicate").asText(), forms));
        }
        return out;
    }

    public record Relation(String predicate, Set<String> objects) {
        public boolean matches(String predicateIri, String object) {
            return predicateIri.equals("https://schema.org/" + predicate) && objects.contains(object);
        }
    }
}
