package org.rasid.clean;

import org.rasid.text.ArabicNormalizer;

/** The comparison form of a short line: normalised, without symbols or punctuation at its ends. */
final class LineKey {
    private LineKey() {
    }

    static String of(String line) {
        String n = ArabicNormalizer.normalizeTerm(line);
        int s = 0;
        int e = n.length();
        while (s < e && !Character.isLetterOrDigit(n.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(n.charAt(e - 1))) {
            e--;
        }
        return n.substring(s, e).replaceAll("\\s+", " ");
    }

    static int words(String key) {
        return key.isEmpty() ? 0 : key.split(" ").length;
    }
}
