package org.rasid.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The readings of an Arabic word with its proclitics (و ف ب ل ك, combined: وب فب ول فل وك) and
 * article (ال, and لل for ل+ال) taken off, and optionally attached pronouns (ها هم ه …).
 * A reading never leaves fewer than two letters, so short words are not torn apart.
 */
public final class CliticSplitter {
    /** One reading: the stem and how many leading chars were proclitics (not the article). */
    public record Reading(String stem, int prefixLength, boolean hadArticle, int suffixLength) {
        /** The stem with its article when it had one ("وبالأمس" reads "الأمس"), proclitics off. */
        public String withArticle() {
            return hadArticle ? ARTICLE + stem : stem;
        }
    }

    /** The definite article. */
    public static final String ARTICLE = "ال";
    /** The conjunctions و and ف, one letter each: they may stand before a preposition. */
    public static final String CONJUNCTIONS = "وف";
    /** The prepositions ب, ل and ك, one letter each. */
    public static final String PREPOSITIONS = "بلك";
    /** Every proclitic letter: و ف ب ل ك. */
    public static final String PROCLITIC_LETTERS = CONJUNCTIONS + PREPOSITIONS;
    /** The preposition ب (of means: "بسلاح كيماوي"). */
    public static final String BA = "ب";
    /** The preposition ل. */
    public static final String LAM = "ل";
    /** ل + ال as written, the article's alif dropped: "للنظام". */
    public static final String LAM_ARTICLE = LAM + ARTICLE.substring(1);

    /** A conjunction with a preposition (وب فب ول فل وك فك), then each letter alone: longest first. */
    static final String[] PROCLITICS = proclitics();
    static final String[] PRONOUNS = {"هما", "هم", "هن", "ها", "كم", "نا", "ه", "ي"};
    static final int MIN_STEM = 2;

    private CliticSplitter() {
    }

    private static String[] proclitics() {
        List<String> out = new ArrayList<>();
        for (char p : PREPOSITIONS.toCharArray()) {
            for (char c : CONJUNCTIONS.toCharArray()) {
                out.add(c + String.valueOf(p));
            }
        }
        for (char c : PROCLITIC_LETTERS.toCharArray()) {
            out.add(String.valueOf(c));
        }
        return out.toArray(new String[0]);
    }

    /** Whether the word starts with the article ال (a definite form, "الجمعة" not "جمعة"). */
    public static boolean hasArticle(String word) {
        return word.startsWith(ARTICLE);
    }

    /**
     * Whether the word carries the article behind its proclitics ("الهجوم", "وبالغارات", "للقاء"): a
     * noun so marked names an act already told. The one test of definiteness for every event rule.
     */
    public static boolean definite(String word) {
        return definite(readings(word, false));
    }

    /** Whether any of a word's readings had the article. */
    public static boolean definite(List<Reading> readings) {
        for (Reading r : readings) {
            if (r.hadArticle()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Readings of {@code word}: the word itself first, then shorter stems. The list is immutable.
     * Every lexicon matcher asks for the readings of every token, and news vocabulary repeats
     * (Zipf), so each distinct word is split once ({@link Vocabulary}).
     */
    public static List<Reading> readings(String word, boolean withPronouns) {
        return Vocabulary.word(word).readings(withPronouns);
    }

    /** The readings of {@code word} worked out anew, as an immutable list. */
    static List<Reading> split(String word, boolean withPronouns) {
        return List.copyOf(splitting(word, withPronouns));
    }

    private static List<Reading> splitting(String word, boolean withPronouns) {
        List<Reading> out = new ArrayList<>(6);
        addWithArticle(out, word, 0);
        for (String p : PROCLITICS) {
            if (word.length() - p.length() >= MIN_STEM && word.startsWith(p)) {
                String rest = word.substring(p.length());
                addWithArticle(out, rest, p.length());
                // ل + ال is written لل: "للنظام" reads as "النظام"
                if (p.endsWith(LAM) && rest.startsWith(LAM) && rest.length() - 1 >= MIN_STEM) {
                    add(out, new Reading(ARTICLE + rest.substring(1), p.length() - 1, true, 0));
                    add(out, new Reading(rest.substring(1), p.length() + 1, true, 0));
                }
            }
        }
        if (withPronouns) {
            int base = out.size();
            for (int r = 0; r < base; r++) {
                Reading reading = out.get(r);
                for (String s : PRONOUNS) {
                    String stem = reading.stem();
                    if (stem.length() - s.length() >= MIN_STEM + 1 && stem.endsWith(s)) {
                        add(out, new Reading(stem.substring(0, stem.length() - s.length()),
                                reading.prefixLength(), reading.hadArticle(), s.length()));
                    }
                }
            }
        }
        return out;
    }

    private static void addWithArticle(List<Reading> out, String w, int prefix) {
        add(out, new Reading(w, prefix, false, 0));
        if (w.startsWith(ARTICLE) && w.length() - 2 >= MIN_STEM) {
            add(out, new Reading(w.substring(2), prefix, true, 0));
        }
    }

    private static void add(List<Reading> out, Reading r) {
        for (Reading o : out) {
            if (o.stem().equals(r.stem())) {
                return;
            }
        }
        out.add(r);
    }
}
