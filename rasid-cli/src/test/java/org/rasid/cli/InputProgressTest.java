package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One large JSON Lines file moves the bar line by line; a text file counts when it ends. */
class InputProgressTest {
    @TempDir
    Path dir;

    @Test
    void aJsonLinesFileMovesWithItsLines() throws Exception {
        String line = "{\"text\":\"قصفت قوات النظام مدينة درعا\"}\n";
        Path jsonl = Files.writeString(dir.resolve("articles.jsonl"), line.repeat(4), StandardCharsets.UTF_8);
        Path txt = Files.writeString(dir.resolve("one.txt"), "x".repeat((int) Files.size(jsonl)), StandardCharsets.UTF_8);
        assertEquals(4, InputProgress.lines(jsonl));
        InputProgress p = new InputProgress(Files.size(jsonl) + Files.size(txt));
        p.startFile(jsonl);
        assertEquals(0.0, p.fraction());
        p.document(jsonl + ":1");
        assertEquals(0.125, p.fraction(), 1e-9);
        p.document(jsonl + ":2");
        assertEquals(0.25, p.fraction(), 1e-9);
        p.document("other.jsonl:4"); // not this file's
        assertEquals(0.25, p.fraction(), 1e-9);
        p.endFile();
        assertEquals(0.5, p.fraction(), 1e-9);
        p.startFile(txt);
        p.document(txt.toString());
        assertEquals(0.5, p.fraction(), 1e-9);
        p.endFile();
        assertEquals(1.0, p.fraction(), 1e-9);
    }

    @Test
    void aLastLineWithoutANewlineCounts() throws Exception {
        assertEquals(2, InputProgress.lines(Files.writeString(dir.resolve("a.jsonl"), "{}\n{}")));
        assertEquals(0, InputProgress.lines(Files.writeString(dir.resolve("b.jsonl"), "")));
    }
}
