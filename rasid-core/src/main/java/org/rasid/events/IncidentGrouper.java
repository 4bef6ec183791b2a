package org.rasid.events;

import org.rasid.text.CliticSplitter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.text.ArabicNormalizer;

/**
 * One event per incident of a story: an article tells an incident in its lead, then again in
 * detail ("قتل 15 طفلا في غارة جوية استهدفت مدرسة في الغوطة الشرقية" … "وأورد المرصد أن الغارة
 * استهدفت بلدة عربين"), and the guidelines code it once, at the finer place. Two violent events
 * of a story are one incident when they come from different sentences, have the same type and
 * sub-type, lie in the same governorate at places that nest (the same place, one name inside the
 * other, "مطار حماة العسكري" and "حماة", or a coarser and a finer place when the later is told with
 * a definite trigger that points back, "الغارة", "الانفجارات") and their dates agree (the same day,
 * or a day told and the report's week when the day is the report's or the one before; undated
 * events are not grouped). The event kept is the one at the finer place, then the one with a day of
 * its own, then the one with more arguments (actors, toll), then the first told. An attack on
 * civilians told without its weapon (event_words.tsv kind generic_attack: "هجوم عنيف على دوما")
 * and a strike with its weapon at the same place and time are one incident of the weapon's class.
 * Two tellings of one type under two sub-types are one incident when {@link RetoldAct} reads the second as
 * the first told again (in one sentence at one place, or by a back-reference noun).
 * Verbal events pass through ({@link StatementGrouper} groups them), as do events without a place
 * and strategic developments (a deal, its first and second batch of buses are told as stages: "وبعد
 * شهر توصلت … إلى اتفاق" is not the batch of the day before, whatever its dates say).
 */
final class IncidentGrouper {
    private static final String EXPLOSIONS = "Explosions/Remote violence";
    /** Deals, batches of buses and handovers are told in stages, each an event of the episode: not grouped. */
    private static final String STRATEGIC = "Strategic developments";
    /** The type an attack or a toll told without its weapon gets when civilians are hit. */
    private static final String CIVILIANS_ATTACKED = "Violence against civilians";
    private final EventWords words;
    private final RetoldAct retold;

    IncidentGrouper(EventWords words) {
        this.words = words;
        this.retold = new RetoldAct(words);
    }

    List<Event> group(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            int at = -1;
            for (int i = 0; i < out.size() && at < 0; i++) {
                if (sameIncident(out.get(i), e) || weaponNamed(out.get(i), e) || weaponNamed(e, out.get(i))) {
                    at = i;
                }
            }
            // told again under another sub-type of its class (RetoldAct): the evidence keeps both tellings
            boolean again = false;
            for (int i = 0; i < out.size() && at < 0; i++) {
                if (retold.retells(out.get(i), e)) {
                    at = i;
                    again = true;
                }
            }
            if (at < 0) {
                out.add(e);
                continue;
            }
            Event held = out.get(at);
            boolean first = weaponNamed(held, e) || !weaponNamed(e, held) && tellsBetter(e, held);
            Event kept = first ? RetoldIncident.join(e, held) : RetoldIncident.join(held, e);
            out.set(at, again ? RetoldAct.withTelling(kept, first ? held : e) : kept);
        }
        return out;
    }

    /**
     * "هجوم عنيف على ما تبقى من مدينة دوما … خلف عشرات القتلى" then "غازا ساما كان داخل البراميل التي
     * أسقطت على دوما": an attack or a toll told with no weapon, typed violence against civilians by its
     * victims, and a strike with its weapon at the same place and time are one incident of the weapon's
     * class. A ground assault ("هجوما واسعا على مراكز قوات النظام") stays a clash beside the shelling.
     */
    boolean weaponNamed(Event generic, Event specific) {
        return EXPLOSIONS.equals(specific.acledType()) && CIVILIANS_ATTACKED.equals(generic.acledType())
                && genericAttack(generic)
                && generic.evidence().start() != specific.evidence().start()
                && generic.admin1() != null && generic.admin1().equals(specific.admin1())
                && nestedPlaces(generic, specific) && datesAgree(generic, specific);
    }

    private boolean genericAttack(Event e) {
        String w = trigger(e);
        if (w == null) {
            return false;
        }
        for (CliticSplitter.Reading r : CliticSplitter.readings(w, false)) {
            if (words.is("generic_attack", r.withArticle())) { // "وبالهجوم" reads "الهجوم"
                return true;
            }
        }
        return false;
    }

    static boolean sameIncident(Event a, Event b) {
        return sameClass(a, b) && nested(a, b) && datesAgree(a, b);
    }

    private static boolean sameClass(Event a, Event b) {
        return a.acledType() != null && !STRATEGIC.equals(a.acledType()) && a.acledType().equals(b.acledType())
                && Objects.equals(a.acledSubType(), b.acledSubType())
                && a.evidence().start() != b.evidence().start()
                && a.admin1() != null && a.admin1().equals(b.admin1());
    }

    private static boolean nested(Event a, Event b) {
        return nestedPlaces(a, b) && (sameName(a, b) || definite(b));
    }

    /**
     * The same place, one name inside the other, or a coarser and a finer place of one governorate; never a
     * town and its countryside ("ريف عفرين" lies around "عفرين").
     */
    static boolean nestedPlaces(Event a, Event b) {
        return a.locationAr() != null && b.locationAr() != null && (sameName(a, b) || precision(a) != precision(b))
                && !Countryside.aroundEither(a.locationAr(), b.locationAr());
    }

    private static boolean sameName(Event a, Event b) {
        String x = a.locationAr();
        String y = b.locationAr();
        return x.equals(y) || x.contains(y) || y.contains(x);
    }

    /**
     * "وأورد المرصد أن الغارة استهدفت بلدة عربين": a definite trigger points back to an incident told
     * before; an indefinite one ("بقصف أحياء درعا البلد") may tell another.
     */
    private static boolean definite(Event e) {
        String w = trigger(e);
        return w != null && CliticSplitter.definite(w); // "وبالغارات", "للهجوم"
    }

    /** The trigger's first word, normalised, or null. */
    static String trigger(Event e) {
        Evidence.Part p = e.evidence().part(Evidence.TRIGGER);
        return p == null ? null : ArabicNormalizer.normalizeTerm(p.text()).split(" ")[0];
    }

    private static boolean datesAgree(Event a, Event b) {
        if (a.eventDate() == null || b.eventDate() == null) {
            return false; // without a date two reports may be weeks apart ("وبعد شهر توصلت … إلى اتفاق")
        }
        return sameDay(a, b);
    }

    /**
     * Two dated reports tell one day: the same date, or the day told and the report's week (its publication
     * day) when the day is that day or the one before ("أمس"); "أول من أمس" in one sentence and the week in
     * another may be two.
     */
    static boolean sameDay(Event a, Event b) {
        if (a.eventDate().equals(b.eventDate())) {
            return true;
        }
        if (ownDay(a) == ownDay(b)) {
            return false;
        }
        LocalDate x = EventDater.parseDate(a.eventDate());
        LocalDate y = EventDater.parseDate(b.eventDate());
        return x != null && y != null && Math.abs(ChronoUnit.DAYS.between(x, y)) <= 1;
    }

    /** The finer place first, then a day of its own, then more arguments; on a tie the event told first stays. */
    private static boolean tellsBetter(Event e, Event held) {
        if (precision(e) != precision(held)) {
            return precision(e) < precision(held);
        }
        if (ownDay(e) != ownDay(held)) {
            return ownDay(e);
        }
        return arguments(e) > arguments(held);
    }

    /** "أن القوات الحكومية قصفت … الأحياء السكنية في مدينة دوما" tells more than "تخلله سقوط قذائف". */
    private static int arguments(Event e) {
        // a deal's presumed party is no argument the report gives
        boolean actor2 = e.actor2() != null && !RetoldIncident.presumed(e);
        return (e.actor1() != null ? 1 : 0) + (actor2 ? 1 : 0) + (e.fatalities() != null ? 1 : 0);
    }

    private static int precision(Event e) {
        return e.geoPrecision() == null ? Integer.MAX_VALUE : e.geoPrecision();
    }

    private static boolean ownDay(Event e) {
        return e.timePrecision() != null && e.timePrecision() == 1;
    }
}
