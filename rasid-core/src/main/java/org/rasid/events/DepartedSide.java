package org.rasid.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.rasid.model.Event;
import org.rasid.model.Evidence;

/**
 * The sides of a departure told with no side of its own. A story of an evacuation deal names its parties once
 * ("توصلت جماعة فيلق الرحمن ... لاتفاق", "خمسة آلاف مقاتل من المعارضة السورية ... في انتظار مغادرة الغوطة
 * الشرقية") and its later reports tell only who left and from where ("نحو ألف مقاتل وأقاربهم غادروا يوم السبت",
 * "إن المقاتلين غادروا مدينة عربين"): ACLED codes each departure as an Agreement of the deal's parties. An Agreement
 * whose own sentence names neither side takes the sides of the story's other Agreements when
 * they all name the same first party (a deal of Damascus's countryside is often placed at the capital it lies
 * near); two deals with different parties leave it unnamed. Only departures
 * are filled (the caller tells which): a later mention of the deal itself ("ويتوقع أن يدخل الاتفاق حيز التنفيذ")
 * is no new event, and a departure placed only where the fighters head ("باتجاه دمشق وريفها") is misplaced. The sides taken point
 * at the words that named them, and the event's confidence reads them as known, not as named in its sentence.
 */
final class DepartedSide {
    private static final String AGREEMENT = "Agreement";
    private static final String ACTOR1 = "actor1";
    private static final String ACTOR2 = "actor2";

    private DepartedSide() {
    }

    /**
     * The story's events before scoring, each sideless Agreement given the story's deal parties; {@code departure}
     * tells by its index in {@code events} whether an event is a departure.
     */
    static List<Event> fill(List<Event> events, Map<String, Map<String, Double>> features,
                            IntPredicate departure) {
        List<Event> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            out.add(filled(i, events, features, departure));
        }
        return out;
    }

    private static Event filled(int at, List<Event> story, Map<String, Map<String, Double>> features,
                                IntPredicate departure) {
        Event e = story.get(at);
        if (!AGREEMENT.equals(e.acledSubType()) || e.actor1() != null || e.actor2() != null || !departure.test(at)) {
            return e;
        }
        Event deal = null;
        for (Event other : story) {
            if (other == e || !AGREEMENT.equals(other.acledSubType()) || other.actor1() == null
                    || other.evidence().part(ACTOR1) == null) {
                continue;
            }
            if (deal != null && !deal.actor1().equals(other.actor1())) {
                return e; // two deals: the story does not say which this departure was under
            }
            deal = deal == null || deal.actor2() == null && other.actor2() != null ? other : deal;
        }
        if (deal == null) {
            return e;
        }
        Evidence ev = e.evidence().with(deal.evidence().part(ACTOR1));
        Evidence.Part second = deal.evidence().part(ACTOR2);
        ev = second == null ? ev : ev.with(second);
        Map<String, Double> known = features.get(e.id());
        if (known != null) {
            Map<String, Double> f = new LinkedHashMap<>(known);
            f.put(ACTOR1, 1.0);
            if (second != null) {
                f.put(ACTOR2, 1.0);
            }
            features.put(e.id(), f);
        }
        return e.withSidesAndDate(deal.actor1(), deal.actor2(), e.eventDate(), e.timePrecision(), ev);
    }
}
