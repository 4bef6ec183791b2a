package org.rasid.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasid.text.Span;

/**
 * Gold events of the seed corpus with the sentence around their evidence: from the shared gold
 * file when it is there, else from the in-project fixture seed-gold.jsonl (a copy of the fields
 * the mention tests need), so the tests always run on real sentences.
 */
public final class SeedSentences {
    /** One gold event: its seed, the sentence span holding its evidence, actors and fatalities. */
    public record Gold(String doc, String evidence, Span sentence, String actor1, String actor2, Integer fatalities,
                       String eventDate) {
    }

    /** A ticker item ends with " - 11:52"; a sentence ends with . ! ? ؟ or a line break. */
    private static final Pattern END = Pattern.compile("[.!?؟\\n]|\\s-\\s\\d{1,2}:\\d{2}");

    private SeedSentences() {
    }

    public static List<Gold> fromShared() {
        Path shared = Seeds.shared();
        return shared == null ? null : read(shared.resolve("eval/seeds-dev.gold.jsonl"));
    }

    public static List<Gold> fromFixture() {
        try {
            return read(Path.of(SeedSentences.class.getResource("/org/rasid/testing/seed-gold.jsonl").toURI()));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Gold> read(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<Gold> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                String doc = n.get("doc").asText();
                String evidence = n.get("evidence").asText();
                String text = Seeds.text(doc.substring(0, 3));
                int at = text.indexOf(evidence);
                if (at < 0) {
                    throw new IllegalStateException(file + ": evidence not in seed " + doc + ": " + evidence);
                }
                out.add(new Gold(doc, evidence, sentence(text, at, at + evidence.length()),
                        text(n, "actor1"), text(n, "actor2"),
                        n.hasNonNull("fatalities") ? n.get("fatalities").asInt() : null, text(n, "event_date")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    /** The sentence of {@code text} around [start, end): from the previous sentence end to the next. */
    public static Span sentence(String text, int start, int end) {
        int s = 0;
        Matcher m = END.matcher(text);
        while (m.find() && m.end() <= start) {
            s = m.end();
        }
        int e = text.length();
        m = END.matcher(text);
        if (m.find(end)) {
            e = m.start();
        }
        return new Span(s, Math.max(s, e));
    }
}
