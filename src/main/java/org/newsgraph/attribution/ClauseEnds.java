package org.newsgraph.attribution;

import static org.newsgraph.attribution.ClauseWords.*;
import static org.newsgraph.attribution.TimeWords.*;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.Token;

/**
 * Where reported words end: at a semicolon or dash, where the source's next predicate or a new
 * clause of the writer's begins (", which …", ", although …", "amid …", "as Trump consolidates
 * …"), where another source speaks, or where the source's own verb resumes.
 */
final class ClauseEnds {
    private final AttributionVerbs verbs;

    ClauseEnds(AttributionVerbs verbs) {
        this.verbs = verbs;
    }

    private static final Set<String> DASHES = Set.of("--", "—", "–", "-");
    /** The reported words run to the end of the clause: a semicolon, a dash, or ", saying …" / ", but …". */
    int clauseEnd(List<Token> t, List<String> tags, int start, int end, boolean clause) {
        boolean subordinate = SUBORDINATORS.contains(lower(t, 0)) && indexOf(t, ",", 0, start) < 0;
        for (int k = start + 1; k < end; k++) {
            String w = t.get(k).word();
            if (w.equals(";")) {
                return k;
            }
            if (!clause && COORDINATORS.contains(lower(t, k)) && k + 1 < end && startsPredicateAfterAdverbs(tags, k + 1)) {
                return k; // "has promoted unproven therapies and downplayed the risk": the source's next predicate
            }
            if (!clause && (DASHES.contains(w) || w.equals(",") && k + 1 < end && lower(t, k + 1).equals("with"))) {
                return k; // "expect Clinton to win the debate -- 44 percent to 34", "…, with jabs that …": the writer's addition
            }
            if (!clause && w.equals(",") && k + 2 < end && startsNewSubject(t, k + 1) && predicateBeforeComma(t, tags, k + 2, end)) {
                return k; // "has railed against the provisions that pock the code, he's sought to …": a new clause
            }
            if (!clause && w.equals(",") && k + 1 < end && NON_RESTRICTIVE.contains(lower(t, k + 1))) {
                return k; // "acknowledged the reality of climate change, which makes him an outlier": the writer's description
            }
            if (!clause && ADJUNCT_OPENERS.contains(lower(t, k))) {
                return k; // "spoke about her ties to black churches while at the convention", "amid growing concerns": the writer's circumstance
            }
            if (!clause && isTimePhrase(t, k, end)) {
                return k; // "offered some pointed advice to Clinton on Friday in …": when it was said, not what
            }
            if (!clause && SUBORDINATORS.contains(lower(t, k)) && k + 2 < end && startsNewSubject(t, k + 1) && !(k >= 2 && isAsWellAs(t, k - 2, end))
                    && hasFiniteVerb(tags, k + 2, Math.min(end, k + 2 + MAX_NOUN_PHRASE))) {
                return k; // "indicates a tightening race as Trump consolidates …": the writer's circumstance
            }
            if ((w.equals("and") || w.equals("but") || w.equals("or")) && k + 1 < end
                    && (FINITE_VERB_TAGS.contains(tags.get(k + 1)) || !clause && tags.get(k + 1).equals("VB")) && verbs.at(t, k + 1) != null) {
                // "said he would order a review and warned against …", "refuses to release his returns or explain
                // how …": a second predicate of the source
                return k;
            }
            if (w.equals(",") && k + 1 < end && (isParticiple(t, k + 1) || tags.get(k + 1).equals("RB") && k + 2 < end && isParticiple(t, k + 2)
                    || CLAUSE_BREAKS.contains(lower(t, k + 1)) && !isAsWellAs(t, k + 1, end))) {
                return k;
            }
            if ((w.equals("and") || w.equals("but")) && k + 2 < end && (t.get(k - 1).word().equals(",") || DASHES.contains(t.get(k - 1).word()))
                    && (startsNewSubject(t, k + 1) || SUBORDINATORS.contains(lower(t, k + 1)))) {
                return k - 1; // ", and Democrats accused …", ", and when pressed …", "— and he noted …": a second clause of the writer's
            }
            if ((w.equals("and") || w.equals("but")) && k + 1 < end && startsNewSubject(t, k + 1) && attributionVerbAfterSubject(t, tags, k + 1, end)) {
                return k; // "the department mishandled the investigation and Democrats accused the GOP of …": someone else's words
            }
            if (clause && w.equals(",") && k + 1 < end && startsPredicate(tags, k + 1) && hasFiniteVerb(tags, start, k)) {
                return k; // "who understood a push would be fruitless, told his advisers …": the source's own verb resumes
            }
            if (subordinate && w.equals(",") && k + 1 < end && startsNewSubject(t, k + 1)) {
                return k; // "While he acknowledged funding was a reason, Ham also noted …": the main clause begins
            }
        }
        return end;
    }

    /** "…, saying", "…, implicitly putting": a participle opening the writer's addition. */
    private static boolean isParticiple(List<Token> t, int k) {
        return lower(t, k).endsWith("ing") && !NOT_PARTICIPLES.contains(lower(t, k));
    }

    /** A finite attribution verb within a short subject's length of {@code k}: "Democrats accused", "the senator said". */
    private boolean attributionVerbAfterSubject(List<Token> t, List<String> tags, int k, int end) {
        for (int v = k + 1; v < Math.min(end, k + 4); v++) {
            if (FINITE_VERB_TAGS.contains(tags.get(v))) {
                return verbs.at(t, v) != null;
            }
        }
        return false;
    }

    /** A finite verb after any adverbs: "also had to". */
    private static boolean startsPredicateAfterAdverbs(List<String> tags, int k) {
        while (k + 1 < tags.size() && tags.get(k).startsWith("RB")) {
            k++;
        }
        return startsPredicate(tags, k);
    }
}
