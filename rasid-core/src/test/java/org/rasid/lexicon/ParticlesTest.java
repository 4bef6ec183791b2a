package org.rasid.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParticlesTest {
    @TempDir
    Path dir;

    @AfterEach
    void reset() {
        System.clearProperty("rasid.data");
    }

    @Test
    void readsTheShippedListsByKind() {
        Set<String> relative = Particles.words("relative");
        assertTrue(relative.contains("الذي") && relative.contains("اللتين"), relative.toString());
        assertFalse(relative.contains("ما"), "ما is also a negation: a kind of its own");
        assertEquals("ما", Particles.word("what"));
        assertEquals("منذ", Particles.word("since"));
        assertEquals(Set.of("ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم"), Particles.words("complementizer"));
    }

    @Test
    void aKindTheFileLacksIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Particles.words("relatives"));
        assertTrue(e.getMessage().contains("particles.tsv") && e.getMessage().contains("relatives"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Particles.word("relative"), "not a one-word kind");
    }

    @Test
    void aRepeatedOrMissingWordNamesFileAndLine() throws IOException {
        Particles.words("relative"); // the shipped file is read before rasid.data points elsewhere
        Files.writeString(dir.resolve("broken.tsv"), "#kind\tword\nnegation\tلم\n# x\nnegation\tلم\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("empty.tsv"), "#kind\tword\nnegation\t\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("phrase.tsv"), "#kind\tword\nnegation\tلم يتم\n", StandardCharsets.UTF_8);
        System.setProperty("rasid.data", dir.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Particles.load("broken.tsv"));
        assertTrue(e.getMessage().startsWith("broken.tsv:4:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Particles.load("empty.tsv"));
        assertTrue(e.getMessage().startsWith("empty.tsv:2:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Particles.load("phrase.tsv"), "one word a row");
    }

    @Test
    void anAnalystsCopyIsReadFromRasidData() throws IOException {
        Particles.words("relative");
        Files.writeString(dir.resolve("mine.tsv"), "#kind\tword\nnegation\tلا\n\nnegation\tلن\nwhat\tما\n",
                StandardCharsets.UTF_8);
        System.setProperty("rasid.data", dir.toString());
        assertEquals(Set.of("لا", "لن"), Particles.load("mine.tsv").get("negation"));
        assertEquals(Set.of("ما"), Particles.load("mine.tsv").get("what"));
    }
}
