package org.rasid.events;

import org.rasid.model.Event;
import org.rasid.model.Evidence;

/**
 * The other party of a meeting one side is told to hold twice in a story: "تصدرت المحادثات التي أجراها
 * وزير الخارجية الفرنسي" names the minister alone, "والتقى لودريان بالرئيس عبد الفتاح السيسي" names whom he
 * met. {@link StatementGrouper} keeps one meeting per first party; the mention kept takes the other party a
 * folded mention names in its own words when it names none, and that party's evidence points into the
 * mention that named it. A mention told on another day or in another region is another meeting the grouping
 * folded in, and gives no party.
 */
final class MetParty {
    private static final String ACTOR2 = "actor2";

    private MetParty() {
    }

    /** {@code kept} with the party {@code folded} names opposite its first party; kept itself when none. */
    static Event fill(Event kept, Event folded) {
        if (kept == folded || !CameoRoot.MEETING.equals(kept.cameo()) || kept.actor2() != null || folded.actor2() == null
                || folded.actor2().equals(kept.actor1()) || kept.evidence() == null || folded.evidence() == null
                || !oneOccasion(kept, folded)) {
            return kept;
        }
        Evidence.Part named = folded.evidence().part(ACTOR2);
        if (named == null) {
            return kept; // a party no word of the mention names is no party it tells
        }
        return kept.withSidesAndDate(kept.actor1(), folded.actor2(), kept.eventDate(), kept.timePrecision(),
                kept.evidence().with(named));
    }

    /**
     * Whether two mentions may tell one meeting: no two days and no two regions told ("ووصل ظريف صباح الاثنين
     * إلى دمشق لإجراء محادثات" is not "وفي 29 أغسطس، زار ظريف أنقرة حيث التقى الرئيس التركي").
     */
    private static boolean oneOccasion(Event a, Event b) {
        return (a.eventDate() == null || b.eventDate() == null || a.eventDate().equals(b.eventDate()))
                && (a.admin1() == null || b.admin1() == null || a.admin1().equals(b.admin1()));
    }
}
