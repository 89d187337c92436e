package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.ModelPatterns;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Layer;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Tokens;
import org.newsgraph.pipeline.DeclaredStage;

/**
 * Typed name mentions: the statistical tagger's output corrected where it is known to fail on
 * news. Gazetteer names ("South China Sea") replace the pieces the tagger split them into;
 * country pairs ("Russia-China") become two places; words that are never names on their own
 * ("Republic") and demonyms are dropped. Mentions stay inside one sentence, so inside one
 * paragraph.
 */
public final class NerStage extends DeclaredStage {
    private static final Pattern PAIR = Pattern.compile("([\\p{L}. ]+?)[-–—/]([\\p{L}. ]+)");
    private final NerTagger tagger;
    private final Gazetteer gazetteer;
    private final Demonyms demonyms;
    private final WordList notNames;
    private final Pattern organizationName;
    private final MentionTypes mentionTypes;
    private final MentionSplits splits;
    private final MentionBoundaries boundaries = new MentionBoundaries(new WordList("name-honorifics.txt"),
            new WordList("place-heads.txt"));
    private final NewsOutlets outlets = new NewsOutlets();
    private final CueMentions cues;
    private final TitleSlotOrganisations titleSlots;
    private final TeamSheets teamSheets = new TeamSheets();
    private final PartyStates partyStates;
    private final CountryOwnedNames countryOwned;
    private final PersonSlots personSlots;
    private final UntaggedFullNames untaggedNames;
    private final FacilityNames facilities = new FacilityNames();
    private final PollSponsors pollSponsors = new PollSponsors();

    public NerStage(NerTagger tagger, Gazetteer gazetteer, Demonyms demonyms, WordList notNames, WordList organizationHeads) {
        super("ner", Set.of(Layer.TOKENS), Set.of(Layer.NAMED_ENTITIES));
        this.tagger = tagger;
        String heads = String.join("|", organizationHeads.entries());
        this.organizationName = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}&'-]*\\s+){0,4}(?:" + heads + ")"
                + "(?:\\s+(?:of|for|on|and)(?:\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*)+)*(?![\\p{L}\\p{N}])");
        this.gazetteer = gazetteer;
        this.demonyms = demonyms;
        this.notNames = notNames;
        Map<String, Pattern> shapes = ModelPatterns.read("mention-shapes.tsv");
        this.mentionTypes = new MentionTypes(demonyms, organizationHeads, shapes);
        this.splits = new MentionSplits(organizationHeads);
        this.cues = new CueMentions(demonyms.kbp(), organizationHeads);
        this.countryOwned = new CountryOwnedNames(demonyms);
        WordList titleWords = new WordList("title-words.txt");
        this.titleSlots = new TitleSlotOrganisations(demonyms, titleWords);
        this.personSlots = new PersonSlots(demonyms.kbp(), titleWords, shapes);
        this.partyStates = new PartyStates(demonyms.kbp(), shapes);
        this.untaggedNames = new UntaggedFullNames(demonyms.kbp());
    }

    @Override
    public Document process(Document document) {
        List<String> tags = document.has(Layer.POS) ? document.partsOfSpeech().tags() : null;
        return document.withNamedEntities(mentions(document.text(), document.tokens(), tags));
    }

    /** The corrected mentions of a text; {@code tags}: the part-of-speech tags of the tokens, or null. */
    public List<NamedEntity> mentions(String text, Tokens tokens, List<String> tags) {
        List<NamedEntity> corrected = correct(text, tokens, tagger.tag(text, tokens));
        List<NamedEntity> typed = teamSheets.apply(text, tokens,
                titleSlots.add(text, tokens, tags, personSlots.apply(tokens, facilities.apply(mentionTypes.retype(text, tokens, tags, corrected)))));
        List<NamedEntity> named = untaggedNames.add(text, tokens, tags, typed);
        List<NamedEntity> cited = CaseCitations.apply(tokens, WorkTitleFragments.apply(tokens, partyStates.apply(text, RepeatedSurnames.add(text, tokens, tags, named))));
        return SentenceCaseWords.apply(tokens, pollSponsors.apply(text, tokens, cited));
    }

    List<NamedEntity> correct(String text, Tokens tokens, List<NamedEntity> tagged) {
        List<NamedEntity> fromGazetteer = gazetteerMentions(text, tokens);
        for (NamedEntity org : organizationNames(text, tokens)) {
            if (fromGazetteer.stream().noneMatch(g -> g.span().overlaps(org.span()))
                    && tagged.stream().noneMatch(m -> m.span().overlaps(org.span()) && !isPlaceAfterOf(text, org, m))) {
                fromGazetteer.add(org);
            }
        }
        List<NamedEntity> out = new ArrayList<>(fromGazetteer);
        for (NamedEntity m : tagged) {
            if (fromGazetteer.stream().anyMatch(g -> g.span().overlaps(m.span()))) {
                continue;
            }
            for (NamedEntity piece : splitCountryPair(text, m)) {
                if (!notNames.contains(piece.text()) && !demonyms.isDemonym(piece.text()) && !isReligion(piece.text())) {
                    out.add(piece);
                }
            }
        }
        out = splits.split(text, out);
        out.sort(Comparator.comparing(NamedEntity::span));
        return countryOwned.apply(text, cues.apply(text, tokens, outlets.apply(text, tokens, boundaries.apply(text, out))));
    }

    /** "Islam", "Judaism": a one-word religion of the KBP list is no person, organisation or place (CoNLL: MISC). */
    private boolean isReligion(String name) {
        return demonyms.kbp() != null && !name.contains(" ") && demonyms.kbp().isReligion(name);
    }

    private List<NamedEntity> gazetteerMentions(String text, Tokens tokens) {
        List<NamedEntity> out = new ArrayList<>();
        for (Sentence s : tokens.sentences()) {
            for (Span span : gazetteer.matcher().find(text, s.span().begin(), s.span().end())) {
                if (alignsWithTokens(tokens, span)) {
                    out.add(new NamedEntity(span, gazetteer.typeOf(span.of(text)), span.of(text)));
                }
            }
        }
        return out;
    }

    /** "Academy of Military Science": capitalised words ending in an organisation head word. */
    private List<NamedEntity> organizationNames(String text, Tokens tokens) {
        List<NamedEntity> out = new ArrayList<>();
        for (Sentence s : tokens.sentences()) {
            Matcher m = organizationName.matcher(text).region(s.span().begin(), s.span().end());
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                String name = span.of(text);
                if (name.contains(" ") && !name.startsWith("The ") && alignsWithTokens(tokens, span)) {
                    out.add(new NamedEntity(span, EntityType.ORGANIZATION, name));
                }
            }
        }
        return out;
    }

    /** "Church of England", "Bank of England": a place the tagger found after "of" inside the name. */
    private static boolean isPlaceAfterOf(String text, NamedEntity org, NamedEntity m) {
        return m.type() == EntityType.PLACE && org.span().contains(m.span()) && m.span().begin() > org.span().begin()
                && text.substring(org.span().begin(), m.span().begin()).matches("(?s).*\\sof\\s+(?:the\\s+)?");
    }

    static boolean alignsWithTokens(Tokens tokens, Span span) {
        int i = tokens.tokenAtOrAfter(span.begin());
        if (i >= tokens.tokens().size() || tokens.tokens().get(i).span().begin() != span.begin()) {
            return false;
        }
        while (i < tokens.tokens().size() && tokens.tokens().get(i).span().end() < span.end()) {
            i++;
        }
        return i < tokens.tokens().size() && tokens.tokens().get(i).span().end() == span.end();
    }

    private List<NamedEntity> splitCountryPair(String text, NamedEntity m) {
        Matcher pair = PAIR.matcher(m.text());
        if (pair.matches() && demonyms.isCountry(pair.group(1).strip()) && demonyms.isCountry(pair.group(2).strip())) {
            int b = m.span().begin();
            Span left = new Span(b + pair.start(1), b + pair.end(1));
            Span right = new Span(b + pair.start(2), b + pair.end(2));
            return List.of(new NamedEntity(left, EntityType.PLACE, left.of(text)),
                    new NamedEntity(right, EntityType.PLACE, right.of(text)));
        }
        return List.of(m);
    }
}
