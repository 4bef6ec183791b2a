package org.rasid.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.testing.Seeds;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.PhraseMatcher.Match;
import org.rasid.text.Span;

class ToponymMatcherTest {
    private static final ToponymMatcher M = new ToponymMatcher(Gazetteer.load());

    private static List<String> found(String sentence) {
        NormalizedText doc = ArabicNormalizer.normalize(sentence);
        return M.find(doc, new Span(0, sentence.length())).stream().map(Match::phrase).toList();
    }

    @Test
    void survivesCliticsAndArticle() {
        assertEquals(List.of("درعا"), found("قصف مدفعي بدرعا"));
        assertEquals(List.of("ادلب", "حماه"), found("وصلت التعزيزات لإدلب وحماة"));
        assertEquals(List.of("ادلب"), found("وإدلب"));
        assertEquals(List.of("الرقه"), found("بالرقة"));
    }

    @Test
    void multiWordNamesWithoutSpace() {
        // seed 003: "وسط مدينة جسرالشغور غرب إدلب", "شرق ديرالزور"
        assertEquals(List.of("جسرالشغور", "ادلب"), found("انفجار وسط مدينة جسرالشغور غرب إدلب"));
        assertEquals(List.of("ديرالزور"), found("على يد مجهولين شرق ديرالزور"));
        assertEquals(List.of("جسر الشغور"), found("في جسر الشغور"));
    }

    @Test
    void hamzaAndPersianLetters() {
        assertEquals(List.of("ادلب"), found("ادلب"));
        assertEquals(List.of("حماه"), found("حماه"));
        assertTrue(found("تهران").contains("تهران"));
    }

    /** Speed for the bench and the report; logged, never asserted. */
    @Test
    void throughputIsLogged() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path f : Seeds.files()) {
            texts.add(Files.readString(f));
        }
        Path shared = Seeds.shared();
        Path external = shared == null ? null : shared.resolve("corpus/external/saudinewsnet-syria-2015/articles.jsonl");
        if (external != null && Files.isRegularFile(external)) {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            for (String line : Files.readAllLines(external)) {
                texts.add(json.readTree(line).path("text").asText());
            }
        }
        ToponymMatcher.Throughput t = M.measure(texts, 3);
        System.out.println("toponym matcher (" + M.size() + " names), normalise + tokenise + match: " + t);
        List<String> normalized = texts.stream().map(x -> ArabicNormalizer.normalize(x).text()).toList();
        long found = 0;
        long t0 = System.nanoTime();
        for (int r = 0; r < 3; r++) {
            for (String n : normalized) {
                found += M.find(n, org.rasid.text.ArabicTokenizer.tokenize(n)).size();
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("toponym matcher, tokenise + match on normalised text: %.0f names/s, %.2f MB/s%n",
                found / s, t.bytes() / 1e6 / s);
        assertTrue(t.names() > 0);
    }
}
