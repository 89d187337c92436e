package org.newsgraph.ner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.config.PipelineConfig;
import org.newsgraph.config.PipelineFactory;
import org.newsgraph.model.Document;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.ArticleReader;

/**
 * Development harness (not a test): prints the ner stage's mentions of each article (files or
 * folders of .txt), one line each: file, offset, type, text and the words around it.
 */
public final class MentionDump {
    public static void main(String[] args) throws Exception {
        Pipeline p = PipelineFactory.build(new PipelineConfig(List.of("language", "layout", "tokens", "pos", "ner"), "corenlp",
                PipelineConfig.DEFAULT_MAX_BYTES), false);
        ArticleReader reader = new ArticleReader(PipelineConfig.DEFAULT_MAX_BYTES);
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            Path path = Path.of(a);
            if (Files.isDirectory(path)) {
                try (Stream<Path> s = Files.list(path)) {
                    s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        for (Path f : files) {
            Document d = p.run(reader.read(f));
            String text = d.text();
            for (NamedEntity m : d.namedEntities()) {
                int b = Math.max(0, m.span().begin() - 30);
                int e = Math.min(text.length(), m.span().end() + 30);
                System.out.printf("%s\t%d\t%s\t%s\t%s%n", f.getFileName(), m.span().begin(), m.type(), m.text(),
                        text.substring(b, e).replace('\n', ' '));
            }
        }
    }
}
