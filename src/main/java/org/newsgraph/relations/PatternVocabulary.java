package org.newsgraph.relations;

import org.newsgraph.model.Entity;
import org.newsgraph.relations.SentenceView.MentionRef;

/** What a {@link TokenPattern} needs to know beyond the tokens: titles, countries, parties and the article's people. */
interface PatternVocabulary {
    /** End of a title phrase starting at i, or -1. */
    int titleEnd(SentenceView s, int i);

    /** Where the text of the title phrase [from, end) starts. */
    int titleValueStart(SentenceView s, int from, int end);

    boolean isCountry(MentionRef place);

    /** The country entity a demonym token names; null when it is none or the article names no such place. */
    Entity countryOfDemonym(SentenceView s, int i);

    /** Whether token i is a demonym or nationality word. */
    boolean isDemonym(SentenceView s, int i);

    /** "former", "acting": a word before a title that is no part of it (title-lexicon.tsv 'skip'). */
    boolean isLeftOutOfTitle(String word);

    /** "Mr", "Dr", "Sir": a word before a surname that names, not describes. */
    boolean isHonorific(String word);

    /** A reporting verb ("said", "told"), lower case. */
    boolean isSaying(String lowerWord);

    /**
     * The person the article has named most often before this sentence (first named on a tie),
     * when this sentence or the one before names them; else null.
     */
    Entity topic(SentenceView s);

    /** The organisation named last before token i, in this sentence or the one before; else null. */
    Entity previousOrganisation(SentenceView s, int i);

    /** The place X of an "X-based" token ("UK-based"), when the article names it; else null. */
    Entity placeOfBased(String word);

    /**
     * "Gordon Brown has outlined … The chancellor has …": the person the sentence before opens with
     * (its subject: the first person it names, after nothing but names, titles and modifiers), when
     * the article has named them most so far and this sentence does not name them; else null.
     */
    Entity lead(SentenceView s);

    /** Whether token i, the last of a title, is plural ("candidates", "Sens."). */
    boolean isPlural(SentenceView s, int i);

    /** The title of tokens [from, end) with its plural last word made singular. */
    String singular(SentenceView s, int from, int end);

    /** The party the article names that a word or name stands for ("GOP", "Democrat"), or null. */
    Entity party(String text);

    /**
     * "met with Hillary Clinton while she was secretary of state": the person named last before token i in this
     * sentence whose given name is not of the other gender when token i is "he" or "she"; else null.
     */
    Entity antecedent(SentenceView s, int i);

    /** The party the article names that a tag such as "R-Texas" or "D" stands for, or null. */
    Entity partyOfTag(String token);
}
