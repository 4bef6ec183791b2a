package org.rasid.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.rasid.ingest.Document;
import org.rasid.text.ArabicNormalizer;

/**
 * Builds a reproducible benchmark corpus of Arabic news-like pages from the real seed pages:
 * each generated page is a seed page whose content lines are re-ordered, thinned, mixed with
 * lines of other seeds, and whose place names, numbers and dates are varied; a share of pages is
 * republished by other outlets with small edits (near-duplicates). Everything varied is written
 * down as ground truth with offsets into the generated text. The same seed, seed pages and
 * vocabulary always give the same bytes.
 */
public final class CorpusGenerator {
    /** A generated page and what the generator knows about it. */
    public record Generated(Document document, Truth truth) {
    }

    /** A place the generator wrote: [start,end) in the document text. */
    public record PlaceTruth(int start, int end, String name, String placeId, String admin1) {
    }

    /** A number the generator wrote: [start,end) in the document text. */
    public record NumberTruth(int start, int end, int value) {
    }

    /**
     * Ground truth of one page. {@code duplicateOf} names the page this one republishes (same
     * story, other outlet), or null for an original page.
     */
    public record Truth(String id, String template, String outlet, String published, String duplicateOf,
                        List<String> sections, List<PlaceTruth> places, List<NumberTruth> numbers) {
    }

    /** What {@link #write} produced. */
    public record Summary(long documents, long duplicates, long bytes, int shards, long seed) {
    }

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final LocalDateTime FIRST_DAY = LocalDateTime.of(2012, 1, 1, 0, 0);
    private static final int DAYS = 13 * 365;
    private static final double DUPLICATE_RATE = 0.25;

    private final long seed;
    private final SplittableRandom random;
    private final List<SeedTemplate> templates;
    private final List<SeedTemplate.Line> contentLines = new ArrayList<>();
    private final List<BenchVocabulary.Outlet> outlets;
    private final List<BenchVocabulary.PlaceName> placePool;
    private final Map<String, List<BenchVocabulary.PlaceName>> placesByAdmin1 = new HashMap<>();
    private final Map<String, String> sectionAdmin1 = new HashMap<>();
    private final ArrayDeque<Generated> pending = new ArrayDeque<>();
    private long counter;

    /**
     * @param seeds the real pages to vary (their text only is used)
     * @param seed  the random seed; same seed, same corpus
     */
    public CorpusGenerator(List<Document> seeds, BenchVocabulary vocabulary, long seed) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed documents to generate a corpus from");
        }
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.outlets = vocabulary.outlets();
        Set<String> cues = new HashSet<>(vocabulary.placeCues());
        List<SeedTemplate> ts = new ArrayList<>();
        int lineId = 0;
        for (Document d : seeds) {
            SeedTemplate t = SeedTemplate.parse(d.id(), d.text(), lineId, cues);
            lineId += t.lines.size();
            ts.add(t);
            for (SeedTemplate.Line l : t.lines) {
                if (l.content()) {
                    contentLines.add(l);
                }
            }
        }
        if (contentLines.isEmpty()) {
            throw new IllegalArgumentException("the seed documents hold no content line of 60+ characters");
        }
        this.templates = List.copyOf(ts);
        // The pool: the gazetteer's names when the project has a gazetteer, plus the seeds' own.
        Map<String, BenchVocabulary.PlaceName> pool = new LinkedHashMap<>(vocabulary.places());
        for (SeedTemplate t : templates) {
            for (SeedTemplate.Line l : t.lines) {
                for (SeedTemplate.Slot s : l.slots()) {
                    if (s.kind() == SeedTemplate.SlotKind.PLACE) {
                        pool.putIfAbsent(s.key(), new BenchVocabulary.PlaceName(
                                l.text().substring(s.start(), s.end()), null, null));
                    }
                }
            }
            for (String section : t.sections()) {
                BenchVocabulary.PlaceName p = vocabulary.places().get(section);
                if (p != null && p.admin1() != null) {
                    sectionAdmin1.put(section, p.admin1());
                }
            }
        }
        this.placePool = List.copyOf(pool.values());
        for (BenchVocabulary.PlaceName p : placePool) {
            if (p.admin1() != null) {
                placesByAdmin1.computeIfAbsent(p.admin1(), k -> new ArrayList<>()).add(p);
            }
        }
    }

    /** The next page: an original one, or a republished copy of a recent one. */
    public Generated next() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        SeedTemplate t = templates.get(random.nextInt(templates.size()));
        List<SeedTemplate.Line> lines = arrange(t);
        long salt = random.nextLong();
        Map<String, BenchVocabulary.PlaceName> places = new HashMap<>();
        int outlet = random.nextInt(outlets.size());
        LocalDateTime published = FIRST_DAY.plusDays(random.nextInt(DAYS)).plusMinutes(random.nextInt(24 * 60));
        Generated original = render(t, lines, salt, places, outlets.get(outlet), published, null);
        if (random.nextDouble() < DUPLICATE_RATE) {
            int copies = 1 + random.nextInt(3);
            for (int c = 0; c < copies; c++) {
                List<SeedTemplate.Line> edited = new ArrayList<>(lines);
                List<Integer> content = contentIndexes(edited);
                if (content.size() > 2 && random.nextBoolean()) {
                    edited.remove((int) content.get(random.nextInt(content.size())));
                }
                if (random.nextInt(3) == 0) {
                    edited.add(contentLines.get(random.nextInt(contentLines.size())));
                }
                int other = (outlet + 1 + random.nextInt(outlets.size() - 1)) % outlets.size();
                LocalDateTime when = published.plusMinutes(random.nextInt(36 * 60));
                pending.add(render(t, edited, salt, places, outlets.get(other), when, original.document().id()));
            }
        }
        return original;
    }

    /** Writes pages until {@code targetBytes} of text: DIR/corpus/part-NNNNN.jsonl + DIR/truth.jsonl. */
    public Summary write(Path dir, long targetBytes, long shardBytes) {
        JsonFactory json = new JsonFactory();
        long docs = 0;
        long dups = 0;
        long bytes = 0;
        int shard = 0;
        try {
            Files.createDirectories(dir.resolve("corpus"));
            try (OutputStream truthOut = new BufferedOutputStream(Files.newOutputStream(dir.resolve("truth.jsonl")), 1 << 16);
                 JsonGenerator truth = json.createGenerator(truthOut, JsonEncoding.UTF8)) {
                truth.setRootValueSeparator(null);
                while (bytes < targetBytes) {
                    Path part = dir.resolve("corpus").resolve(String.format("part-%05d.jsonl", shard++));
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16);
                         JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
                        g.setRootValueSeparator(null);
                        long partBytes = 0;
                        while (partBytes < shardBytes && bytes < targetBytes) {
                            Generated gen = next();
                            writeDocument(g, gen.document());
                            writeTruth(truth, gen.truth());
                            long n = gen.document().text().getBytes(StandardCharsets.UTF_8).length;
                            partBytes += n;
                            bytes += n;
                            docs++;
                            if (gen.truth().duplicateOf() != null) {
                                dups++;
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark corpus to " + dir + ": " + e.getMessage(), e);
        }
        return new Summary(docs, dups, bytes, shard, seed);
    }

    /** The template's lines with content lines shuffled inside their block, thinned and mixed. */
    private List<SeedTemplate.Line> arrange(SeedTemplate t) {
        List<SeedTemplate.Line> out = new ArrayList<>(t.lines.size() + 2);
        double keep = 0.5 + random.nextDouble() * 0.5;
        List<SeedTemplate.Line> block = new ArrayList<>();
        for (SeedTemplate.Line l : t.lines) {
            if (l.content()) {
                if (random.nextDouble() < keep) {
                    block.add(l);
                }
                continue;
            }
            flush(block, out);
            out.add(l);
        }
        flush(block, out);
        if (random.nextInt(3) == 0) {
            List<Integer> content = contentIndexes(out);
            int at = content.isEmpty() ? out.size() : content.get(random.nextInt(content.size()));
            out.add(at, contentLines.get(random.nextInt(contentLines.size())));
        }
        if (contentIndexes(out).isEmpty()) {
            out.add(contentLines.get(random.nextInt(contentLines.size())));
        }
        return out;
    }

    private void flush(List<SeedTemplate.Line> block, List<SeedTemplate.Line> out) {
        if (block.size() > 1 && random.nextBoolean()) {
            for (int i = block.size() - 1; i > 0; i--) {
                Collections.swap(block, i, random.nextInt(i + 1));
            }
        }
        out.addAll(block);
        block.clear();
    }

    private static List<Integer> contentIndexes(List<SeedTemplate.Line> lines) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).content()) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Writes the page. Replacements depend only on (salt, line, slot) and the shared place map,
     * so a republished copy varies its lines exactly like the original.
     */
    private Generated render(SeedTemplate t, List<SeedTemplate.Line> lines, long salt,
                             Map<String, BenchVocabulary.PlaceName> places, BenchVocabulary.Outlet outlet,
                             LocalDateTime published, String duplicateOf) {
        String id = String.format("gen-%d-%08d", seed, counter++);
        StringBuilder text = new StringBuilder(8192);
        List<PlaceTruth> placeTruth = new ArrayList<>();
        List<NumberTruth> numberTruth = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        String title = null;
        for (SeedTemplate.Line line : lines) {
            if (!line.content() && line.section() != null && !sections.contains(line.section())) {
                sections.add(line.section());
            }
            int lineStart = text.length();
            int at = 0;
            String src = line.text();
            for (int k = 0; k < line.slots().size(); k++) {
                SeedTemplate.Slot s = line.slots().get(k);
                text.append(src, at, s.start());
                int start = text.length();
                switch (s.kind()) {
                    case DATE -> text.append(published.format(SLASHED));
                    case NUMBER -> {
                        int v = number(s.key(), mix(salt, line.id(), k));
                        text.append(v);
                        numberTruth.add(new NumberTruth(start, text.length(), v));
                    }
                    case PLACE -> {
                        BenchVocabulary.PlaceName p = places.get(s.key());
                        if (p == null) {
                            p = pickPlace(line.section(), mix(salt, line.id(), k));
                            places.put(s.key(), p);
                        }
                        text.append(p.name());
                        placeTruth.add(new PlaceTruth(start, text.length(), p.name(), p.id(), p.admin1()));
                    }
                }
                at = s.end();
            }
            text.append(src, at, src.length()).append('\n');
            if (title == null && line.content()) {
                title = titleOf(text, lineStart);
            }
        }
        String host = outlet.host();
        Document doc = new Document(id, "generated", text.toString(), title,
                host == null || host.isEmpty() ? null : "https://" + host + "/" + id,
                outlet.name(), published.format(ISO), "UTF-8");
        return new Generated(doc, new Truth(id, t.id, outlet.name(), doc.published(), duplicateOf,
                List.copyOf(sections), List.copyOf(placeTruth), List.copyOf(numberTruth)));
    }

    /** A place from the section's governorate when the gazetteer knows it, else any place. */
    private BenchVocabulary.PlaceName pickPlace(String section, long h) {
        List<BenchVocabulary.PlaceName> from = placePool;
        String admin1 = section == null ? null : sectionAdmin1.get(section);
        if (admin1 != null && placesByAdmin1.containsKey(admin1)) {
            from = placesByAdmin1.get(admin1);
        }
        return from.get((int) Long.remainderUnsigned(h, from.size()));
    }

    /** A number of the same kind: a day-sized number stays 1..28, others keep their digit count. */
    private static int number(String original, long h) {
        int v;
        try {
            v = Integer.parseInt(ArabicNormalizer.normalize(original).text());
        } catch (NumberFormatException e) {
            v = 10;
        }
        long r = h >>> 1;
        if (v <= 31) {
            return 1 + (int) (r % 28);
        }
        int lo = v < 100 ? 32 : v < 1000 ? 100 : 1000;
        int hi = v < 100 ? 99 : v < 1000 ? 999 : 9999;
        return lo + (int) (r % (hi - lo + 1));
    }

    private static String titleOf(StringBuilder text, int lineStart) {
        int end = Math.min(text.length(), lineStart + 90);
        int cut = end;
        while (cut > lineStart + 30 && cut < text.length() && text.charAt(cut) != ' ') {
            cut--;
        }
        return text.substring(lineStart, cut).trim();
    }

    /** SplitMix64 finaliser over (salt, line, slot): cheap, well mixed, reproducible. */
    static long mix(long salt, int line, int slot) {
        long z = salt + 0x9E3779B97F4A7C15L * (((long) line << 16) + slot + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void writeDocument(JsonGenerator g, Document d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("url", d.url());
        g.writeStringField("title", d.title());
        g.writeStringField("text", d.text());
        g.writeStringField("published", d.published());
        g.writeStringField("outlet", d.outlet());
        g.writeEndObject();
        g.writeRaw('\n');
    }

    private static void writeTruth(JsonGenerator g, Truth t) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        g.writeStringField("template", t.template());
        g.writeStringField("outlet", t.outlet());
        g.writeStringField("published", t.published());
        g.writeStringField("duplicate_of", t.duplicateOf());
        g.writeArrayFieldStart("sections");
        for (String s : t.sections()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("places");
        for (PlaceTruth p : t.places()) {
            g.writeStartObject();
            g.writeNumberField("start", p.start());
            g.writeNumberField("end", p.end());
            g.writeStringField("name", p.name());
            g.writeStringField("place_id", p.placeId());
            g.writeStringField("admin1", p.admin1());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("numbers");
        for (NumberTruth n : t.numbers()) {
            g.writeStartObject();
            g.writeNumberField("start", n.start());
            g.writeNumberField("end", n.end());
            g.writeNumberField("value", n.value());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
    }
}
