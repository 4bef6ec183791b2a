package org.rasid.quantity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.rasid.lexicon.DataFile;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.CliticSplitter;
import org.rasid.text.ArabicTokenizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;
import org.rasid.text.Token;

/**
 * Reads amounts in normalised Arabic text (digits are already Western there): digit strings with
 * thousands separators, number words with their compounds ("سبعة عشر", "خمسة وعشرون", "ثلاثمئة",
 * "3 آلاف", "نحو ثلاثة ملايين"), qualifiers ("أكثر من 80") and vague amounts kept as text with
 * ACLED's values (number-words.tsv).
 *
 * <p>Immutable after construction: one instance may serve many threads.
 */
public final class NumberParser {
    /** An amount found at tokens [tokenStart, tokenEnd). */
    public record Match(int tokenStart, int tokenEnd, Quantity quantity) {
    }

    private record Word(long value, String type) {
    }

    private static final int MAX_PHRASE = 4;

    private final Map<String, Word> words = new HashMap<>();
    private final Map<String, Long> vague = new HashMap<>();
    private final Map<String, String> qualifiers = new HashMap<>();
    /** First words of qualifier and vague phrases ("اكثر" of "أكثر من"). */
    private final java.util.Set<String> phraseStarts = new java.util.HashSet<>();

    private NumberParser() {
    }

    public static NumberParser load() {
        NumberParser p = new NumberParser();
        for (DataFile.Row row : DataFile.readTsv("number-words.tsv")) {
            String word = ArabicNormalizer.normalizeTerm(row.get("word"));
            String type = row.get("type");
            switch (type) {
                case "qualifier" -> p.qualifiers.put(word, row.get("value"));
                case "vague" -> p.vague.put(word, parseValue(row));
                case "unit", "ten", "tens", "hundred", "multiplier", "number", "ordinal", "ordinal_compound",
                     "ordinal_tens" ->
                        p.words.putIfAbsent(word, new Word(parseValue(row), type));
                default -> throw row.error("unknown type " + type);
            }
            if (type.equals("qualifier") || type.equals("vague")) {
                p.phraseStarts.add(word.split(" ")[0]);
            }
        }
        return p;
    }

    private static long parseValue(DataFile.Row row) {
        try {
            return Long.parseLong(row.get("value"));
        } catch (NumberFormatException e) {
            throw row.error("value must be a whole number, got '" + row.get("value") + "'");
        }
    }

    /** The value of a whole phrase ("سبعة عشر" 17, "١٢٥" 125, "عشرات" 12), if it is one amount. */
    public OptionalLong parse(String phrase) {
        NormalizedText n = ArabicNormalizer.normalize(phrase);
        List<Token> tokens = ArabicTokenizer.tokenize(n.text());
        if (tokens.isEmpty()) {
            return OptionalLong.empty();
        }
        Optional<Match> m = at(n, tokens, 0);
        if (m.isPresent() && m.get().tokenEnd() == tokens.size()) {
            return OptionalLong.of(m.get().quantity().value());
        }
        return OptionalLong.empty();
    }

    /** The amount that starts at token {@code i}, if any. */
    public Optional<Match> at(NormalizedText doc, List<Token> tokens, int i) {
        int j = i;
        String qualifier = null;
        for (int len = Math.min(MAX_PHRASE, tokens.size() - i); len >= 1; len--) {
            String q = qualifiers.get(join(tokens, i, i + len, true));
            if (q != null) {
                qualifier = q;
                j = i + len;
                break;
            }
        }
        if (j >= tokens.size()) {
            return Optional.empty();
        }
        int startChar = tokens.get(i).start() + cliticLength(tokens.get(i).text());
        // vague amounts: "عشرات", "عدد من", "عشرات آلاف", "بضع مئات"
        for (int len = Math.min(MAX_PHRASE, tokens.size() - j); len >= 1; len--) {
            Long v = vague.get(join(tokens, j, j + len, j == i));
            if (v != null) {
                int end = j + len;
                if (end < tokens.size()) {
                    Long next = vague.get(tokens.get(end).text());
                    Word mult = words.get(tokens.get(end).text());
                    if (v <= 3 && next != null && next >= 12) {
                        v = next; // "بضع مئات": a few hundred, at least a hundred
                        end++;
                    } else if (mult != null && mult.type().equals("multiplier") && v >= 12 && v < 1000) {
                        v = v * mult.value(); // "عشرات آلاف"
                        end++;
                    }
                }
                return Optional.of(match(doc, tokens, i, end, startChar, v, true, qualifier));
            }
        }
        Token t = tokens.get(j);
        String w = t.text();
        int clitic = j == i ? cliticLength(w) : 0;
        String digits = w.substring(clitic);
        if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && digits.length() <= 12) {
            return Optional.of(digitsAt(doc, tokens, i, j, startChar, digits, qualifier));
        }
        return wordsAt(doc, tokens, i, j, clitic, startChar, qualifier);
    }

    /** A figure in digits at token j ("1,125", "50 ألفا و570"), the match starting at token i. */
    private Match digitsAt(NormalizedText doc, List<Token> tokens, int i, int j, int startChar, String digits,
                           String qualifier) {
        long value = Long.parseLong(digits);
        int end = j + 1;
        // "1,125": thousands groups glued by a separator
        while (end < tokens.size() && tokens.get(end).text().length() == 3
                && tokens.get(end).text().chars().allMatch(Character::isDigit)
                && tokens.get(end).start() == tokens.get(end - 1).end() + 1
                && ",٬'".indexOf(doc.text().charAt(tokens.get(end - 1).end())) >= 0) {
            value = value * 1000 + Long.parseLong(tokens.get(end).text());
            end++;
        }
        if (end < tokens.size()) {
            Word mult = words.get(tokens.get(end).text());
            if (mult != null && mult.type().equals("multiplier")) {
                value *= mult.value();
                end++;
                // "50 ألفا و570": the rest below the thousand
                if (end < tokens.size() && tokens.get(end).text().matches("و\\d{1,3}")) {
                    long rest = Long.parseLong(tokens.get(end).text().substring(1));
                    if (rest < mult.value()) {
                        value += rest;
                        end++;
                    }
                }
            }
        }
        return match(doc, tokens, i, end, startChar, value, false, qualifier);
    }

    /** A figure in number words at token j ("خمسة وعشرون", "ثلاثة آلاف"), the match starting at token i. */
    private Optional<Match> wordsAt(NormalizedText doc, List<Token> tokens, int i, int j, int clitic, int startChar,
                                    String qualifier) {
        long total = 0;
        long current = 0;
        int k = j;
        while (k < tokens.size()) {
            String word = tokens.get(k).text();
            Word wd = words.get(k == j ? word.substring(clitic) : word);
            if (wd == null && k > j && word.startsWith("و")) {
                wd = words.get(word.substring(1)); // "خمسة وعشرون"
            }
            if (wd == null || wd.type().startsWith("ordinal")) {
                break;
            }
            switch (wd.type()) {
                case "unit", "tens", "number" -> current += wd.value();
                case "ten" -> current += 10;
                case "hundred" -> current = current > 0 && current < 10 ? current * 100 : current + wd.value();
                case "multiplier" -> {
                    total += (current == 0 ? 1 : current) * wd.value();
                    current = 0;
                }
                default -> {
                }
            }
            k++;
        }
        if (k == j) {
            return Optional.empty();
        }
        return Optional.of(match(doc, tokens, i, k, startChar, total + current, false, qualifier));
    }

    /** A day written as an ordinal ("السابع", "الحادي عشر", "الحادي والعشرين"), with its end token. */
    public Optional<int[]> ordinalAt(List<Token> tokens, int i) {
        Word w = ordinal(tokens.get(i).text());
        if (w == null) {
            return Optional.empty();
        }
        int value = (int) w.value();
        int end = i + 1;
        if (end < tokens.size()) {
            String next = tokens.get(end).text();
            Word ten = words.get(next);
            if (ten != null && ten.type().equals("ten")) { // "الحادي عشر"
                value += 10;
                end++;
            } else if (next.startsWith("و")) {
                Word tens = words.get(next.substring(1));
                if (tens != null && tens.type().equals("ordinal_tens")) {
                    value += (int) tens.value();
                    end++;
                }
            }
        }
        if (w.type().equals("ordinal_compound") && end == i + 1) {
            return Optional.empty(); // "الحادي" alone is no day
        }
        return Optional.of(new int[] {value, end});
    }

    /** Whether the word, through a one-letter proclitic, is an ordinal that can name a day ("السابع", "والعاشر"). */
    public boolean isOrdinal(String normalizedWord) {
        return ordinal(normalizedWord) != null;
    }

    private Word ordinal(String w) {
        Word word = words.get(stripClitic(w));
        return word != null && (word.type().equals("ordinal") || word.type().equals("ordinal_compound")) ? word : null;
    }

    /**
     * Whether a count's text holds a number written out, in digits or words ("15", "ثمانية", "على الأقل 3"), not
     * only a vague word read by convention ("قتلى" 3, "عشرات" 12), which tells no incident's count from another's.
     */
    public boolean writesNumber(String countText) {
        if (countText == null) {
            return false;
        }
        for (String w : ArabicNormalizer.normalizeTerm(countText).split("\\s+")) {
            if (!w.isEmpty() && (Character.isDigit(w.charAt(0)) || isNumberWord(w))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is a cardinal number word or digits (used to tell "أحد" the number from a name). */
    public boolean isNumberWord(String normalizedWord) {
        Word w = words.get(normalizedWord);
        return w != null && !w.type().startsWith("ordinal");
    }

    public OptionalInt vagueValue(String normalizedPhrase) {
        Long v = vague.get(normalizedPhrase);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v.intValue());
    }

    private Match match(NormalizedText doc, List<Token> tokens, int i, int end, int startChar, long value,
                        boolean isVague, String qualifier) {
        Span span = doc.toOriginal(startChar, tokens.get(end - 1).end());
        return new Match(i, end, new Quantity(span, span.of(doc.original()), value, isVague, qualifier));
    }

    private String join(List<Token> tokens, int from, int to, boolean stripFirst) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            String w = tokens.get(k).text();
            b.append(k == from && stripFirst ? w.substring(cliticLength(w)) : w);
        }
        return b.toString();
    }

    /** Length of a one-letter proclitic (و ف ب ل ك) glued to digits or a number word: "و12", "وسبعة". */
    private int cliticLength(String w) {
        if (w.length() > 1 && CliticSplitter.PROCLITIC_LETTERS.indexOf(w.charAt(0)) >= 0) {
            String rest = w.substring(1);
            String firstOfRest = rest.contains(" ") ? rest.substring(0, rest.indexOf(' ')) : rest;
            if (Character.isDigit(rest.charAt(0)) || (!words.containsKey(w) && !vague.containsKey(w)
                    && (words.containsKey(rest) || vague.containsKey(rest) || startsPhrase(firstOfRest)))) {
                return 1;
            }
        }
        return 0;
    }

    /** Whether a qualifier or vague phrase starts with this word ("اكثر" of "أكثر من"). */
    private boolean startsPhrase(String word) {
        return phraseStarts.contains(word);
    }

    private String stripClitic(String w) {
        return w.substring(cliticLength(w));
    }
}
