package org.rasid.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.rasid.testing.Seeds;

/**
 * Generators of hostile text for the fuzz properties: real Arabic words from the seeds mixed with
 * every Unicode oddity a crawler brings (bidi controls, zero-width chars, BOMs, combining marks,
 * lone surrogate halves, presentation forms that expand under NFKC, astral symbols, controls).
 * Also reads the checked-in fuzz corpus under src/test/resources/fuzz.
 */
public final class NastyText {
    private NastyText() {
    }

    /** Code points that have broken text pipelines somewhere. */
    private static final int[] ODDITIES = {
        0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
        0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFFFE, 0xFFFD, 0x00AD, 0x034F,
        0x0640, 0x064B, 0x064C, 0x064D, 0x064E, 0x064F, 0x0650, 0x0651, 0x0652, 0x0670, 0x0653, 0x0654, 0x0655,
        0x0300, 0x0301, 0x0308, 0x0327, 0x036F, 0x20DD, 0x20E3, 0x1AB0,
        0xFDFA, 0xFDFB, 0xFDF2, 0xFEFB, 0xFEF5, 0xFB50, 0xFE8D, 0xFE80, 0xFC5E, 0xFC60, 0xFE70, 0xFE72,
        0x0622, 0x0623, 0x0625, 0x0671, 0x0649, 0x06CC, 0x06A9, 0x0629, 0x0624, 0x0626, 0x067E, 0x0686, 0x06AF,
        0x0660, 0x0665, 0x0669, 0x06F0, 0x06F5, 0x06F9, 0x060C, 0x061B, 0x061F, 0x066A, 0x066B, 0x066C, 0x06D4,
        0x00A0, 0x2007, 0x202F, 0x3000, 0x2028, 0x2029, 0x0085, 0x000B, 0x000C, 0x1680, 0x2000, 0x200A,
        0x0000, 0x0001, 0x0007, 0x001B, 0x007F, 0x0080, 0x009F, '\t', '\n', '\r',
        0x0130, 0x03A3, 0x01C5, 0x1E9E, 0x2126, 0x212A, 0xFB01, 0x338F, 0x00BD, 0x216B, 0x2460, 0xFF21, 0xFF10,
        0x1F600, 0x1F1F8, 0x1F1FE, 0x1F3F3, 0x1F468, 0x2F800, 0x1D400, 0x10FFFF, 0xE000, 0xF8FF, 0x0378,
        '<', '>', '&', '"', '\'', '\\', '/', ':', '«', '»', 0x2018, 0x201C, '.', '-', '|', '#',
    };

    private static List<String> seedWords;

    /** Words of the sample corpus, so that generated text looks like news around the oddities. */
    public static synchronized List<String> seedWords() {
        if (seedWords == null) {
            Set<String> words = new LinkedHashSet<>();
            Matcher m = Pattern.compile("[\\p{IsArabic}\\p{L}\\p{N}]+").matcher("");
            for (Path f : Seeds.files()) {
                try {
                    m.reset(Files.readString(f, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                while (m.find()) {
                    words.add(m.group());
                }
            }
            seedWords = List.copyOf(words);
        }
        return seedWords;
    }

    public static Arbitrary<String> oddity() {
        return Arbitraries.of(toStrings(ODDITIES));
    }

    /** A lone high or low surrogate half. */
    public static Arbitrary<String> surrogateHalf() {
        return Arbitraries.chars().range('\uD800', '\uDFFF').map(String::valueOf);
    }

    public static Arbitrary<String> seedWord() {
        return Arbitraries.of(seedWords());
    }

    public static Arbitrary<String> anyBmpChar() {
        return Arbitraries.chars().all().map(String::valueOf);
    }

    public static Arbitrary<String> anyCodePoint() {
        return Arbitraries.integers().between(0, Character.MAX_CODE_POINT).map(Character::toString);
    }

    public static Arbitrary<String> arabicLetter() {
        return Arbitraries.chars().range('\u0600', '\u06FF').map(String::valueOf);
    }

    /** One piece of hostile text: mostly words and spaces, often an oddity. */
    public static Arbitrary<String> piece() {
        return Arbitraries.frequencyOf(
                Tuple.of(30, seedWord()),
                Tuple.of(20, Arbitraries.of(" ", " ", "\n", "\n\n", "، ", ". ", "\r\n", "::")),
                Tuple.of(15, oddity()),
                Tuple.of(8, arabicLetter()),
                Tuple.of(5, surrogateHalf()),
                Tuple.of(5, anyBmpChar()),
                Tuple.of(4, anyCodePoint()),
                Tuple.of(4, Arbitraries.strings().alpha().ofMaxLength(8)),
                Tuple.of(3, Arbitraries.strings().numeric().ofMaxLength(6)));
    }

    /** Hostile text of up to {@code maxPieces} pieces. */
    public static Arbitrary<String> text(int maxPieces) {
        return piece().list().ofMaxSize(maxPieces).map(l -> String.join("", l));
    }

    /** Inserts oddities that normalisation drops (tatweel, harakat, bidi marks) into a word. */
    public static String sprinkle(String word, long seed) {
        String[] invisible = {"\u0640", "\u064E", "\u0651", "\u200F", "\u200C", "\u200D", "\u2067", "\u00AD", "\uFEFF"};
        StringBuilder b = new StringBuilder();
        java.util.Random r = new java.util.Random(seed);
        for (int i = 0; i < word.length(); i++) {
            b.append(word.charAt(i));
            if (i + 1 < word.length() && r.nextInt(3) == 0) {
                b.append(invisible[r.nextInt(invisible.length)]);
            }
        }
        return b.toString();
    }

    /**
     * The fuzz corpus files under {@code fuzz/<kind>} in the test resources, read as text:
     * {@code .txt} files as UTF-8, {@code .esc} files with Java escapes (backslash-u, backslash-n)
     * decoded so that lone surrogates can be written down.
     */
    public static List<String> corpusTexts(String kind) {
        List<String> out = new ArrayList<>();
        for (Path f : corpusFiles(kind)) {
            String name = f.getFileName().toString();
            try {
                if (name.endsWith(".txt")) {
                    out.add(Files.readString(f, StandardCharsets.UTF_8));
                } else if (name.endsWith(".esc")) {
                    out.add(unescape(Files.readString(f, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    public static List<Path> corpusFiles(String kind) {
        Path dir = Seeds.projectRoot().resolve("rasid-core/src/test/resources/fuzz").resolve(kind);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (n == 'u' && i + 5 < s.length()) {
                    b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                }
                if (n == 'n') {
                    b.append('\n');
                    i++;
                    continue;
                }
                if (n == 'r') {
                    b.append('\r');
                    i++;
                    continue;
                }
                if (n == '\\') {
                    b.append('\\');
                    i++;
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String[] toStrings(int[] cps) {
        String[] out = new String[cps.length];
        for (int i = 0; i < cps.length; i++) {
            out[i] = Character.toString(cps[i]);
        }
        return out;
    }
}
