package org.newsgraph.read.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The metadata a page states, gathered from its sources in order of trust: the first source to
 * give a field keeps it, and its name is recorded. Dates are kept only when they are ISO 8601,
 * written back in one form ("2016-09-28T10:15:00-04:00", "2016-09-28T10:15:00", "2016-09-28").
 */
final class Facts {
    private static final DateTimeFormatter ISO_LENIENT = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd['T'][' ']HH:mm[:ss]").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter OUT_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

    final Map<String, String> values = new LinkedHashMap<>();
    final Map<String, String> sources = new LinkedHashMap<>();
    final List<String> authors = new ArrayList<>();

    /** Sets the field unless an earlier source gave it; blank values are ignored. */
    void offer(String field, String value, String source) {
        if (value == null || values.containsKey(field)) {
            return;
        }
        String v = value.replaceAll("[\\s\\u00A0]+", " ").strip();
        if (!v.isEmpty()) {
            values.put(field, v);
            sources.put(field, source);
        }
    }

    void offerDate(String field, String value, String source) {
        if (value != null && !values.containsKey(field)) {
            offer(field, isoDate(value.strip()), source);
        }
    }

    /** All authors from the first source that names any; names that are links are not names. */
    void offerAuthors(List<String> names, String source) {
        if (!authors.isEmpty()) {
            return;
        }
        for (String n : names) {
            String name = n == null ? "" : n.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!name.isEmpty() && !name.matches("(?i)^(?:https?:|www\\.).*") && !authors.contains(name)) {
                authors.add(name);
            }
        }
        if (!authors.isEmpty()) {
            sources.put("author", source);
        }
    }

    String get(String field) {
        return values.get(field);
    }

    static String isoDate(String s) {
        try {
            var parsed = ISO_LENIENT.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime odt) {
                return odt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            }
            return ((LocalDateTime) parsed).format(OUT_SECONDS);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s).toString();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
