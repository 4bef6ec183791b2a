package org.rasid.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rasid.events.CasualtyClaim;
import org.rasid.events.Event;
import org.rasid.events.Source;

/**
 * The quadratic EventMerger as it was before its candidate index (commit e433d68), kept as the
 * reference that EventMergerEquivalenceTest compares the indexed merger with. Do not optimise.
 *
 * Makes one event of the reports of one real-world event: told twice in a document (a digest
 * that repeats itself) or by several outlets. Two events merge when they have the same class
 * (ACLED type and sub-type, or CAMEO root for verbal events), the same place (or the same
 * admin2 when one of them is vaguer), dates within a day (a week or a month when a date is that
 * imprecise; across documents both dates must be known) and actors that do not contradict each
 * other. The merged event lists why ({@code merge_reasons}) and what it was made of
 * ({@code merged_from}), keeps every source's casualty claim and takes ACLED's lowest figure.
 */
final class NaiveEventMerger {
    private static final Set<String> SYMMETRIC = Set.of("Armed clash", "Agreement");

    public List<Event> merge(List<Event> events) {
        List<List<Event>> groups = new ArrayList<>();
        List<List<String>> reasons = new ArrayList<>();
        for (Event e : events) {
            int joined = -1;
            for (int g = 0; g < groups.size() && joined < 0; g++) {
                List<String> why = null;
                boolean allAgree = true;
                for (Event o : groups.get(g)) {
                    List<String> r = reasons(o, e);
                    if (r == null) {
                        allAgree = false;
                    } else if (why == null) {
                        why = r;
                    }
                }
                // inside a document one agreeing report is enough; across outlets every report must agree
                boolean accept = crossDoc(groups.get(g), e) ? allAgree : conflictsNone(groups.get(g), e);
                if (!accept) {
                    why = null;
                }
                if (why != null) {
                    joined = g;
                    for (String x : why) {
                        if (!reasons.get(g).contains(x)) {
                            reasons.get(g).add(x);
                        }
                    }
                }
            }
            if (joined >= 0) {
                groups.get(joined).add(e);
            } else {
                List<Event> g = new ArrayList<>();
                g.add(e);
                groups.add(g);
                reasons.add(new ArrayList<>());
            }
        }
        List<Event> out = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            out.add(groups.get(g).size() == 1 ? groups.get(g).get(0) : combine(groups.get(g), reasons.get(g)));
        }
        return out;
    }

    private static boolean crossDoc(List<Event> group, Event e) {
        for (Event o : group) {
            if (!o.doc().equals(e.doc())) {
                return true;
            }
        }
        return false;
    }

    /** No report of the group names another place precisely or other actors on a fixed side. */
    private static boolean conflictsNone(List<Event> group, Event e) {
        for (Event o : group) {
            boolean bothExact = o.placeId() != null && e.placeId() != null && prec(o) == 1 && prec(e) == 1;
            if (bothExact && !o.placeId().equals(e.placeId())) {
                return false;
            }
        }
        return true;
    }

    /** Why two events are one, or null when they are not. */
    static List<String> reasons(Event a, Event b) {
        List<String> why = new ArrayList<>();
        if (a.acledType() != null || b.acledType() != null) {
            if (!Objects.equals(a.acledType(), b.acledType()) || !Objects.equals(a.acledSubType(), b.acledSubType())) {
                return null;
            }
            why.add("same_class:" + a.acledSubType());
        } else {
            if (!Objects.equals(a.cameo(), b.cameo())) {
                return null;
            }
            why.add("same_cameo:" + a.cameo());
        }
        String place = samePlace(a, b, a.doc().equals(b.doc()));
        if (place == null) {
            return null;
        }
        why.add(place);
        boolean sameDoc = a.doc().equals(b.doc());
        String date = closeDates(a, b, sameDoc);
        if (date == null) {
            return null;
        }
        why.add(date);
        String actors = compatibleActors(a, b);
        if (actors == null) {
            return null;
        }
        why.add(actors);
        if (sameDoc && a.evidence() != null && b.evidence() != null && a.evidence().start() == b.evidence().start()
                && !Objects.equals(a.locationAr(), b.locationAr())) {
            return null; // one sentence, two places of a list: ACLED codes them apart
        }
        return why;
    }

    private static String samePlace(Event a, Event b, boolean sameDoc) {
        if (a.placeId() != null && a.placeId().equals(b.placeId())) {
            return "same_place:" + a.placeId();
        }
        if (a.locationAr() != null && a.locationAr().equals(b.locationAr()) && Objects.equals(a.admin1(), b.admin1())) {
            return "same_location:" + a.locationAr();
        }
        boolean vaguer = prec(a) > 1 || prec(b) > 1 || a.placeId() == null || b.placeId() == null;
        if (vaguer && a.admin2() != null && a.admin2().equals(b.admin2())) {
            return "same_admin2:" + a.admin2();
        }
        if (sameDoc && vaguer && (prec(a) == 3 || prec(b) == 3) && a.admin1() != null && a.admin1().equals(b.admin1())
                && (a.admin2() == null || b.admin2() == null)) {
            return "same_admin1:" + a.admin1();
        }
        return null;
    }

    private static int prec(Event e) {
        return e.geoPrecision() == null ? 3 : e.geoPrecision();
    }

    private static String closeDates(Event a, Event b, boolean sameDoc) {
        LocalDate da = date(a.eventDate());
        LocalDate db = date(b.eventDate());
        if (da == null || db == null) {
            if (!sameDoc) {
                return null; // across outlets, an undated report cannot be matched to a day
            }
            if (a.eventDate() != null && b.eventDate() != null && !a.eventDate().equals(b.eventDate())) {
                return null;
            }
            return "dates_unknown_same_doc";
        }
        long days = Math.abs(ChronoUnit.DAYS.between(da, db));
        // within a document the vaguer date decides; across outlets the more precise one does,
        // so that reports dated only by their publication day do not chain over a week
        int p = sameDoc ? Math.max(tp(a), tp(b)) : Math.min(tp(a), tp(b));
        long allowed = p >= 3 ? 31 : p == 2 ? 7 : 1;
        if (days > allowed) {
            return null;
        }
        return days == 0 ? "same_date:" + da : "dates_within:" + days + "d";
    }

    private static int tp(Event e) {
        return e.timePrecision() == null ? 1 : e.timePrecision();
    }

    private static String compatibleActors(Event a, Event b) {
        boolean symmetric = a.acledType() == null ? "04".equals(a.cameo()) : SYMMETRIC.contains(a.acledSubType());
        if (fits(a.actor1(), b.actor1()) && fits(a.actor2(), b.actor2())) {
            return Objects.equals(a.actor1(), b.actor1()) && Objects.equals(a.actor2(), b.actor2())
                    ? "same_actors" : "actors_compatible";
        }
        if (symmetric && sides(a).equals(sides(b))) {
            return "same_sides"; // a clash or a deal told from either side
        }
        if ("04".equals(a.cameo()) && a.acledType() == null && a.doc().equals(b.doc())
                && (sides(a).containsAll(sides(b)) || sides(b).containsAll(sides(a)))) {
            return "one_side_named"; // the same talks, one report naming only one side
        }
        return null;
    }

    private static Set<String> sides(Event e) {
        Set<String> s = new java.util.TreeSet<>();
        if (e.actor1() != null) {
            s.add(e.actor1());
        }
        if (e.actor2() != null) {
            s.add(e.actor2());
        }
        return s;
    }

    private static boolean fits(String x, String y) {
        return x == null || y == null || x.equals(y);
    }

    private static LocalDate date(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The best-evidenced report stands for the group; the others fill what it lacks. */
    private static Event combine(List<Event> group, List<String> reasons) {
        List<Event> byConfidence = new ArrayList<>(group);
        byConfidence.sort(Comparator.comparingDouble(Event::confidence).reversed()
                .thenComparingInt(e -> e.evidence() == null ? 0 : e.evidence().start()));
        Event base = byConfidence.get(0);
        Event where = base; // the most precise place any report gives
        for (Event e : byConfidence) {
            if (e.geoPrecision() != null && (where.geoPrecision() == null || e.geoPrecision() < where.geoPrecision())) {
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
            if (e.eventDate() != null && (date == null || tp(e) < (tp == null ? 9 : tp))) {
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
                where.placeId(), where.admin1(), where.admin2(), where.latitude(), where.longitude(), where.geoPrecision(),
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
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest(String.join("+", from).getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder("m");
            for (int i = 0; i < 8; i++) {
                sb.append(String.format("%02x", h[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
