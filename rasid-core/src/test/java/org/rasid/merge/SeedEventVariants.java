package org.rasid.merge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.rasid.model.CasualtyClaim;
import org.rasid.model.Event;
import org.rasid.model.Source;
import org.rasid.ingest.Document;
import org.rasid.pipeline.Pipeline;
import org.rasid.testing.Seeds;

/**
 * Many reports made from the real events of the seed articles: each keeps a seed event's class,
 * actors, evidence and toll, and gets another document, outlet, place (one of the seeds' own
 * places, sometimes vaguer), date (sometimes unknown, a week- or month-precise, or a bare month)
 * and sometimes an actor dropped or the sides swapped. Fixed seed, so a run can be repeated.
 */
final class SeedEventVariants {
    private static final String[] OUTLETS = {"SANA", "SMART", "Enab Baladi", "SOHR", "Step News", "Orient", "Al-Watan"};
    private static final LocalDate START = LocalDate.of(2018, 7, 1);
    private static List<Event> seedEvents;

    private SeedEventVariants() {
    }

    /** The events the Pipeline finds in examples/seeds (computed once). */
    static synchronized List<Event> seedEvents() throws Exception {
        if (seedEvents == null) {
            Pipeline pipeline = Pipeline.withDefaults();
            List<Event> all = new ArrayList<>();
            for (Path f : Seeds.files()) {
                String id = f.getFileName().toString().replace(".txt", "");
                all.addAll(pipeline.process(Document.ofText(id, Files.readString(f))).events());
            }
            seedEvents = List.copyOf(all);
        }
        return seedEvents;
    }

    /** A place as an event carries it. */
    private record Place(String name, String id, String admin1, String admin2, Double lat, Double lon, Integer precision) {
    }

    /**
     * n reports over about n / perDoc documents and the given number of days, in random order.
     */
    static List<Event> generate(List<Event> seeds, int n, int perDoc, int days, long seed) {
        Random r = new Random(seed);
        Map<Place, Boolean> unique = new LinkedHashMap<>();
        for (Event e : seeds) {
            unique.put(new Place(e.locationAr(), e.placeId(), e.admin1(), e.admin2(), e.latitude(), e.longitude(),
                    e.geoPrecision()), true);
        }
        List<Place> places = new ArrayList<>(unique.keySet());
        int docs = Math.max(1, n / perDoc);
        List<Event> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Event b = seeds.get(r.nextInt(seeds.size()));
            String doc = "doc" + r.nextInt(docs);
            String outlet = OUTLETS[Math.floorMod(doc.hashCode(), OUTLETS.length)];
            Place p = r.nextInt(4) == 0
                    ? new Place(b.locationAr(), b.placeId(), b.admin1(), b.admin2(), b.latitude(), b.longitude(), b.geoPrecision())
                    : places.get(r.nextInt(places.size()));
            int vaguer = r.nextInt(10);
            if (vaguer == 0) { // the district only
                p = new Place(p.admin2(), null, p.admin1(), p.admin2(), p.lat(), p.lon(), 2);
            } else if (vaguer == 1) { // the governorate only
                p = new Place(p.admin1(), null, p.admin1(), null, p.lat(), p.lon(), 3);
            }
            String date;
            Integer tp;
            int d = r.nextInt(20);
            if (d == 0) {
                date = null;
                tp = null;
            } else if (d == 1) {
                date = START.plusDays(r.nextInt(days)).toString().substring(0, 7); // a bare month: no day
                tp = 3;
            } else {
                date = START.plusDays(r.nextInt(days)).toString();
                tp = d == 2 ? 2 : d == 3 ? 3 : 1;
            }
            String a1 = b.actor1();
            String a2 = b.actor2();
            int a = r.nextInt(10);
            if (a == 0) {
                a1 = null;
            } else if (a == 1) {
                a2 = null;
            } else if (a == 2) {
                a1 = b.actor2();
                a2 = b.actor1();
            }
            Integer killed = b.fatalities() == null ? null : Math.max(0, b.fatalities() + r.nextInt(3) - 1);
            List<CasualtyClaim> claims = killed == null ? List.of()
                    : List.of(new CasualtyClaim(doc, outlet, "killed", killed, String.valueOf(killed)));
            out.add(new Event("v" + i, doc, b.story(), b.acledType(), b.acledSubType(), b.cameo(), b.quadClass(), a1, a2,
                    b.assocActor1(), b.assocActor2(), p.name(), p.id(), p.admin1(), p.admin2(), p.lat(), p.lon(),
                    p.precision(), date, tp, killed, killed == null ? null : String.valueOf(killed), b.injured(),
                    b.arrested(), b.displaced(), List.of(outlet), b.evidence(), b.confidence(),
                    List.of(new Source(doc, b.story(), outlet, date, null)), claims, List.of(), List.of()));
        }
        return out;
    }
}
