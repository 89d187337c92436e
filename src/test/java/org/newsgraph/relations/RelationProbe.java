package org.newsgraph.relations;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.newsgraph.TestPipeline;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Relation;

/** Development harness (not a test): each line of standard input run as an article, its entities and relations printed. */
public final class RelationProbe {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            Document d = TestPipeline.run(line);
            System.out.println("## " + line);
            for (Entity e : d.entities().all()) {
                System.out.println("   " + e.type() + " " + e.name() + " " + e.alternateNames());
            }
            for (Relation r : d.relations()) {
                String o = r.objectId() != null ? d.entities().byId(r.objectId()).map(Entity::name).orElse("?") : "\"" + r.value() + "\"";
                System.out.println("   => " + d.entities().byId(r.subjectId()).map(Entity::name).orElse("?") + " " + r.predicate().property() + " " + o);
            }
        }
    }
}
