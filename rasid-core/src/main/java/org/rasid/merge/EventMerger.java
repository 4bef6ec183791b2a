package org.rasid.merge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.rasid.model.CasualtyClaim;
import org.rasid.model.Event;
import org.rasid.model.Sha256;
import org.rasid.model.Source;

/**
 * Makes one event of the reports of one real-world event: told twice in a document (a digest
 * that repeats itself) or by several outlets. Two events merge when they have the same class
 * (ACLED type and sub-type, or CAMEO root for verbal events), the same place (or the same
 * admin2 when one of them is vaguer), dates within a day (a week or a month when a date is that
 * imprecise; across documents both dates must be known) and actors that do not contradict each
 * other. The merged event lists why ({@code merge_reasons}) and what it was made of
 * ({@code merged_from}), keeps every source's casualty claim and takes ACLED's lowest figure.
 *
 * <p>Each report joins the earliest group that accepts it, in input order. Groups are found
 * through an index by class, place key and day, so a report is compared only with groups that
 * could take it: the cost grows with the reports of the same event, not with the corpus (the
 * quadratic scan it replaced is kept in the tests as the reference it must equal).
 */
public final class EventMerger {
    private static final Set<String> SYMMETRIC = Set.of("Armed clash", "Agreement");

    public List<Event> merge(List<Event> events) {
        List<Group> groups = new ArrayList<>();
        CandidateIndex index = new CandidateIndex();
        for (Event e : events) {
            int joined = -1;
            // the earliest group that accepts e, as a scan of every group would find it: a group
            // that is not a candidate has no report that agrees with e, so it could not accept it
            for (int g : index.candidates(e)) {
                List<String> why = groups.get(g).accepts(e);
                if (why != null) {
                    groups.get(g).add(e, why);
                    joined = g;
                    break;
                }
            }
            if (joined < 0) {
                joined = groups.size();
                groups.add(new Group(e));
            }
            index.add(e, joined);
        }
        List<Event> out = new ArrayList<>(groups.size());
        for (Group g : groups) {
            out.add(g.members.size() == 1 ? g.members.get(0) : combine(g.members, new ArrayList<>(g.reasons)));
        }
        return out;
    }

    /** The reports of one event so far, with what the acceptance rules need kept up to date. */
    private static final class Group {
        final List<Event> members = new ArrayList<>();
        final Set<String> reasons = new LinkedHashSet<>();
        private final String firstDoc;
        private boolean manyDocs;
        private final Set<String> exactPlaces = new HashSet<>(2);

        Group(Event first) {
            firstDoc = first.doc();
            members.add(first);
            noteExact(first);
        }

        void add(Event e, List<String> why) {
            members.add(e);
            reasons.addAll(why);
            manyDocs |= !firstDoc.equals(e.doc());
            noteExact(e);
        }

        private void noteExact(Event e) {
            if (exact(e)) {
                exactPlaces.add(e.placeId());
            }
        }

        /**
         * Why e belongs here, or null. Inside a document one agreeing report is enough (and no
         * report may name another place precisely); across outlets every report must agree.
         */
        List<String> accepts(Event e) {
            boolean crossDoc = manyDocs || !firstDoc.equals(e.doc());
            if (crossDoc) {
                List<String> why = null;
                for (Event o : members) {
                    List<String> r = reasons(o, e);
                    if (r == null) {
                        return null;
                    }
                    if (why == null) {
                        why = r;
                    }
                }
                return why;
            }
            if (exact(e) && !exactPlaces.isEmpty() && !(exactPlaces.size() == 1 && exactPlaces.contains(e.placeId()))) {
                return null;
            }
            for (Event o : members) {
                List<String> r = reasons(o, e);
                if (r != null) {
                    return r;
                }
            }
            return null;
        }
    }

    private static boolean exact(Event e) {
        return e.placeId() != null && prec(e) == 1;
    }

    /**
     * The groups whose reports could agree with an event, found by what {@link #reasons} needs
     * of any agreeing pair: the same class, and a shared place key (place_id, the name with its
     * admin1, admin2 when one side is vaguer, admin1 inside a document). Across documents both
     * dates are known and at most a day apart (7 or 31 for imprecise dates, and the more precise
     * date decides), so only the days of the event's own window are looked up; inside a document
     * dates may be unknown or a month apart, so the document's reports at the same key are all
     * candidates (a document holds few). Keys are a superset: {@link Group#accepts} decides.
     */
    private static final class CandidateIndex {
        private final Map<Key, NavigableMap<Long, List<Integer>>> byDay = new HashMap<>();
        private final Map<Key, List<Integer>> byDoc = new HashMap<>();

        void add(Event e, int group) {
            ClassKey c = ClassKey.of(e);
            LocalDate d = date(e.eventDate());
            for (Key k : keys(e, c, null, false)) {
                if (d != null) {
                    append(byDay.computeIfAbsent(k, x -> new TreeMap<>()).computeIfAbsent(d.toEpochDay(), x -> new ArrayList<>(2)), group);
                }
            }
            for (Key k : keys(e, c, e.doc(), false)) {
                append(byDoc.computeIfAbsent(k, x -> new ArrayList<>(2)), group);
            }
        }

        /** Candidate group numbers, ascending, each once. */
        int[] candidates(Event e) {
            ClassKey c = ClassKey.of(e);
            int[] found = new int[8];
            int n = 0;
            LocalDate d = date(e.eventDate());
            if (d != null) {
                long day = d.toEpochDay();
                long w = allowedDays(tp(e));
                for (Key k : keys(e, c, null, true)) {
                    NavigableMap<Long, List<Integer>> days = byDay.get(k);
                    if (days != null) {
                        for (List<Integer> gs : days.subMap(day - w, true, day + w, true).values()) {
                            for (int g : gs) {
                                found = grow(found, n);
                                found[n++] = g;
                            }
                        }
                    }
                }
            }
            for (Key k : keys(e, c, e.doc(), true)) {
                List<Integer> gs = byDoc.get(k);
                if (gs != null) {
                    for (int g : gs) {
                        found = grow(found, n);
                        found[n++] = g;
                    }
                }
            }
            Arrays.sort(found, 0, n);
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (m == 0 || found[m - 1] != found[i]) {
                    found[m++] = found[i];
                }
            }
            return Arrays.copyOf(found, m);
        }

        private static int[] grow(int[] a, int n) {
            return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
        }

        private static void append(List<Integer> groups, int g) {
            if (groups.isEmpty() || groups.get(groups.size() - 1) != g) {
                groups.add(g);
            }
        }

        /**
         * The place keys of an event: as stored ({@code lookup} false) or as looked up. admin2
         * and admin1 are asymmetric because samePlace needs one side vaguer (admin2) or one
         * side without admin2 (admin1): what is looked up is what the other side must have.
         */
        private static List<Key> keys(Event e, ClassKey c, String doc, boolean lookup) {
            List<Key> ks = new ArrayList<>(5);
            if (e.placeId() != null) {
                ks.add(new Key(c, doc, 'P', e.placeId(), null));
            }
            if (e.locationAr() != null) {
                ks.add(new Key(c, doc, 'L', e.locationAr(), e.admin1()));
            }
            boolean vague = prec(e) > 1 || e.placeId() == null;
            if (e.admin2() != null) {
                if (lookup) {
                    ks.add(new Key(c, doc, vague ? '2' : 'v', e.admin2(), null));
                } else {
                    ks.add(new Key(c, doc, '2', e.admin2(), null));
                    if (vague) {
                        ks.add(new Key(c, doc, 'v', e.admin2(), null));
                    }
                }
            }
            if (doc != null && e.admin1() != null) {
                if (lookup) {
                    ks.add(new Key(c, doc, e.admin2() == null ? '1' : 'n', e.admin1(), null));
                } else {
                    ks.add(new Key(c, doc, '1', e.admin1(), null));
                    if (e.admin2() == null) {
                        ks.add(new Key(c, doc, 'n', e.admin1(), null));
                    }
                }
            }
            return ks;
        }
    }

    /** What reasons() requires to be equal: ACLED type and sub-type, else the CAMEO root. */
    private record ClassKey(boolean acled, String a, String b) {
        static ClassKey of(Event e) {
            return e.acledType() != null ? new ClassKey(true, e.acledType(), e.acledSubType())
                    : new ClassKey(false, e.cameo(), null);
        }
    }

    /** A class, a kind of place key and its value; doc is set for keys inside one document. */
    private record Key(ClassKey cls, String doc, char kind, String value, String admin1) {
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

    static int prec(Event e) {
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
        long allowed = allowedDays(p);
        if (days > allowed) {
            return null;
        }
        return days == 0 ? "same_date:" + da : "dates_within:" + days + "d";
    }

    private static long allowedDays(int timePrecision) {
        return timePrecision >= 3 ? 31 : timePrecision == 2 ? 7 : 1;
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
    static Event combine(List<Event> group, List<String> reasons) {
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
        return "m" + Sha256.hex(String.join("+", from), 8);
    }
}
