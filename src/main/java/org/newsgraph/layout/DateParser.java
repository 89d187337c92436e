package org.newsgraph.layout;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an absolute date (and time, when printed) in a line such as "Thu 9 Dec 2010, 9:18 PM",
 * "December 9, 2010 at 21:18" or "2010-12-09T21:18", and writes it as ISO 8601 local time
 * ("2010-12-09T21:18", or "2010-12-09" without a time). No zone is invented.
 */
public final class DateParser {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern TIME = Pattern.compile(
            "(?<!\\d)(\\d{1,2})[:.](\\d{2})(?::\\d{2})?\\s*([AaPp])?\\.?\\s*(?:[Mm]\\.?)?(?![\\w])");

    private DateParser() {
    }

    public static Optional<String> parse(String line) {
        int year, month, day;
        int rest;
        Matcher m;
        if ((m = DAY_MONTH_YEAR.matcher(line)).find()) {
            day = Integer.parseInt(m.group(1));
            month = monthNumber(m.group(2));
            year = Integer.parseInt(m.group(3));
        } else if ((m = MONTH_DAY_YEAR.matcher(line)).find()) {
            month = monthNumber(m.group(1));
            day = Integer.parseInt(m.group(2));
            year = Integer.parseInt(m.group(3));
        } else if ((m = ISO.matcher(line)).find()) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            day = Integer.parseInt(m.group(3));
        } else if ((m = SLASHED.matcher(line)).find()) {
            // US order (month first) unless the first number cannot be a month.
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
            month = a > 12 ? b : a;
            day = a > 12 ? a : b;
            year = Integer.parseInt(m.group(3));
        } else {
            return Optional.empty();
        }
        rest = m.end();
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        Matcher t = TIME.matcher(line);
        if (t.find(rest) || t.find(0) && t.end() <= m.start()) {
            int hour = Integer.parseInt(t.group(1));
            int minute = Integer.parseInt(t.group(2));
            String ampm = t.group(3);
            if (ampm != null) {
                boolean pm = ampm.equalsIgnoreCase("p");
                if (hour == 12) {
                    hour = pm ? 12 : 0;
                } else if (pm) {
                    hour += 12;
                }
            }
            if (hour < 24 && minute < 60) {
                return Optional.of(String.format(Locale.ROOT, "%sT%02d:%02d", date, hour, minute));
            }
        }
        return Optional.of(date.toString());
    }

    private static int monthNumber(String name) {
        String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(n) / 3 + 1;
    }
}
