package org.newsgraph.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * What the reported-speech tagger sees of one token: the words and tags around it, the names
 * and list words around it, what the rules made of it, and where it stands against the nearest
 * attribution word of its sentence (a verb or noun from the lists) on either side. The
 * sentence-wide facts are computed once per table.
 */
final class TaggerFeatures {
    private static final int WINDOW = 12;
    private final TokenTable t;
    private final int[] leftCue;
    private final int[] rightCue;
    private final boolean[] thatSinceCue;
    private final boolean[] sentenceMarks;

    TaggerFeatures(TokenTable t) {
        this.t = t;
        int n = t.size();
        leftCue = new int[n];
        rightCue = new int[n];
        thatSinceCue = new boolean[n];
        sentenceMarks = new boolean[t.sentenceFirst.length];
        for (int s = 0; s < t.sentenceFirst.length; s++) {
            int last = -1;
            boolean that = false;
            for (int i = t.sentenceFirst[s]; i < t.sentenceEnd[s] && i < n; i++) {
                leftCue[i] = last;
                thatSinceCue[i] = that && last >= 0;
                if (isCue(i)) {
                    last = i;
                    that = false;
                } else if (t.words[i].equals("that")) {
                    that = true;
                }
                sentenceMarks[s] |= isMark(t.words[i]);
            }
            int next = -1;
            for (int i = Math.min(n, t.sentenceEnd[s]) - 1; i >= t.sentenceFirst[s]; i--) {
                rightCue[i] = next;
                if (isCue(i)) {
                    next = i;
                }
            }
        }
    }

    private boolean isCue(int i) {
        String c = t.classes[i];
        return c.equals("cue") || c.equals("verb") || c.equals("noun") || c.equals("adjective");
    }

    static boolean isMark(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("``") || w.equals("''") || w.equals("‘") || w.equals("’");
    }

    String[] of(int i) {
        List<String> f = new ArrayList<>(48);
        f.add("b");
        for (int d = -2; d <= 2; d++) {
            f.add("w" + d + "=" + word(i + d));
            f.add("t" + d + "=" + tag(i + d));
        }
        f.add("t-1t=" + tag(i - 1) + "|" + tag(i));
        f.add("tt1=" + tag(i) + "|" + tag(i + 1));
        for (int d = -1; d <= 1; d++) {
            f.add("n" + d + "=" + name(i + d));
            f.add("c" + d + "=" + cls(i + d));
            f.add("r" + d + "=" + rule(i + d));
        }
        f.add("r|t=" + rule(i) + "|" + tag(i));
        f.add("shape=" + shape(t.words[i], t.text.charAt(t.begin[i])));
        String w = t.words[i];
        f.add("suf=" + (w.length() > 3 ? w.substring(w.length() - 3) : w));
        int s = t.sentence[i];
        int first = t.sentenceFirst[s], end = t.sentenceEnd[s];
        f.add("from=" + TokenView.bucket(i - first));
        f.add("to=" + TokenView.bucket(end - 1 - i));
        f.add("marks=" + sentenceMarks[s]);
        cue(f, "L", leftCue[i], i - leftCue[i]);
        cue(f, "R", rightCue[i], rightCue[i] - i);
        f.add("thatL=" + thatSinceCue[i]);
        f.add("commasL=" + Math.min(2, commas(leftCue[i] < 0 ? first : leftCue[i], i)));
        f.add("commasR=" + Math.min(2, commas(i, rightCue[i] < 0 ? end : rightCue[i])));
        f.add("r-2=" + rule(i - 2));
        f.add("r+2=" + rule(i + 2));
        if (leftCue[i] >= 0 && rightCue[i] >= 0) {
            f.add("between");
        }
        return f.toArray(String[]::new);
    }

    private int commas(int from, int to) {
        int n = 0;
        for (int k = from + 1; k < to; k++) {
            n += t.words[k].equals(",") ? 1 : 0;
        }
        return n;
    }

    private void cue(List<String> f, String side, int at, int distance) {
        if (at < 0) {
            f.add("cue" + side + "=none");
            return;
        }
        String d = TokenView.bucket(distance);
        f.add("cue" + side + "=" + d);
        f.add("cue" + side + "c=" + t.classes[at] + "|" + d);
        if (distance <= WINDOW) {
            f.add("cue" + side + "w=" + t.words[at]);
            f.add("cue" + side + "t=" + t.tags[at] + "|" + d);
        }
    }

    private String word(int i) {
        return t.wordOr(i);
    }

    private String tag(int i) {
        return t.tagOr(i);
    }

    private String name(int i) {
        return i < 0 || i >= t.size() ? TokenTable.OUTSIDE : t.names[i];
    }

    private String cls(int i) {
        return i < 0 || i >= t.size() ? TokenTable.OUTSIDE : t.classes[i];
    }

    private String rule(int i) {
        return i < 0 || i >= t.size() ? TokenTable.OUTSIDE : Byte.toString(t.rule[i]);
    }

    static String shape(String lower, char first) {
        if (Character.isUpperCase(first)) {
            return "X";
        }
        if (Character.isDigit(first)) {
            return "d";
        }
        return Character.isLetter(first) ? "x" : lower.length() == 1 ? "p" + lower : "p";
    }
}
