package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.lexicon.Demonyms;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NamedEntity;
import org.newsgraph.model.Span;

/**
 * "UK Independence Party", "UK Treasury", "US Federal Reserve": a country's name before an
 * organisation's is part of it (as the seeds and CoNLL-2003 both bound "U.S. Treasury"), though the
 * tagger cuts it off as a place. Not before an acronym: "Chicago NAPM", "ROMANIA COMELF" are a
 * dateline or a headline's place before the name.
 */
final class CountryOwnedNames {
    private final Demonyms demonyms;

    CountryOwnedNames(Demonyms demonyms) {
        this.demonyms = demonyms;
    }

    /** {@code mentions} sorted by span. */
    List<NamedEntity> apply(String text, List<NamedEntity> mentions) {
        List<NamedEntity> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            NamedEntity m = mentions.get(i);
            if (i + 1 < mentions.size() && m.type() == EntityType.PLACE && isCountry(m.text())) {
                NamedEntity next = mentions.get(i + 1);
                if (next.type() == EntityType.ORGANIZATION && next.span().begin() == m.span().end() + 1
                        && text.charAt(m.span().end()) == ' ' && !next.text().equals(next.text().toUpperCase())) {
                    Span span = new Span(m.span().begin(), next.span().end());
                    out.add(new NamedEntity(span, EntityType.ORGANIZATION, span.of(text)));
                    i++;
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    private boolean isCountry(String name) {
        return demonyms.isCountry(name) || demonyms.kbp() != null && demonyms.kbp().isCountry(name);
    }
}
