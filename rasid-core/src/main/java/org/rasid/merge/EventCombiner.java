package org.rasid.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rasid.gazetteer.Gazetteer;
import org.rasid.model.CasualtyClaim;
import org.rasid.model.Event;
import org.rasid.model.Sha256;
import org.rasid.model.Source;

/**
 * One event made of a group of reports: the best-evidenced report stands for the group, the
 * others fill what it lacks (actors, the most precise place and date); every source and every
 * casualty claim is kept, the figures are ACLED's lowest, and the id hashes the merged ids.
 */
final class EventCombiner {
    /** Kinds of place from finest to coarsest: a city retold as one of its quarters is the quarter. */
    private static final List<String> GRAIN = List.of("neighbourhood", "camp", "airport", "base", "landmark",
            "crossing", "village", "town", "city");

    private EventCombiner() {
    }

    /** Whether a's place is of a finer kind than b's, both known to the gazetteer. */
    private static boolean finer(Event a, Event b) {
        int ga = grain(a);
        int gb = grain(b);
        return ga >= 0 && gb >= 0 && ga < gb;
    }

    /** How coarse a report's place is among places of one precision; -1 when its kind is not known. */
    private static int grain(Event e) {
        return e.placeId() == null ? -1
                : Gazetteer.load().byId(e.placeId()).map(p -> GRAIN.indexOf(p.kind())).orElse(-1);
    }

    /** The best-evidenced report stands for the group; the others fill what it lacks. */
    static Event combine(List<Event> group, List<String> reasons) {
        List<Event> byConfidence = new ArrayList<>(group);
        byConfidence.sort(Comparator.comparingDouble(Event::confidence).reversed()
                .thenComparingInt(e -> e.evidence() == null ? 0 : e.evidence().start()));
        Event base = byConfidence.get(0);
        Event where = base; // the most precise place any report gives
        for (Event e : byConfidence) {
            if (e.geoPrecision() != null && (where.geoPrecision() == null || e.geoPrecision() < where.geoPrecision()
                    || e.geoPrecision().equals(where.geoPrecision()) && finer(e, where))) {
                where = e;
            }
        }
        String actor1 = base.actor1();
        String actor2 = base.actor2();
        String date = base.eventDate();
        Integer tp = base.timePrecision();
        Integer injured = base.injured();
        Integer arrested = base.arrested();
        Integer displaced = base.displaced();
        Set<String> assoc1 = new LinkedHashSet<>(nz(base.assocActor1()));
        Set<String> assoc2 = new LinkedHashSet<>(nz(base.assocActor2()));
        Set<String> reported = new LinkedHashSet<>();
        List<Source> sources = new ArrayList<>();
        List<CasualtyClaim> claims = new ArrayList<>();
        List<String> from = new ArrayList<>();
        Integer fatalities = null;
        String fatalitiesText = null;
        double conf = 0;
        for (Event e : byConfidence) {
            if (actor1 == null && e.actor1() != null && !e.actor1().equals(actor2)) {
                actor1 = e.actor1();
            }
            if (actor2 == null && e.actor2() != null && !e.actor2().equals(actor1)) {
                actor2 = e.actor2();
            }
            if (e.eventDate() != null && (date == null || MergeRules.tp(e) < (tp == null ? 9 : tp))) {
                date = e.eventDate();
                tp = e.timePrecision();
            }
            injured = min(injured, e.injured());
            arrested = min(arrested, e.arrested());
            displaced = min(displaced, e.displaced());
            if (e.fatalities() != null && (fatalities == null || e.fatalities() < fatalities)) {
                fatalities = e.fatalities();
                fatalitiesText = e.fatalitiesText();
            }
            assoc1.addAll(nz(e.assocActor1()));
            assoc2.addAll(nz(e.assocActor2()));
            reported.addAll(nz(e.reportedBy()));
            for (Source s : nz(e.sources())) {
                if (!sources.contains(s)) {
                    sources.add(s);
                }
            }
            for (CasualtyClaim c : nz(e.claims())) {
                if (!claims.contains(c)) {
                    claims.add(c);
                }
            }
            if (e.mergedFrom() != null && !e.mergedFrom().isEmpty()) {
                from.addAll(e.mergedFrom());
            } else {
                from.add(e.id());
            }
            conf = Math.max(conf, e.confidence());
        }
        assoc1.remove(actor1);
        assoc2.remove(actor2);
        List<String> sortedFrom = new ArrayList<>(new LinkedHashSet<>(from));
        sortedFrom.sort(null);
        // more reports, more confidence, never certainty
        double merged = Math.min(0.99, conf + 0.05 * (sources.size() - 1));
        return new Event(id(sortedFrom), base.doc(), base.story(), base.acledType(), base.acledSubType(), base.cameo(),
                base.quadClass(), actor1, actor2, List.copyOf(assoc1), List.copyOf(assoc2), where.locationAr(),
                where.placeId(), where.admin1(), where.admin2(), where.latitude(), where.longitude(),
                where.geoPrecision(),
                date, date == null ? null : tp, fatalities, fatalitiesText, injured, arrested, displaced,
                List.copyOf(reported), base.evidence(), Math.round(merged * 100) / 100.0, List.copyOf(sources),
                List.copyOf(claims), List.copyOf(sortedFrom), List.copyOf(reasons));
    }

    private static Integer min(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Integer.valueOf(Math.min(a, b));
    }

    private static <T> List<T> nz(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static String id(List<String> from) {
        return "m" + Sha256.hex(String.join("+", from), 8);
    }
}
