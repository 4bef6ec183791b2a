package org.rasid.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.ingest.Document;
import org.rasid.pipeline.DocumentResult;
import org.rasid.segment.Story;
import org.rasid.text.Span;

/**
 * Test input for the store and the server: the real seed documents 000 and 004 with events
 * coded by hand from their sentences (the extractor's job, done here so the store, API, UI
 * and exports can be tested on their own). Every evidence offset is found in the real text.
 */
public final class SeedFixtures {
    public static final String DOC_000 = "000_235f1568e4c190a8";
    public static final String DOC_004 = "004_7ac2fd58674b5272";

    private SeedFixtures() {
    }

    public static Path seedsDir() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/seeds"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("examples/seeds not found above " + Path.of("").toAbsolutePath());
        }
        return p.resolve("examples/seeds");
    }

    public static List<Path> seedFiles() {
        try (Stream<Path> s = Files.list(seedsDir())) {
            return s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String id) {
        try {
            return Files.readString(seedsDir().resolve(id + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document doc004() {
        return new Document(DOC_004, "examples/seeds/" + DOC_004 + ".txt", text(DOC_004), "نشرة أخبار المحافظات", null,
                "شبكة شام", "2018-09-04", "UTF-8");
    }

    public static Document doc000() {
        return new Document(DOC_000, "examples/seeds/" + DOC_000 + ".txt", text(DOC_000), null,
                "https://example.org/000", "بلدي نيوز", "2018-07-10", "UTF-8");
    }

    /** Seed 004 as one story with seven events in four governorates. */
    public static DocumentResult result004() {
        Document d = doc004();
        String t = d.text();
        List<Event> ev = new ArrayList<>();
        ev.add(event(d, "استشهد طفلين وأصيب آخرين بجروح في بلدة الزربة", "Explosions/Remote violence",
                "Remote explosive/landmine/IED", "18", null, "CIVILIANS", "الزربة", "SY-HL", "Jabal Saman",
                36.06771, 36.98012, 1, "2018-09-03", 2, "انفجار قنبلة عنقودية", null, "طفلين", "الزربة"));
        ev.add(event(d, "تعرضت قرى جزرايا وزمار والعثمانية بالريف الجنوبي لقصف مدفعي وصاروخي", "Explosions/Remote violence",
                "Shelling/artillery/missile attack", "19", "SYR_GOV", "CIVILIANS", "جزرايا", "SY-HL", null,
                null, null, 2, null, null, "لقصف مدفعي", "قوات الأسد", null, "جزرايا"));
        ev.add(event(d, "استشهد 5 من عناصر لواء الشمال التابع للجيش الحر بعد وقوعهم بكمين نصبه عناصر قوات الحماية الشعبية الكردية قرب قرية ترندة بريف عفرين.",
                "Battles", "Armed clash", "19", "YPG", "FSA", "ترندة", "SY-HL", "Afrin", 36.51194, 36.86954, 2,
                "2018-09-03", 5, "بكمين", "قوات الحماية الشعبية الكردية", "5 من عناصر", "ترندة"));
        ev.add(event(d, "انفجرت عبوة ناسفة استهدفت سيارة في الحي الشرقي في بلدة سرمين", "Explosions/Remote violence",
                "Remote explosive/landmine/IED", "18", null, null, "سرمين", "SY-ID", "Idlib", 35.90403, 36.72501, 1,
                "2018-09-04", null, "عبوة ناسفة", null, null, "سرمين"));
        ev.add(event(d, "أعلنت هيئة تحرير الشام عن تمكنها من إلقاء القبض على الإداري العام لخلايا تنظيم الدولة",
                "Strategic developments", "Arrests", "17", "HTS", "ISIS", null, "SY-ID", null, 35.93062, 36.63393, 3,
                "2018-09-04", null, "إلقاء القبض", "هيئة تحرير الشام", null, null));
        ev.add(event(d, "دخل ترل عسكري تركي مكون من عدة عربات وآليات وجنود إلى نقطة المراقبة بالقرب من مدينة مورك",
                "Strategic developments", "Headquarters or base established", "15", "TUR", null, "مورك", "SY-HM", null,
                null, null, 2, "2018-09-04", null, "نقطة المراقبة", "ترل عسكري تركي", null, "مورك"));
        ev.add(event(d, "جرت اشتباكات عنيفة بالأسلحة المتوسطة مع سماع دوي انفجارات في قرية النملية", "Battles",
                "Armed clash", "19", "ISIS", "SDF", "النملية", "SY-DY", null, null, null, 1, "2018-09-04", null,
                "اشتباكات", "تنظيم الدولة", null, "النملية"));
        Story story = new Story(d.id(), 0, new Span(0, t.length()), d.title(), null, null, d.outlet(), d.published(),
                List.of(new Span(0, t.length())), List.of(new Span(0, t.length())), -1);
        return new DocumentResult(d, List.of(story), ev, List.of());
    }

    /** Seed 000 as one story with one verbal event (negotiations, CAMEO 04). */
    public static DocumentResult result000() {
        Document d = doc000();
        String t = d.text();
        Event e = event(d, "مفاوضات تجري بين الفصائل في إدلب، أبرزها \"هيئة تحرير الشام\"", null, null, "04", "HTS",
                "IRN", "كفريا", "SY-ID", null, null, null, 1, null, null, "مفاوضات", "هيئة تحرير الشام", null,
                "إدلب");
        Story story = new Story(d.id(), 0, new Span(0, t.length()), d.title(), null, null, d.outlet(), d.published(),
                List.of(new Span(0, t.length())), List.of(new Span(0, t.length())), -1);
        return new DocumentResult(d, List.of(story), List.of(e), List.of());
    }

    static Event event(Document d, String anchor, String type, String subType, String cameo, String actor1,
                       String actor2, String location, String admin1, String admin2, Double lat, Double lon,
                       int geoPrecision, String date, Integer fatalities, String trigger, String actorWords,
                       String fatalityWords, String locationWords) {
        String t = d.text();
        int at = t.indexOf(anchor);
        if (at < 0) {
            throw new IllegalStateException("anchor not in " + d.id() + ": " + anchor);
        }
        int start = Math.max(t.lastIndexOf('\n', at) + 1, 0);
        int end = t.indexOf('\n', at);
        end = end < 0 ? t.length() : end;
        String sentence = t.substring(start, end);
        List<Evidence.Part> parts = new ArrayList<>();
        part(parts, t, start, end, "trigger", trigger);
        part(parts, t, start, end, "actor1", actorWords);
        part(parts, t, start, end, "fatalities", fatalityWords);
        part(parts, t, start, end, "location", locationWords);
        String id = ContentHash.of(d.id() + "|" + start + "|" + type + cameo).substring(0, 16);
        return new Event(id, d.id(), 0, type, subType, cameo, 1, actor1, actor2, List.of(), List.of(), location,
                null, admin1, admin2, lat, lon, geoPrecision, date, date == null ? null : 1, fatalities,
                fatalities == null ? null : fatalities.toString(), null, null, null, List.of("ناشطون"),
                new Evidence(sentence, start, end, parts), 0.8, List.of(), List.of(), List.of(), List.of());
    }

    private static void part(List<Evidence.Part> parts, String t, int start, int end, String role, String words) {
        if (words == null) {
            return;
        }
        int at = t.indexOf(words, start);
        if (at < 0 || at + words.length() > end) {
            throw new IllegalStateException(role + " words not in the sentence: " + words);
        }
        parts.add(new Evidence.Part(role, at, at + words.length(), words));
    }

    /**
     * The result under a new document id and distinct text (so a new content hash and new event
     * ids): another outlet reporting the same events, whose reports the store merges.
     */
    public static DocumentResult copyAs(DocumentResult r, String id) {
        Document d = r.document();
        String text = d.text() + "\n" + id;
        Document nd = new Document(id, d.source(), text, d.title(), d.url(), d.outlet(), d.published(), d.charset());
        List<Story> stories = r.stories().stream().map(s -> new Story(id, s.index(), s.span(), s.title(), s.section(),
                s.dateline(), s.outlet(), s.published(), s.paragraphs(), s.sentences(), s.duplicateOf())).toList();
        List<Event> events = r.events().stream().map(e -> new Event(id + "-" + e.id(), id, e.story(), e.acledType(),
                e.acledSubType(), e.cameo(), e.quadClass(), e.actor1(), e.actor2(), e.assocActor1(), e.assocActor2(),
                e.locationAr(), e.placeId(), e.admin1(), e.admin2(), e.latitude(), e.longitude(), e.geoPrecision(),
                e.eventDate(), e.timePrecision(), e.fatalities(), e.fatalitiesText(), e.injured(), e.arrested(),
                e.displaced(), e.reportedBy(), e.evidence(), e.confidence(), e.sources(), e.claims(), e.mergedFrom(),
                e.mergeReasons())).toList();
        return new DocumentResult(nd, stories, events, r.warnings());
    }
}
