package org.rasid.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rasid.lexicon.DataFile;

/**
 * Open-class Arabic vocabulary belongs in the TSV lexicons under rasid/data (docs/data-formats.md),
 * where an analyst can extend it; main Java code may spell only closed-class words: particles,
 * the article, clitics and pronoun endings, as Lucene's ArabicStemmer does. This test reads every
 * main Java source of every module and fails on a string literal with any other Arabic word.
 * Lists of closed-class words live in particles.tsv too (read by org.rasid.lexicon.Particles), so
 * main code holds at most {@link #MAX_ARABIC_LITERALS} literals with Arabic in them.
 */
class ArabicLiteralPolicyTest {
    /**
     * Closed-class words main code may spell: proclitics and their combinations, the article,
     * prepositions, conjunctions, negations, pronoun suffixes and word endings.
     */
    static final Set<String> CLOSED_CLASS = Set.of(
            // proclitics, the article and their combinations (CliticSplitter)
            "و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك", "فك", "ال", "لل", "بال", "كال", "فال", "وال",
            "وفبل", "وفبلك", "وف", "بلك", "ولل",
            // the future prefix س with its conjunctions, and imperfect verb prefixes (يت-، يتن-، يتنا-)
            "س", "وس", "فس", "يت", "يتن", "يتنا",
            // aspect particle قد, the auxiliary كان and temporal prepositions
            "قد", "منذ", "كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا",
            "اثناء", "بعد", "خلال", "وخلال", "قبيل", "وقبيل", "تحت",
            // prepositions and conjunctions, as normalised text spells them
            "من", "في", "علي", "على", "الي", "إلى", "عن", "مع", "او", "أو", "ثم", "باسم", "بين", "وفي",
            // directional prepositions (movement towards a place)
            "نحو", "باتجاه", "صوب",
            // relative pronouns and the complementiser أنّ with its pronouns, as normalised text spells them
            "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "ما", "بان", "انه", "انها", "بانه",
            "انهم", "بانها", "بانهم", "وان", "لدي",
            // negations and "any"
            "لا", "لم", "لن", "دون", "بدون", "عدم", "اي", "أي",
            // attached pronouns and word endings (feminine, dual, plural)
            "ه", "ها", "هم", "هما", "هن", "كم", "نا", "ي", "ين", "ان", "ات", "ا", "ى", "اء", "تين");

    /**
     * Files whose literals are still being moved to lexicons by other engineers; the integrator
     * empties this list after merging their branches. Paths are relative to the project root.
     */
    static final Set<String> PENDING = Set.of();

    /**
     * Literals holding Arabic (letters or punctuation such as ، ؟) that main code may have in all:
     * closed-class words a rule is about, clitic letters, punctuation sets. A list of words goes to
     * particles.tsv; was 202 before it existed.
     */
    static final int MAX_ARABIC_LITERALS = 80;

    /** How code names a list of particles.tsv: {@code Particles.words("negation")}, {@code Particles.word("since")}. */
    private static final Pattern PARTICLE_KIND = Pattern.compile("Particles\\.words?\\(\"([^\"]+)\"\\)");

    @Test
    void mainCodeSpellsOnlyClosedClassArabic() throws IOException {
        Path root = projectRoot();
        List<String> violations = new ArrayList<>();
        List<Path> sources = mainSources(root);
        for (Path p : sources) {
            String rel = root.relativize(p).toString().replace('\\', '/');
            if (PENDING.contains(rel)) {
                continue;
            }
            for (String literal : literals(Files.readString(p, StandardCharsets.UTF_8))) {
                for (String word : arabicWords(literal)) {
                    if (!CLOSED_CLASS.contains(word)) {
                        violations.add(rel + ": \"" + literal + "\" (" + word + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), violations, "open-class Arabic in main code: move it to a lexicon (docs/data-formats.md)");
    }

    @Test
    void mainCodeHoldsFewArabicLiterals() throws IOException {
        Path root = projectRoot();
        Map<String, Integer> perFile = new TreeMap<>();
        int total = 0;
        for (Path p : mainSources(root)) {
            int n = 0;
            for (String literal : literals(Files.readString(p, StandardCharsets.UTF_8))) {
                n += hasArabic(literal) ? 1 : 0;
            }
            if (n > 0) {
                perFile.put(root.relativize(p).toString().replace('\\', '/'), n);
                total += n;
            }
        }
        assertTrue(total <= MAX_ARABIC_LITERALS, total + " Arabic literals in main code, at most " + MAX_ARABIC_LITERALS
                + ": move word lists to particles.tsv (docs/data-formats.md) " + perFile);
    }

    @Test
    void everyParticleKindIsReadAndEveryKindReadIsListed() throws IOException {
        Path root = projectRoot();
        Set<String> listed = new TreeSet<>();
        for (DataFile.Row row : DataFile.readTsv("particles.tsv")) {
            listed.add(row.get("kind"));
        }
        Set<String> read = new TreeSet<>();
        for (Path p : mainSources(root)) {
            Matcher m = PARTICLE_KIND.matcher(Files.readString(p, StandardCharsets.UTF_8));
            while (m.find()) {
                read.add(m.group(1));
            }
        }
        assertTrue(read.size() > 10, "Particles calls found: " + read);
        assertEquals(listed, read, "particles.tsv kinds (expected) against the kinds main code reads (actual)");
    }

    @Test
    void theScannerSeesLiteralsAndSkipsComments() {
        String src = "class X { // \"قصف\" in a comment\n String a = \"قصف\"; /* \"غارة\" */ String b = \"\\\"من\\\" ال\";\n"
                + " char c = 'و'; String d = \"\"\"\n  text block اشتباكات\n  \"\"\"; }";
        assertEquals(List.of("قصف", "\\\"من\\\" ال", "\n  text block اشتباكات\n  "), literals(src));
        assertEquals(List.of("من", "ال"), arabicWords("\\\"من\\\" ال"));
        assertEquals(List.of("اشتباكات"), arabicWords("\n  text block اشتباكات\n  "));
        assertTrue(hasArabic("[\\s،,]+") && hasArabic("قد") && !hasArabic("\\s*[-–—]"));
    }

    @Test
    void everyPendingFileExists() {
        Path root = projectRoot();
        for (String f : PENDING) {
            assertTrue(Files.isRegularFile(root.resolve(f)), "pending file gone, take it off the list: " + f);
        }
    }

    /** The string literals (text blocks included) of a Java source, comments and char literals skipped. */
    static List<String> literals(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                i = src.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                i = src.indexOf("*/", i + 2);
                i = i < 0 ? n : i + 2;
            } else if (c == '\'') {
                i = skipQuoted(src, i, '\'');
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                out.add(src.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"') {
                int end = skipQuoted(src, i, '"');
                out.add(src.substring(i + 1, end - 1));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Index after the closing quote of a literal opened at {@code start}, escapes honoured. */
    private static int skipQuoted(String src, int start, char quote) {
        int i = start + 1;
        while (i < src.length() && src.charAt(i) != quote) {
            i += src.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(src.length(), i + 1);
    }

    private static List<Path> mainSources(Path root) throws IOException {
        // each module's src/main/java only: walking the whole tree also walks target/, where surefire writes
        // and deletes report files while this test runs (NoSuchFileException in a full build)
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path java : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> s = Files.walk(java)) {
                    s.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
                }
            }
        }
        sources.sort(null);
        assertTrue(sources.size() > 100, "main sources found under " + root + ": " + sources.size());
        return sources;
    }

    /** Whether a literal holds a char of the Arabic block (U+0600 to U+06FF), letter or punctuation. */
    static boolean hasArabic(String literal) {
        return literal.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
    }

    /** Runs of Arabic letters in a literal (punctuation such as ، ؟ separates them). */
    static List<String> arabicWords(String literal) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= literal.length(); i++) {
            char c = i < literal.length() ? literal.charAt(i) : ' ';
            if (Character.isLetter(c) && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) {
                w.append(c);
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        return out;
    }

    private static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("rasid-core/src/main/java"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new UncheckedIOException(new IOException("project root not found above " + Path.of("").toAbsolutePath()));
        }
        return p;
    }
}
