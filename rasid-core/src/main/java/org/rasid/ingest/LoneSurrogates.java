package org.rasid.ingest;

/**
 * JSON may escape half a surrogate pair ("\ud800"); a Java string holds it, but UTF-8 cannot,
 * so the store would keep a different text from the one whose offsets the pipeline computed.
 * Each lone half becomes U+FFFD here, one char for one char, so every offset stays valid.
 */
public final class LoneSurrogates {
    private LoneSurrogates() {
    }

    /** {@code s} with every unpaired surrogate char replaced by U+FFFD; {@code s} itself when none. */
    public static String replace(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, '\uFFFD');
            }
        }
        return b == null ? s : b.toString();
    }
}
