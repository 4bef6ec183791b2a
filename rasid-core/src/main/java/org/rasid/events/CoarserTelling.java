package org.rasid.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rasid.gazetteer.Gazetteer;
import org.rasid.gazetteer.Outskirts;
import org.rasid.gazetteer.Place;
import org.rasid.model.Event;
import org.rasid.model.Evidence;

/**
 * One incident told at a coarse place and at a finer place inside it, in two sentences of a story:
 * "الصواريخ الإسرائيلية استهدفت مواقع ... في محيط دمشق" then "الصواريخ طالت ... بلدة معضمية الشام";
 * "عدوانا جديدا تتعرض له بعض المواقع العسكرية في ريف حماة" then "سقوط صواريخ عدة على المركز الإيراني
 * الواقع بين مدينة سلحب وقرية نهر البارد". The guidelines code it once, at the finer place. A violent event
 * whose place is coarse (a governorate, a countryside "ريف X" around any place of its governorate but the town X,
 * the capital for a place of the governorate around it, gazetteer/outskirts.tsv) joins the event of its type
 * that another sentence tells inside it, when that is the one finer place of its type the story tells there on
 * that day (a countryside whose strikes fall on several villages is their summary, not one of them), when its own
 * sentence names no finer place inside it (then it is one item of a list: "في الكسوة، ومعسكرا إيرانيا شمال
 * دمشق"), when the two name no different sides and when they are told with one kind of weapon (a car bomb or a
 * chemical attack is not the shelling told beside it). The days agree when they are the same day, or the day one
 * names falls within the week of the other that names none ("وتبنت جبهة النصرة خطف العناصر" dated by the report,
 * "وخطفت جبهة النصرة ثمانية عناصر ... مساء الاربعاء"). The finer event is kept; the day, sides and toll it leaves
 * open are taken from the coarse telling (never overwritten; the toll as {@link RetoldIncident} takes one), and its
 * evidence keeps the coarse telling's trigger. Runs once the sides, dates and tolls of each telling are filled
 * ({@link IncidentSides}, {@link StoryTarget}).
 */
final class CoarserTelling {
    private static final int GOVERNORATE = 3;
    private static final int DAY = 1;
    private static final int WEEK = 2;
    private static final String CITY = "city";
    /** Sub-types whose weapon tells an incident apart from strikes told beside it. */
    private static final Set<String> OWN_WEAPON = Set.of("Chemical weapon", "Remote explosive/landmine/IED");
    private static final String ACTOR1 = "actor1";
    private static final String ACTOR2 = "actor2";

    private CoarserTelling() {
    }

    /** The events of one story, each coarse telling joined into the finer one of its incident. */
    static List<Event> join(List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            Event coarse = out.get(i);
            int at = finer(coarse, out);
            if (at < 0) {
                continue;
            }
            Event fine = out.get(at);
            out.set(at, RetoldAct.withTelling(withSides(RetoldIncident.join(fine, coarse), coarse), coarse));
            out.remove(i);
            i--;
        }
        return out;
    }

    /** The index of the one finer telling {@code coarse} joins, or -1. */
    private static int finer(Event coarse, List<Event> story) {
        if (!AcledTaxonomy.isPoliticalViolence(coarse.acledType())) {
            return -1;
        }
        Set<String> places = new LinkedHashSet<>();
        int at = -1;
        for (int j = 0; j < story.size(); j++) {
            Event e = story.get(j);
            if (e == coarse || !coarse.acledType().equals(e.acledType()) || !inside(e, coarse)) {
                continue;
            }
            if (e.evidence().start() == coarse.evidence().start()) {
                return -1; // a place of a list its own sentence tells
            }
            if (!daysAgree(e, coarse)) {
                continue;
            }
            places.add(e.locationAr());
            if (at < 0 && sidesAgree(e, coarse) && oneWeapon(e, coarse)) {
                at = j;
            }
        }
        return places.size() == 1 ? at : -1;
    }

    /** Whether {@code fine}'s place lies inside {@code coarse}'s. */
    static boolean inside(Event fine, Event coarse) {
        if (fine.locationAr() == null || coarse.locationAr() == null || fine.admin1() == null
                || coarse.admin1() == null || fine.locationAr().equals(coarse.locationAr())
                || region(fine) || precision(fine) >= GOVERNORATE) {
            return false;
        }
        if (fine.admin1().equals(Outskirts.around(coarse.admin1()))) {
            return kind(coarse).filter(CITY::equals).isPresent(); // "دمشق" for a town of Rif Dimashq
        }
        if (!fine.admin1().equals(coarse.admin1())) {
            return false;
        }
        if (precision(coarse) == GOVERNORATE) {
            return true;
        }
        return region(coarse) && !Countryside.around(coarse.locationAr(), fine.locationAr());
    }

    private static Optional<String> kind(Event e) {
        return e.placeId() == null ? Optional.empty() : Gazetteer.load().byId(e.placeId()).map(Place::kind);
    }

    /** "ريف حماة", "ريف درعا الشرقي": a countryside (event_words.tsv region). */
    private static boolean region(Event e) {
        return EventWords.standard().startsWith("region", e.locationAr());
    }

    /** Neither side of one is another side, or the other side, of the other. */
    private static boolean sidesAgree(Event a, Event b) {
        return open(a.actor1(), b.actor1()) && open(a.actor2(), b.actor2())
                && (a.actor1() == null || !a.actor1().equals(b.actor2()))
                && (a.actor2() == null || !a.actor2().equals(b.actor1()));
    }

    /** Both told with a weapon of their own sub-type (a car bomb, a chemical attack), or neither. */
    private static boolean oneWeapon(Event a, Event b) {
        boolean own = OWN_WEAPON.contains(a.acledSubType());
        return own == OWN_WEAPON.contains(b.acledSubType()) && (!own || a.acledSubType().equals(b.acledSubType()));
    }

    /**
     * {@code kept} with the sides it leaves open that the coarse telling names (each with the coarse telling's words
     * for it, when it has them): never a filled side replaced, never a side that is already the other.
     */
    private static Event withSides(Event kept, Event coarse) {
        String a1 = kept.actor1() != null || Objects.equals(coarse.actor1(), kept.actor2()) ? kept.actor1()
                : coarse.actor1();
        String a2 = kept.actor2() != null || Objects.equals(coarse.actor2(), a1) ? kept.actor2() : coarse.actor2();
        if (Objects.equals(a1, kept.actor1()) && Objects.equals(a2, kept.actor2())) {
            return kept;
        }
        Evidence ev = kept.evidence();
        Evidence.Part p1 = coarse.evidence().part(ACTOR1);
        if (!Objects.equals(a1, kept.actor1()) && p1 != null) {
            ev = ev.with(p1);
        }
        Evidence.Part p2 = coarse.evidence().part(ACTOR2);
        if (!Objects.equals(a2, kept.actor2()) && p2 != null) {
            ev = ev.with(p2);
        }
        return kept.withSidesAndDate(a1, a2, kept.eventDate(), kept.timePrecision(), ev);
    }

    private static boolean open(String x, String y) {
        return x == null || y == null || x.equals(y);
    }

    /** The same day, or a day told by one inside the week of the other's report that tells none. */
    static boolean daysAgree(Event a, Event b) {
        if (a.eventDate() == null || b.eventDate() == null) {
            return false;
        }
        if (IncidentGrouper.sameDay(a, b)) {
            return true;
        }
        boolean weekA = Objects.equals(a.timePrecision(), WEEK) && Objects.equals(b.timePrecision(), DAY);
        boolean weekB = Objects.equals(b.timePrecision(), WEEK) && Objects.equals(a.timePrecision(), DAY);
        LocalDate x = EventDater.parseDate(a.eventDate());
        LocalDate y = EventDater.parseDate(b.eventDate());
        return (weekA || weekB) && x != null && y != null && Math.abs(ChronoUnit.DAYS.between(x, y)) < 7;
    }

    private static int precision(Event e) {
        return e.geoPrecision() == null ? GOVERNORATE : e.geoPrecision();
    }
}
