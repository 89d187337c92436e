package org.newsgraph.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Predicate;
import org.newsgraph.model.Relation;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Tokens;
import org.newsgraph.pipeline.DeclaredStage;
import org.newsgraph.resolution.MentionIndex;

/**
 * Relations between the article's entities, read off the shapes news uses: title and demonym
 * premodifiers, appositions, copulas, member lists, founding clauses, "X, Y" and "X in Y"
 * places, colleagues and friends (see {@link RelationPatterns}). A relation is kept once per
 * triple, with the first evidence found, and only between entities the article mentions.
 */
public final class RelationStage extends DeclaredStage {
    private final RelationPatterns patterns;

    /** {@code demonyms} carries the KBP lists (titles, nationalities, countries) when the pipeline loaded them. */
    public RelationStage(Demonyms demonyms) {
        super("relations", Set.of(Layer.TOKENS, Layer.ENTITIES), Set.of(Layer.RELATIONS));
        WordList titleWords = new WordList("title-words.txt");
        TitlePhrases titles = new TitlePhrases(demonyms.kbp(), titleWords, demonyms);
        this.patterns = new RelationPatterns(demonyms, titleWords, new RelationCues(), new RelationRules(titles, demonyms));
    }

    /**
     * "candidate" beside "presidential candidate" for the same person, "governor" beside "Gov." (of "former Maryland Gov. X"):
     * keep the fuller title, and the one given with the name (news abbreviates a title before a name and writes it out when it
     * comes back alone).
     */
    private static boolean isRedundantTitle(Relation r, List<Relation> all) {
        if (r.predicate() != Predicate.JOB_TITLE) {
            return false;
        }
        String v = " " + r.value().toLowerCase(java.util.Locale.ROOT);
        return all.stream().anyMatch(o -> o != r && o.predicate() == Predicate.JOB_TITLE && o.subjectId().equals(r.subjectId())
                && o.value().length() > r.value().length() && (" " + o.value().toLowerCase(java.util.Locale.ROOT)).endsWith(v)
                || o != r && o.predicate() == Predicate.JOB_TITLE && o.subjectId().equals(r.subjectId()) && abbreviates(o.value(), r.value()));
    }

    /** Whether {@code title} ends in an abbreviation of the one word {@code word} ("Gov.", "Maryland Gov." of "governor"). */
    private static boolean abbreviates(String title, String word) {
        String last = title.strip().substring(title.strip().lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        String w = word.strip().toLowerCase(java.util.Locale.ROOT);
        return !w.contains(" ") && last.length() > 2 && last.endsWith(".")
                && w.length() > last.length() && w.startsWith(last.substring(0, last.length() - 1));
    }

    /** One view a sentence, with its part-of-speech tags when the pipeline tagged them. */
    static List<SentenceView> views(Document doc) {
        Tokens tokens = doc.tokens();
        MentionIndex mentions = new MentionIndex(doc);
        QuoteSpeakers speakers = QuoteSpeakers.of(doc);
        List<String> tags = doc.has(Layer.POS) ? doc.partsOfSpeech().tags() : null;
        List<SentenceView> views = new ArrayList<>();
        int previous = -1;
        for (Sentence s : tokens.sentences()) {
            views.add(new SentenceView(doc.text(), tokens.of(s), tags == null ? null : tags.subList(s.firstToken(), s.endToken()), mentions,
                    speakers, previous));
            previous = s.span().begin();
        }
        return views;
    }

    @Override
    public Document process(Document doc) {
        List<Relation> found = patterns.extract(views(doc), doc.entities());
        Map<String, Relation> unique = new LinkedHashMap<>();
        for (Relation r : found) {
            if (r.objectId() != null && r.objectId().equals(r.subjectId())) {
                continue;
            }
            String key = r.subjectId() + "|" + r.predicate() + "|" + r.objectId() + "|" + r.value();
            unique.putIfAbsent(key, r);
        }
        List<Relation> out = new ArrayList<>(unique.values());
        out.removeIf(r -> isRedundantTitle(r, out));
        out.sort(java.util.Comparator.comparing(Relation::evidence).thenComparing(r -> r.predicate().ordinal())
                .thenComparing(Relation::subjectId));
        return doc.withRelations(out);
    }
}
