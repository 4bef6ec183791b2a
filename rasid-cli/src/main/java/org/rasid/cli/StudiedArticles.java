package org.rasid.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The articles of a sample.tsv that the event rules were tuned on: those listed before the first
 * comment line naming a later batch (eval/*&#47;sample.tsv appends each batch after a comment line, so
 * "round 11" marks where the articles coded before any rule saw them begin). A confidence fit on the
 * tuned articles learns their precision, which new text does not have.
 */
final class StudiedArticles {
    private StudiedArticles() {
    }

    /** The ids listed before the first comment line containing {@code marker} (all of them if none does). */
    static Set<String> before(Path sampleTsv, String marker) throws IOException {
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(sampleTsv, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                if (line.contains(marker)) {
                    break;
                }
            } else if (!line.isBlank()) {
                ids.add(line.split("\t", 2)[0].strip());
            }
        }
        return ids;
    }
}
