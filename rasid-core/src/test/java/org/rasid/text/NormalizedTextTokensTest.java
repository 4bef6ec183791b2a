package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rasid.testing.Seeds;

/** The document's token view equals a fresh tokenisation of the same range, cut words included. */
class NormalizedTextTokensTest {
    @Test
    void tenThousandRandomRangesOverTheSeedsEqualTheTokenizer() throws IOException {
        List<NormalizedText> docs = new ArrayList<>();
        for (Path seed : Seeds.files()) {
            docs.add(ArabicNormalizer.normalize(Files.readString(seed, StandardCharsets.UTF_8)));
        }
        Random random = new Random(6);
        for (int i = 0; i < 10_000; i++) {
            NormalizedText n = docs.get(random.nextInt(docs.size()));
            int a = random.nextInt(n.length() + 1);
            // Mostly sentence-sized ranges, some tiny ones that fall inside one word, some whole texts.
            int len = switch (i % 4) {
                case 0 -> random.nextInt(4);
                case 1 -> random.nextInt(n.length() + 1);
                default -> random.nextInt(300);
            };
            int b = Math.min(n.length(), a + len);
            assertEquals(ArabicTokenizer.tokenize(n.text(), a, b), n.tokens(a, b), "[" + a + "," + b + ")");
        }
    }

    @Test
    void aRangeCuttingWordsKeepsTheirInsideParts() {
        NormalizedText n = ArabicNormalizer.normalize("قصف الطيران مدينة إدلب");
        List<Token> tokens = n.tokens(7, 15);
        assertEquals(ArabicTokenizer.tokenize(n.text(), 7, 15), tokens);
        assertEquals("يران", tokens.get(0).text());
        assertEquals("مدي", tokens.get(tokens.size() - 1).text());
        assertEquals(List.of(new Token(8, 9, "ر")), n.tokens(8, 9));
        assertEquals(List.of(), n.tokens(3, 4), "a space only");
        assertEquals(List.of(), n.tokens(5, 5));
    }

    @Test
    void wholeWordsAreSharedAndKeepTheirReadings() {
        NormalizedText n = ArabicNormalizer.normalize("قصف الطيران مدينة إدلب");
        Token a = n.tokens(0, n.length()).get(1);
        assertSame(a, n.tokens(4, 11).get(0));
        assertSame(a.readings(true), a.readings(true));
        assertEquals(CliticSplitter.readings("الطيران", false), a.readings(false));
    }

    @Test
    void aCutWordIsOneWordOfItsSpellingEveryTime() {
        NormalizedText n = ArabicNormalizer.normalize("قصف الطيران مدينة إدلب");
        // "يران" and "مدي": cut at both ends, read through the thread's cache of recent words. After the
        // shared vocabulary was cleared (other tests fill it) the cache may keep an older word of the
        // spelling: the same text and analyses, so the test asks for one word each time, not the map's.
        List<Token> first = n.tokens(7, 15);
        Word head = first.get(0).word();
        Word tail = first.get(first.size() - 1).word();
        assertEquals("يران", head.text());
        assertEquals(Vocabulary.word("يران").readings(true), head.readings(true));
        assertEquals(new Token(12, 15, "مدي"), first.get(first.size() - 1));
        for (int k = 0; k < 3; k++) {
            List<Token> again = n.tokens(7, 15);
            assertSame(head, again.get(0).word());
            assertSame(tail, again.get(again.size() - 1).word());
        }
    }
}
