package org.rasid.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.ingest.Document;
import org.rasid.store.SeedFixtures;

class CorpusGeneratorTest {
    static List<Document> seeds() {
        List<Document> docs = new ArrayList<>();
        for (Path f : SeedFixtures.seedFiles()) {
            try {
                String name = f.getFileName().toString();
                docs.add(Document.ofText(name.substring(0, name.lastIndexOf('.')), Files.readString(f, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return docs;
    }

    static List<CorpusGenerator.Generated> generate(long seed, int n) {
        CorpusGenerator g = new CorpusGenerator(seeds(), BenchVocabulary.load(), seed);
        List<CorpusGenerator.Generated> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(g.next());
        }
        return out;
    }

    @Test
    void sameSeedGivesTheSameCorpusAndAnotherSeedAnotherOne() {
        List<CorpusGenerator.Generated> a = generate(42, 300);
        List<CorpusGenerator.Generated> b = generate(42, 300);
        List<CorpusGenerator.Generated> c = generate(43, 300);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).document(), b.get(i).document());
            assertEquals(a.get(i).truth(), b.get(i).truth());
        }
        assertNotEquals(a.stream().map(g -> g.document().text()).toList(),
                c.stream().map(g -> g.document().text()).toList());
    }

    @Test
    void groundTruthOffsetsPointAtWhatWasWritten() {
        int places = 0;
        int numbers = 0;
        for (CorpusGenerator.Generated g : generate(7, 400)) {
            String text = g.document().text();
            for (CorpusGenerator.PlaceTruth p : g.truth().places()) {
                assertEquals(p.name(), text.substring(p.start(), p.end()), g.document().id());
                places++;
            }
            for (CorpusGenerator.NumberTruth n : g.truth().numbers()) {
                assertEquals(Integer.toString(n.value()), text.substring(n.start(), n.end()), g.document().id());
                numbers++;
            }
        }
        assertTrue(places > 400, "places varied: " + places);
        assertTrue(numbers > 400, "numbers varied: " + numbers);
    }

    @Test
    void pagesVaryTheSeedsAndKeepTheirStructure() {
        Set<String> texts = new HashSet<>();
        Set<String> placeNames = new HashSet<>();
        boolean digestWithSections = false;
        int originals = 0;
        for (CorpusGenerator.Generated g : generate(11, 300)) {
            if (g.truth().duplicateOf() == null) {
                texts.add(g.document().text());
                originals++;
            }
            g.truth().places().forEach(p -> placeNames.add(p.name()));
            if (g.truth().sections().contains("حلب") && g.document().text().contains("حلب::")) {
                digestWithSections = true;
            }
            assertNotNull(g.document().outlet());
            assertTrue(g.document().published().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"));
        }
        assertEquals(originals, texts.size(), "every original page differs from every other");
        assertTrue(originals > 150, "originals: " + originals);
        assertTrue(placeNames.size() > 15, "distinct places: " + placeNames);
        assertTrue(digestWithSections, "seed 004's governorate sections survive");
    }

    @Test
    void republishedCopiesComeFromAnotherOutletAndShareMostLines() {
        Map<String, CorpusGenerator.Generated> byId = new HashMap<>();
        int copies = 0;
        for (CorpusGenerator.Generated g : generate(5, 400)) {
            byId.put(g.document().id(), g);
            String of = g.truth().duplicateOf();
            if (of == null) {
                continue;
            }
            copies++;
            CorpusGenerator.Generated original = byId.get(of);
            assertNotNull(original, "a copy follows its original");
            assertNotEquals(original.document().outlet(), g.document().outlet());
            Set<String> a = new HashSet<>(Arrays.asList(original.document().text().split("\n")));
            List<String> b = Arrays.asList(g.document().text().split("\n"));
            long shared = b.stream().filter(a::contains).count();
            assertTrue(shared >= b.size() - 3, g.document().id() + " shares " + shared + " of " + b.size());
        }
        assertTrue(copies > 40, "copies: " + copies);
    }

    @Test
    void writesShardedJsonLinesWithOneTruthLinePerDocument(@TempDir Path dir) throws IOException {
        CorpusGenerator g = new CorpusGenerator(seeds(), BenchVocabulary.load(), 1);
        CorpusGenerator.Summary s = g.write(dir, 600_000, 250_000);
        assertTrue(s.bytes() >= 600_000);
        assertEquals(3, s.shards());
        ObjectMapper json = new ObjectMapper();
        long docs = 0;
        long bytes = 0;
        try (var parts = Files.list(dir.resolve("corpus"))) {
            for (Path p : parts.sorted().toList()) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    JsonNode n = json.readTree(line);
                    assertFalse(n.get("id").asText().isEmpty());
                    bytes += n.get("text").asText().getBytes(StandardCharsets.UTF_8).length;
                    docs++;
                }
            }
        }
        assertEquals(s.documents(), docs);
        assertEquals(s.bytes(), bytes);
        assertEquals(docs, Files.readAllLines(dir.resolve("truth.jsonl")).size());
    }
}
