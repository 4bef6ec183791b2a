package org.rasid.gazetteer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.clean.BoilerplateCleaner;
import org.rasid.ingest.Document;
import org.rasid.segment.Story;
import org.rasid.segment.StorySegmenter;
import org.rasid.testing.Prerequisites;
import org.rasid.testing.Seeds;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

/**
 * The issue's "Done when" figures, computed: right governorate for ≥ 95% and right place for
 * ≥ 90% of the gold locations and of the places of seed 004's digest. Every occurrence of a
 * location in its document must be resolved right for the location to count.
 */
class PlaceAccuracyTest {
    private static final ToponymResolver RESOLVER = new ToponymResolver(Gazetteer.load());

    /** Mentions of every line of a document (each line a region, no segmenter needed). */
    static List<PlaceMention> mentions(String text, int from, int to) {
        NormalizedText doc = ArabicNormalizer.normalize(text);
        List<PlaceMention> out = new ArrayList<>();
        int pos = from;
        while (pos < to) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 || nl > to ? to : nl;
            out.addAll(RESOLVER.resolve(doc, null, new Span(pos, end)));
            pos = end + 1;
        }
        return out;
    }

    /** Mentions of every sentence of every story the real segmenter finds, inside [from, to). */
    static List<PlaceMention> segmentedMentions(String seed, int from, int to) {
        String text = Seeds.text(seed);
        Document d = Document.ofText(seed, text);
        NormalizedText doc = ArabicNormalizer.normalize(text);
        List<PlaceMention> out = new ArrayList<>();
        for (Story story : StorySegmenter.withDefaults().segment(d, BoilerplateCleaner.withDefaults().clean(d))) {
            for (Span sentence : story.sentences()) {
                if (sentence.start() >= from && sentence.end() <= to) {
                    out.addAll(RESOLVER.resolve(doc, story, sentence));
                }
            }
        }
        return out;
    }

    private static boolean names(PlaceMention m, String location) {
        String loc = ArabicNormalizer.normalizeTerm(location);
        return m.locationAr().contains(loc) || m.locationAr().contains(loc.replace(" ", ""));
    }

    /** [admin1 right, place right, total] over gold rows. */
    private record Score(int admin1, int place, int total) {
        double admin1Rate() {
            return admin1 / (double) total;
        }

        double placeRate() {
            return place / (double) total;
        }
    }

    @Test
    void goldLocationsOfTheSharedEvalSet() throws IOException {
        goldLocations(false);
    }

    @Test
    void goldLocationsWithTheStorySegmenter() throws IOException {
        goldLocations(true);
    }

    private void goldLocations(boolean segmented) throws IOException {
        Path shared = Seeds.shared();
        Prerequisites.require(shared != null && Files.isRegularFile(shared.resolve("eval/seeds-dev.gold.jsonl")),
                "shared/eval not present");
        ObjectMapper json = new ObjectMapper();
        int admin1 = 0;
        int place = 0;
        int total = 0;
        for (String line : Files.readAllLines(shared.resolve("eval/seeds-dev.gold.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode g = json.readTree(line);
            String loc = g.path("location_ar").asText();
            String goldAdmin1 = g.path("admin1").asText();
            int precision = g.path("geo_precision").asInt(3);
            String seed = g.path("doc").asText().substring(0, 3);
            String text = Seeds.text(seed);
            List<PlaceMention> all = segmented ? segmentedMentions(seed, 0, text.length()) : mentions(text, 0, text.length());
            List<PlaceMention> found = all.stream().filter(m -> names(m, loc)).toList();
            total++;
            boolean a1 = !found.isEmpty() && found.stream().allMatch(m -> goldAdmin1.equals(m.admin1()));
            boolean pl = a1 && (precision > 1 || found.stream().allMatch(m -> m.place() != null
                    && m.place().precision() == 1 && Gazetteer.load().names(m.place().id()).stream()
                    .map(ArabicNormalizer::normalizeTerm).anyMatch(n -> n.equals(ArabicNormalizer.normalizeTerm(loc)))));
            admin1 += a1 ? 1 : 0;
            place += pl ? 1 : 0;
            if (!pl) {
                System.out.println("gold miss: " + g.path("doc").asText() + " " + loc + " " + goldAdmin1 + " -> " + found);
            }
        }
        Score s = new Score(admin1, place, total);
        System.out.printf((segmented ? "segmented " : "") + "gold locations: admin1 %d/%d (%.1f%%), place %d/%d (%.1f%%)%n", admin1, total,
                100 * s.admin1Rate(), place, total, 100 * s.placeRate());
        assertTrue(s.admin1Rate() >= 0.95, "admin1 accuracy " + s.admin1Rate());
        assertTrue(s.placeRate() >= 0.90, "place accuracy " + s.placeRate());
    }

    @Test
    void placesOfSeed004Digest() throws IOException {
        seed004(false);
    }

    @Test
    void placesOfSeed004DigestWithTheStorySegmenter() throws IOException {
        seed004(true);
    }

    private void seed004(boolean segmented) throws IOException {
        String text = Seeds.text("004");
        int from = text.indexOf("حلب::");
        int lastHeader = text.lastIndexOf("السويداء::");
        int to = text.indexOf('\n', text.indexOf('\n', lastHeader) + 1);
        List<PlaceMention> all = segmented ? segmentedMentions("004", from, to) : mentions(text, from, to);
        int admin1 = 0;
        int place = 0;
        int total = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/gazetteer/seed-004-places.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                List<PlaceMention> found = all.stream().filter(m -> names(m, f[1])).toList();
                total++;
                boolean a1 = !found.isEmpty() && found.stream().allMatch(m -> f[2].equals(m.admin1()));
                boolean pl = a1 && found.stream().allMatch(m -> f[3].equals("-") ? m.place() == null
                        : m.place() != null && m.place().id().equals(f[3]));
                admin1 += a1 ? 1 : 0;
                place += pl ? 1 : 0;
                if (!pl) {
                    System.out.println("seed 004 miss: " + f[1] + " " + f[2] + " " + f[3] + " -> " + found);
                }
            }
        }
        Score s = new Score(admin1, place, total);
        System.out.printf((segmented ? "segmented " : "") + "seed 004 digest: admin1 %d/%d (%.1f%%), place %d/%d (%.1f%%)%n", admin1, total,
                100 * s.admin1Rate(), place, total, 100 * s.placeRate());
        assertTrue(total >= 25, "fixture rows " + total);
        assertTrue(s.admin1Rate() >= 0.95, "admin1 accuracy " + s.admin1Rate());
        assertTrue(s.placeRate() >= 0.90, "place accuracy " + s.placeRate());
    }
}
