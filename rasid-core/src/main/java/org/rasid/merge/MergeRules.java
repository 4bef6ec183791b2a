package org.rasid.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rasid.events.CameoRoot;
import org.rasid.model.Event;
import org.rasid.quantity.NumberParser;
import org.rasid.time.IsoDate;

/**
 * The pairwise rules: whether two reports tell one event, and why (the {@code merge_reasons}).
 * Same class, same place (or the same admin2 when one is vaguer), close dates, actors that do
 * not contradict each other. Pure functions of the two events.
 */
final class MergeRules {
    private static final Set<String> SYMMETRIC = Set.of("Armed clash", "Agreement");
    /** The reason a toll gives when it ties two places of one district together. */
    static final String SAME_TOLL = "same_toll:";
    /**
     * The smallest toll that identifies an incident: a count of three or more repeated in one
     * document is the same incident retold; ones and twos recur across distinct incidents.
     */
    static final int IDENTIFYING_TOLL = 3;

    private MergeRules() {
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
            place = sameToll(a, b);
        }
        if (place == null) {
            return null;
        }
        why.add(place);
        boolean sameDoc = a.doc().equals(b.doc());
        String date = closeDates(a, b, sameDoc);
        if (date == null) {
            return null;
        }
        if (sameDoc && twoDaysTwoTolls(a, b)) {
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

    /**
     * "قتل 18 شخصا في سقوط صاروخ على حي شعبي وسط مدينة حلب" then "سقط الصاروخ على حي المغاير، ما تسبب
     * بمقتل 18 شخصا": one document retells an incident with a finer place in the same district; the
     * toll it repeats ties the two, where two precise places alone would keep them apart. Never
     * inside one sentence, whose places with one toll are a list ACLED codes apart.
     */
    static String sameToll(Event a, Event b) {
        if (!a.doc().equals(b.doc()) || a.fatalities() == null || a.fatalities() < IDENTIFYING_TOLL
                || !a.fatalities().equals(b.fatalities()) || a.admin2() == null || !a.admin2().equals(b.admin2())
                || a.evidence() == null || b.evidence() == null || a.evidence().start() == b.evidence().start()) {
            return null;
        }
        return SAME_TOLL + a.fatalities();
    }

    /**
     * "أن 15 جنديا تركيا قتلوا" on Friday and "بعد أن أعلنت أنقرة، الخميس، مقتل 8 من جنودها": one document
     * telling a toll for each of two days tells two incidents, each with its own toll, not one incident
     * whose lowest figure would stand for both. Both days exact (time precision 1), both places precise
     * (a region's toll may sum strikes told on either side of a night) and both tolls written as numbers;
     * a report with no toll, a vague one or the same toll may still be the other's retelling.
     */
    static boolean twoDaysTwoTolls(Event a, Event b) {
        return tp(a) == 1 && tp(b) == 1 && a.eventDate() != null && !a.eventDate().equals(b.eventDate())
                && prec(a) == 1 && prec(b) == 1 && a.fatalities() != null && b.fatalities() != null
                && !a.fatalities().equals(b.fatalities()) && NUMBERS.writesNumber(a.fatalitiesText())
                && NUMBERS.writesNumber(b.fatalitiesText());
    }

    private static final NumberParser NUMBERS = NumberParser.load();

    /**
     * Whether a report of the group's document is another place of e's own sentence: a list ACLED codes
     * apart ({@link #reasons}) stays apart even when a report told elsewhere agrees with both, "سقوط قذائف
     * على شارعي الثورة وبغداد" beside a later "القذائف على دمشق".
     */
    static boolean listMate(List<Event> group, Event e) {
        for (Event o : group) {
            if (o.doc().equals(e.doc()) && o.evidence() != null && e.evidence() != null
                    && o.evidence().start() == e.evidence().start() && !Objects.equals(o.locationAr(), e.locationAr())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a report of the group's document tells another day's incident with another toll than e
     * ({@link #twoDaysTwoTolls}): inside a document one agreeing report lets e join, so a report with no
     * toll between the two days must not chain them into one.
     */
    static boolean anotherIncident(List<Event> group, Event e) {
        for (Event o : group) {
            if (o.doc().equals(e.doc()) && twoDaysTwoTolls(o, e)) {
                return true;
            }
        }
        return false;
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
                String month = sameMonth(a.eventDate(), b.eventDate());
                return month == null ? null : "same_month:" + month;
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

    /**
     * "2018-04" and "2018-04-12": a report dated only by its month ("last week", "this month") may tell
     * any day of it, so one document's month and one of its days are the same date. Null otherwise.
     */
    static String sameMonth(String x, String y) {
        String month = x.length() == 7 ? x : y.length() == 7 ? y : null;
        String other = month == x ? y : x;
        if (month == null || other.length() < 10 || date(other) == null || !other.startsWith(month)
                || other.charAt(7) != '-') {
            return null;
        }
        return month;
    }

    static long allowedDays(int timePrecision) {
        return timePrecision >= 3 ? 31 : timePrecision == 2 ? 7 : 1;
    }

    static int tp(Event e) {
        return e.timePrecision() == null ? 1 : e.timePrecision();
    }

    private static String compatibleActors(Event a, Event b) {
        boolean symmetric = a.acledType() == null ? CameoRoot.MEETING.equals(a.cameo()) : SYMMETRIC.contains(a.acledSubType());
        if (fits(a.actor1(), b.actor1()) && fits(told2(a), told2(b))) {
            return Objects.equals(a.actor1(), b.actor1()) && Objects.equals(a.actor2(), b.actor2())
                    ? "same_actors" : "actors_compatible";
        }
        if (symmetric && told(a).equals(told(b))) {
            return "same_sides"; // a clash or a deal told from either side
        }
        if (CameoRoot.MEETING.equals(a.cameo()) && a.acledType() == null && a.doc().equals(b.doc())
                && (a.parties().containsAll(b.parties()) || b.parties().containsAll(a.parties()))) {
            return "one_side_named"; // the same talks, one report naming only one side
        }
        return null;
    }

    /** actor2 as the report tells it: a deal's presumed party (no actor2 words, DealPartner) is unknown. */
    private static String told2(Event e) {
        boolean presumed = "Agreement".equals(e.acledSubType()) && e.evidence() != null
                && e.evidence().part("actor2") == null;
        return presumed ? null : e.actor2();
    }

    /** The sides the report tells (without a deal's presumed party). */
    private static Set<String> told(Event e) {
        Set<String> out = new HashSet<>(e.parties());
        if (told2(e) == null && e.actor2() != null && !e.actor2().equals(e.actor1())) {
            out.remove(e.actor2());
        }
        return out;
    }

    private static boolean fits(String x, String y) {
        return x == null || y == null || x.equals(y);
    }

    static LocalDate date(String iso) {
        return IsoDate.leading(iso, false);
    }
}
