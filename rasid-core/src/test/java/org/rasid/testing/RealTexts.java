package org.rasid.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Real news text for equivalence tests of fast paths: the seeds and the 342 external articles
 * with their publication day. The seeds alone are too few for these tests' thresholds, so a
 * test using them is skipped without the shared folder (and fails under CI, {@link Prerequisites}).
 */
public final class RealTexts {
    /** One text and its publication day ("yyyy-mm-dd"), or null when unknown. */
    public record Text(String id, String text, String published) {
    }

    private static List<Text> all;

    private RealTexts() {
    }

    public static synchronized List<Text> all() {
        if (all == null) {
            List<Text> out = new ArrayList<>();
            try {
                for (Path f : Seeds.files()) {
                    out.add(new Text(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8), null));
                }
                Path shared = Seeds.shared();
                Path file = shared == null ? null : shared.resolve("corpus/external/saudinewsnet-syria-2015/articles.jsonl");
                Prerequisites.require(file != null && Files.isRegularFile(file),
                        "../shared/corpus/external/saudinewsnet-syria-2015 not found: real-text equivalence test skipped");
                ObjectMapper json = new ObjectMapper();
                for (String line : Files.readAllLines(file)) {
                    JsonNode n = json.readTree(line);
                    out.add(new Text(n.get("id").asText(), n.get("text").asText(),
                            n.get("published").asText().substring(0, 10)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            all = List.copyOf(out);
        }
        return all;
    }
}
