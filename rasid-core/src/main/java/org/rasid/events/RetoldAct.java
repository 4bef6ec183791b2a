package org.rasid.events;

import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.text.CliticSplitter;

/**
 * One incident told twice under two sub-types of its class. The guidelines' class is the ACLED type: a
 * clash and the capture it ended in, barrel bombs and artillery on one town on one day are one event
 * (docs/annotation.md), and an article tells such an incident twice in two ways {@link IncidentGrouper}
 * does not join, its sub-types differing:
 * <ul>
 * <li>in one sentence, at one place, by sides that do not differ: "صاروخين إسرائيليين سقطا في محيط مطار دمشق
 *     الدولي، فيما قال مصادر إن الضربة الإسرائيلية استهدفت مستودعات لحزب الله", "مسلحي تنظيم داعش استعادوا
 *     السيطرة على بعض النقاط على محور حي الحجر الأسود ... فيما تتركز المعارك ... والحجر الأسود"; two sides
 *     named apart tell two acts ("استأنفت جبهة النصرة استهداف ... كفريا بالقصف، بينما نفذ الطيران الحربي
 *     السوري أربع غارات");</li>
 * <li>in a later sentence whose act is named by a back-reference, a definite attack noun of event_words.tsv
 *     {@code attack_reference} or {@code incident_reference} ("القصف", "الغارات", "الهجوم", "الخطف"), at a place
 *     that nests with the first (the same place, or a coarser and a finer one, never a town and its countryside):
 *     "ألقت الطائرات ... البراميل
 *     المتفجرة على أحياء المدنيين في مخيم درعا" … "كما أدى القصف لدمار حوالي 70 % من مباني المخيم".</li>
 * </ul>
 * A gas attack and the strikes beside it are two acts, whatever the sentence: the gas and the bombing
 * ("التعرض لغاز الكلور، بينما استمر القصف الجوي"), the premise and the answer ("الهجوم الكيماوي في دوما" …
 * "شن ضربة صاروخية"). Both tellings tell one day ({@link IncidentGrouper#sameDay}): "القصف" told undated two days after a dated strike
 * may be the shelling of the report's day. An indefinite act told in another sentence ("واستهدفت مدفعية النظام
 * حقولا في دوما") is a second incident, as are two tellings of one sub-type that {@link IncidentGrouper} leaves
 * apart.
 */
final class RetoldAct {
    private static final String STRATEGIC = "Strategic developments";
    private static final String CHEMICAL = "Chemical weapon";
    private static final String SYRIA = "SY";

    private final EventWords words;

    RetoldAct(EventWords words) {
        this.words = words;
    }

    /** Whether {@code later}, coded after {@code told} in the story, tells the same incident again. */
    boolean retells(Event told, Event later) {
        if (!sameClass(told, later) || told.eventDate() == null || later.eventDate() == null) {
            return false;
        }
        if (!IncidentGrouper.sameDay(told, later)) {
            return false;
        }
        if (told.evidence().start() == later.evidence().start()) {
            return told.locationAr() != null && told.locationAr().equals(later.locationAr()) && sidesAgree(told, later);
        }
        return later.evidence().start() > told.evidence().start() && backReference(later)
                && IncidentGrouper.nestedPlaces(told, later);
    }

    /** {@code kept} with the trigger of the other telling as a second trigger of its evidence. */
    static Event withTelling(Event kept, Event other) {
        Evidence.Part trigger = other.evidence().part(Evidence.TRIGGER);
        if (trigger == null || kept.evidence().spans().contains(trigger)) {
            return kept;
        }
        return kept.withSidesAndDate(kept.actor1(), kept.actor2(), kept.eventDate(), kept.timePrecision(),
                kept.evidence().with(trigger));
    }

    private static boolean sameClass(Event a, Event b) {
        return a.acledType() != null && !STRATEGIC.equals(a.acledType()) && a.acledType().equals(b.acledType())
                && !CHEMICAL.equals(a.acledSubType()) && !CHEMICAL.equals(b.acledSubType())
                && a.admin1() != null && a.admin1().startsWith(SYRIA) && a.admin1().equals(b.admin1());
    }

    /** The first side of each, when both name one, is the same. */
    private static boolean sidesAgree(Event a, Event b) {
        return a.actor1() == null || b.actor1() == null || a.actor1().equals(b.actor1());
    }

    /** "وأسفر القصف عن", "للقصف", "بالغارات": the act named by a definite attack noun points back to one told. */
    private boolean backReference(Event e) {
        String w = IncidentGrouper.trigger(e);
        if (w == null) {
            return false;
        }
        for (CliticSplitter.Reading r : CliticSplitter.readings(w, false)) {
            if (r.hadArticle() && (words.is("attack_reference", r.withArticle())
                    || words.is("incident_reference", r.withArticle()))) {
                return true;
            }
        }
        return false;
    }
}
