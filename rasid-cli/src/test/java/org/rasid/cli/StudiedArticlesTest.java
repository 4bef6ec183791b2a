package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudiedArticlesTest {
    @Test
    void theArticlesBeforeTheMarkedBatchAreStudied(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("sample.tsv");
        Files.writeString(tsv, String.join("\n", "# id\tpart\t(first draw)", "a\ttest", "b\tdev",
                "# round 11: more drawn as dev", "c\tdev", "# round 15: more", "d\tdev", ""), StandardCharsets.UTF_8);
        assertEquals(Set.of("a", "b"), StudiedArticles.before(tsv, "round 11"));
        assertEquals(Set.of("a", "b", "c"), StudiedArticles.before(tsv, "round 15"));
        assertEquals(Set.of("a", "b", "c", "d"), StudiedArticles.before(tsv, "round 99"));
    }
}
