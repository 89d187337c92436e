package org.newsgraph.resolution;

import java.util.List;

/**
 * The word lists resolving a description needs, passed in by whoever loads them (the
 * attribution lexicon reads them from {@code models/}), so resolution reads no file itself.
 */
public interface ReferenceWords {
    /** "statement", "mandate": what somebody issues, so "its own mandate" is its owner's words. */
    boolean isDocumentNoun(String word);

    /** "union", "committee": a word that heads organisation names, so "the union" refers back to one. */
    boolean isOrganizationHead(String word);

    /** "minister", "strategist": a title, so "the minister" refers back to the person last given it. */
    boolean isTitle(String word);

    List<String> titles();

    /** "said", "told": a verb of saying, so "Michael Howard has said" makes him the one who speaks in his sentence. */
    boolean isCue(String word);
}
