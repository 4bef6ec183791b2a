package org.rasid.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.rasid.model.Event;

/**
 * The groups whose reports could agree with an event, found by what {@link MergeRules#reasons} needs
 * of any agreeing pair: the same class, and a shared place key (place_id, the name with its
 * admin1, admin2 when one side is vaguer, admin1 inside a document, the district and toll inside a document). Across documents both
 * dates are known and at most a day apart (7 or 31 for imprecise dates, and the more precise
 * date decides), so only the days of the event's own window are looked up; inside a document
 * dates may be unknown or a month apart, so the document's reports at the same key are all
 * candidates (a document holds few). Keys are a superset: the
 * acceptance rule of EventMerger's groups decides.
 */
final class CandidateIndex {
    private final Map<Key, NavigableMap<Long, List<Integer>>> byDay = new HashMap<>();
    private final Map<Key, List<Integer>> byDoc = new HashMap<>();

    /** Indexes event e as a report of group number {@code group}. */
    void add(Event e, int group) {
        ClassKey c = ClassKey.of(e);
        LocalDate d = MergeRules.date(e.eventDate());
        for (Key k : keys(e, c, null, false)) {
            if (d != null) {
                append(byDay.computeIfAbsent(k, x -> new TreeMap<>())
                        .computeIfAbsent(d.toEpochDay(), x -> new ArrayList<>(2)), group);
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
        LocalDate d = MergeRules.date(e.eventDate());
        if (d != null) {
            long day = d.toEpochDay();
            long w = MergeRules.allowedDays(MergeRules.tp(e));
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
        boolean vague = MergeRules.prec(e) > 1 || e.placeId() == null;
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
        if (doc != null && e.admin2() != null && e.fatalities() != null
                && e.fatalities() >= MergeRules.IDENTIFYING_TOLL) {
            ks.add(new Key(c, doc, 'T', e.admin2(), String.valueOf(e.fatalities())));
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
}
