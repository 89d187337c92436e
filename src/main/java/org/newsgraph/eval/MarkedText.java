package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;

/** An article's text as HTML, with found, extra and missed entities and quotes marked by class. */
final class MarkedText {
    private MarkedText() {
    }

    static String of(JsonNode pred, Scorer.Details d) {
        String text = pred.path("text").asText();
        String[] cls = new String[text.length()];
        boolean[] quote = new boolean[text.length()];
        boolean[] missedQuote = new boolean[text.length()];
        for (JsonNode e : pred.path("mentions")) {
            boolean extra = d.extraEntityIds().contains(e.path("@id").asText());
            for (JsonNode m : e.path("ng:mention")) {
                mark(cls, text, m.path("begin").asInt(), m.path("end").asInt(), extra ? "extra" : "hit");
            }
        }
        for (String missed : d.missedEntities()) {
            String name = missed.substring(missed.indexOf(' ') + 1);
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                for (int k = i; k < i + name.length(); k++) {
                    cls[k] = cls[k] == null ? "missed" : cls[k];
                }
            }
        }
        for (JsonNode q : pred.path("hasPart")) {
            int b = text.offsetByCodePoints(0, q.path("begin").asInt());
            int e = text.offsetByCodePoints(0, q.path("end").asInt());
            for (int k = b; k < e; k++) {
                quote[k] = true;
            }
        }
        for (String mq : d.missedQuotes()) {
            int i = text.indexOf(mq);
            for (int k = Math.max(0, i); i >= 0 && k < i + mq.length(); k++) {
                missedQuote[k] = true;
            }
        }
        StringBuilder out = new StringBuilder();
        String open = null;
        for (int i = 0; i < text.length(); i++) {
            String c = (cls[i] == null ? "" : cls[i]) + (quote[i] ? " quote" : "") + (missedQuote[i] ? " qmissed" : "");
            c = c.strip();
            if (!c.equals(open == null ? "" : open)) {
                if (open != null) {
                    out.append("</span>");
                }
                open = c.isEmpty() ? null : c;
                if (open != null) {
                    out.append("<span class=\"").append(open).append("\">");
                }
            }
            out.append(ReportWriter.escape(String.valueOf(text.charAt(i))));
        }
        if (open != null) {
            out.append("</span>");
        }
        return out.toString();
    }

    private static void mark(String[] cls, String text, int cpBegin, int cpEnd, String c) {
        int b = text.offsetByCodePoints(0, cpBegin);
        int e = text.offsetByCodePoints(0, cpEnd);
        for (int k = b; k < e; k++) {
            cls[k] = c;
        }
    }
}
