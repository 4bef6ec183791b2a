package org.rasid.gazetteer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.ArabicTokenizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Span;
import org.rasid.text.Token;

/**
 * Finds every gazetteer name in normalised text with one pass of a word trie
 * ({@link PhraseMatcher}), whatever the number of names: proclitics and the article are taken
 * off the first word ("بدرعا", "وإدلب", "لإدلب"), and a multi-word name also matches written
 * without its spaces ("جسرالشغور", "ديرالزور"), as news often has it.
 */
public final class ToponymMatcher {
    /** Matching speed over a corpus: names found per second and megabytes of text per second. */
    public record Throughput(long names, long bytes, long nanos) {
        public double namesPerSecond() {
            return names / (nanos / 1e9);
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / (nanos / 1e9);
        }

        @Override
        public String toString() {
            return String.format("%d names in %.1f MB, %.0f names/s, %.2f MB/s", names, bytes / 1e6,
                    namesPerSecond(), megabytesPerSecond());
        }
    }

    private final PhraseMatcher<Place> trie = new PhraseMatcher<>(false);

    public ToponymMatcher(Gazetteer gazetteer) {
        for (Map.Entry<String, List<Place>> e : gazetteer.nameIndex().entrySet()) {
            String name = e.getKey();
            for (Place p : e.getValue()) {
                trie.add(name, p);
                if (name.indexOf(' ') > 0 && !name.matches(".*(^| )\\S( |$).*")) {
                    trie.add(name.replace(" ", ""), p);
                }
            }
        }
    }

    /** Number of distinct names (with their no-space forms) in the trie. */
    public int size() {
        return trie.size();
    }

    public List<PhraseMatcher.Match<Place>> find(String normalized, List<Token> tokens) {
        return trie.find(normalized, tokens);
    }

    /** Names inside an original-text region of a document. */
    public List<PhraseMatcher.Match<Place>> find(NormalizedText doc, Span region) {
        String text = doc.text();
        int from = doc.fromOriginal(region.start());
        int to = Math.min(text.length(), doc.fromOriginal(region.end()));
        return trie.find(text, doc.tokens(from, to));
    }

    /** The places a phrase (as written) names exactly, e.g. for a section header "ديرالزور". */
    public List<Place> exact(String phrase) {
        return trie.exact(phrase);
    }

    /**
     * Normalises, tokenises and matches every text {@code rounds} times and reports the speed;
     * the first round warms the JIT and is not counted. For the bench, not for unit tests.
     */
    public Throughput measure(List<String> texts, int rounds) {
        long bytes = 0;
        for (String t : texts) {
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        long names = 0;
        long nanos = 0;
        for (int r = 0; r <= rounds; r++) {
            long found = 0;
            long t0 = System.nanoTime();
            for (String t : texts) {
                String norm = ArabicNormalizer.normalize(t).text();
                found += trie.find(norm, ArabicTokenizer.tokenize(norm)).size();
            }
            long dt = System.nanoTime() - t0;
            if (r > 0) {
                names += found;
                nanos += dt;
            }
        }
        return new Throughput(names, bytes * rounds, Math.max(1, nanos));
    }

    /**
     * Prints the matching speed over text files (.txt: one text; .jsonl: the "text" field of each
     * line): {@code java -cp rasid.jar org.rasid.gazetteer.ToponymMatcher FILE… [--rounds N]}.
     */
    public static void main(String[] args) throws java.io.IOException {
        int rounds = 3;
        List<String> texts = new java.util.ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[++i]);
                continue;
            }
            java.nio.file.Path f = java.nio.file.Path.of(args[i]);
            if (args[i].endsWith(".jsonl")) {
                for (String line : java.nio.file.Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        texts.add(json.readTree(line).path("text").asText());
                    }
                }
            } else {
                texts.add(java.nio.file.Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        if (texts.isEmpty()) {
            System.err.println("usage: ToponymMatcher FILE.txt|FILE.jsonl … [--rounds N]");
            System.exit(2);
        }
        ToponymMatcher m = new ToponymMatcher(Gazetteer.load());
        System.out.println("toponym matcher, " + m.size() + " names, " + texts.size() + " texts: " + m.measure(texts, rounds));
    }
}
