package org.rasid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.rasid.dedup.Duplicate;
import org.rasid.gazetteer.PlaceMention;

/**
 * Scores a bench pass against the generator's ground truth (truth.jsonl beside the corpus
 * folder): how many written place names the toponym resolver found, with the right governorate,
 * and how many republished pages the duplicate detector tied to an earlier copy of their story.
 */
final class BenchTruth {
    private record Place(int start, int end, String admin1) {
    }

    private record Page(List<Place> places, String duplicateOf) {
    }

    private final Map<String, Page> pages = new HashMap<>();
    private final AtomicLong places = new AtomicLong();
    private final AtomicLong placesFound = new AtomicLong();
    private final AtomicLong placesWithAdmin1 = new AtomicLong();
    private final AtomicLong admin1Right = new AtomicLong();
    private final AtomicLong copies = new AtomicLong();
    private final AtomicLong copiesFound = new AtomicLong();

    private BenchTruth() {
    }

    /** The truth of a generated corpus folder (DIR/corpus beside DIR/truth.jsonl), or null. */
    static BenchTruth near(Path corpus) {
        Path parent = corpus.toAbsolutePath().getParent();
        Path file = parent == null ? null : parent.resolve("truth.jsonl");
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        BenchTruth t = new BenchTruth();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode n = json.readTree(line);
                List<Place> ps = new ArrayList<>();
                for (JsonNode p : n.get("places")) {
                    JsonNode a = p.get("admin1");
                    ps.add(new Place(p.get("start").asInt(), p.get("end").asInt(), a == null || a.isNull() ? null : a.asText()));
                }
                JsonNode d = n.get("duplicate_of");
                t.pages.put(n.get("id").asText(), new Page(ps, d == null || d.isNull() ? null : d.asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ground truth " + file, e);
        }
        return t;
    }

    void places(String doc, List<PlaceMention> found) {
        Page p = pages.get(doc);
        if (p == null) {
            return;
        }
        for (Place want : p.places()) {
            places.incrementAndGet();
            PlaceMention hit = null;
            for (PlaceMention m : found) {
                if (m.span().start() < want.end() && want.start() < m.span().end()) {
                    hit = m;
                    break;
                }
            }
            if (hit != null) {
                placesFound.incrementAndGet();
            }
            if (want.admin1() != null) {
                placesWithAdmin1.incrementAndGet();
                if (hit != null && want.admin1().equals(hit.admin1())) {
                    admin1Right.incrementAndGet();
                }
            }
        }
    }

    /** A republished page counts as found when a duplicate ties it to another page of its story. */
    void duplicates(String doc, List<Duplicate> found) {
        Page p = pages.get(doc);
        if (p == null || p.duplicateOf() == null) {
            return;
        }
        copies.incrementAndGet();
        String root = p.duplicateOf();
        for (Duplicate d : found) {
            Page other = pages.get(d.ofDoc());
            if (!d.ofDoc().equals(doc) && (d.ofDoc().equals(root) || other != null && root.equals(other.duplicateOf()))) {
                copiesFound.incrementAndGet();
                return;
            }
        }
    }

    void reset() {
        for (AtomicLong a : List.of(places, placesFound, placesWithAdmin1, admin1Right, copies, copiesFound)) {
            a.set(0);
        }
    }

    Map<String, Object> report() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("places_written", places.get());
        m.put("places_found", placesFound.get());
        m.put("places_with_admin1", placesWithAdmin1.get());
        m.put("admin1_right", admin1Right.get());
        m.put("republished_pages", copies.get());
        m.put("republished_pages_tied_to_their_story", copiesFound.get());
        return m;
    }

    String summary() {
        return String.format(java.util.Locale.ROOT,
                "ground truth: places found %d/%d (%.1f%%), right governorate %d/%d (%.1f%%); republished pages tied to their story %d/%d (%.1f%%)",
                placesFound.get(), places.get(), pct(placesFound.get(), places.get()),
                admin1Right.get(), placesWithAdmin1.get(), pct(admin1Right.get(), placesWithAdmin1.get()),
                copiesFound.get(), copies.get(), pct(copiesFound.get(), copies.get()));
    }

    private static double pct(long a, long b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }
}
