package org.rasid.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rasid.testing.Seeds;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

class LineKeyTest {
    /** The key cut from the document's normalised text is the key of the line normalised alone. */
    @Test
    void cutFromTheDocumentEqualsTheLineAlone() {
        int lines = 0;
        for (Path p : Seeds.files()) {
            String text = Seeds.text(p.getFileName().toString().substring(0, 3));
            lines += check(text);
        }
        assertTrue(lines > 150, "" + lines);
        // white space runs, tatweel and marks at the ends, ligatures, emoji, Latin capitals
        lines = check("  ـحلب::ـ \n\tالتعليقات\t\t(0)  \n" + "ﻻ تنسى   ﷲ\u00A0\u00A0 اليوم 😀 -- \n"
                + "Share  on\u000BFacebook\f!\n" + "\u064Eقصف\u200F \u200B جوي\r\n" + "- 09:33 -\u2029x\n\uD83D");
        assertEquals(8, lines);
    }

    /** The loop that collapses white space does what the expression it replaced did. */
    @Test
    void singleSpacedIsTheExpression() {
        String[] cases = {"", " ", "قصف", " قصف ", "قصف  جوي", "\tالتعليقات\t\t(0)\n", "Share \u000B\fon\r\n",
            "ﻻ\u00A0\u00A0تنسى", "a b c", "  a  b  ", "\n"};
        for (String c : cases) {
            assertEquals(c.replaceAll("\\s+", " "), LineKey.singleSpaced(c), c);
        }
    }

    /** The count is what the split it replaced gave, on edge cases and on every line key of the seeds. */
    @Test
    void wordsIsTheSplitsLength() {
        String[] cases = {"", " ", "  ", "قصف", " قصف", "قصف ", " قصف ", "قصف  جوي", "قصف جوي  ", "  a  b  ", "a b c"};
        for (String c : cases) {
            assertEquals(c.isEmpty() ? 0 : c.split(" ").length, LineKey.words(c), "[" + c + "]");
        }
        int lines = 0;
        for (Path p : Seeds.files()) {
            String text = Seeds.text(p.getFileName().toString().substring(0, 3));
            for (Span line : BoilerplateCleaner.lines(text)) {
                String key = LineKey.of(line.of(text));
                assertEquals(key.isEmpty() ? 0 : key.split(" ").length, LineKey.words(key), key);
                lines++;
            }
        }
        assertTrue(lines > 150, "" + lines);
    }

    private static int check(String text) {
        NormalizedText n = ArabicNormalizer.normalize(text);
        int count = 0;
        for (Span line : BoilerplateCleaner.lines(text)) {
            assertEquals(LineKey.of(line.of(text)), LineKey.of(n, line), line.of(text));
            count++;
        }
        return count;
    }
}
