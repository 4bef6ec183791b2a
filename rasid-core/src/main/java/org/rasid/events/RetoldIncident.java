package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import org.rasid.model.CasualtyClaim;
import org.rasid.model.Event;
import org.rasid.model.Evidence;

/**
 * The day and the sides of an incident told twice in one story. A lead names the day ("شنت الفصائل
 * أمس هجوما واسعا على ريف درعا"), a later sentence retells the incident at a finer place without it
 * ("وفجر مقاتلوها خلال الهجوم مقرا في بلدة الشجرة"); the guidelines code the incident once with the
 * most precise place and date. The report kept for the incident (the finer place) takes the day of
 * the other when it has only the report's week, and a side it leaves unnamed ("وقصفت طائرات حربية
 * بلدة كفرنبل" after "شنت طائرات النظام غارات على ريف إدلب") when the other names it in its own
 * words, near the act: a filled side is never replaced (round 7 read replacing a side as more often worse), and
 * its evidence points at the sentence that named it. When the kept report names neither side and takes its
 * striker from the retelling, it takes the retelling's other side with it, even one without words of its own
 * ("سقوط قذائف مدفعية" kept by its day; "القوات الحكومية قصفت … الأحياء السكنية": civilians): the telling that
 * names who struck is the one that tells whom, and the two sides are read together in it.
 *
 * <p>A toll is not lowered by the retelling: the grouped reports are too often a total of several places
 * or a subset of the victims ("تسعة من القتلى مدنيون") to lower a toll by. The kept report with no toll
 * takes the retelling's ("قصفت الطائرات بلدة سراقب" … "وأسفر القصف عن مقتل خمسة مدنيين"): the guidelines
 * give a toll that cannot be split to the first place it may belong to.
 */
final class RetoldIncident {
    private static final String DATE = "date";
    private static final String ACTOR1 = "actor1";
    private static final String ACTOR2 = "actor2";
    private static final String FATALITIES = "fatalities";
    private static final String KILLED = "killed";
    /** geo_precision of a town and of a governorate. */
    private static final int TOWN = 1;
    private static final int GOVERNORATE = 3;
    private static final String AGREEMENT = "Agreement";
    /**
     * How near its trigger (in characters, about six words) a side of the retelling must be named: a side
     * read far from the act ("المجموعات التي نقلت أخبار الهجوم كانت الخوذ البيضاء") is too often a
     * reporter or another incident's actor to be carried into the kept report.
     */
    private static final int REACH = 40;

    private RetoldIncident() {
    }

    /** {@code kept} with the day and the unnamed sides {@code retold} gives; kept itself when it gives none. */
    static Event join(Event kept, Event retold) {
        Event sided = joinSides(kept, retold);
        return kept.fatalities() == null && retold.fatalities() != null && tollFits(kept, retold)
                ? withToll(sided, retold) : sided;
    }

    /**
     * Whether the retelling's toll may be the kept report's: one told at a finer place is that place's
     * ("مقتل طفل في الهبيط" is not the toll of strikes on the governorate), and one told for a whole
     * governorate ("ارتفعت حصيلة ضحايا القصف على المحافظة إلى 38") is no town's. A toll above
     * {@link TollAssigner#CAMPAIGN_TOTAL} is a campaign's count told beside the incident ("كشف مكتب التوثيق في
     * محافظة درعا مقتل ما يقارب 311 شخص ... على يد النظام" after "انفجار عنيف، الثلاثاء"), as {@link FollowingToll}
     * reads it in a later sentence: the kept report does not take it.
     */
    private static boolean tollFits(Event kept, Event retold) {
        int k = precision(kept);
        int r = precision(retold);
        return r >= k && !(r >= GOVERNORATE && k == TOWN) && retold.fatalities() <= TollAssigner.CAMPAIGN_TOTAL;
    }

    private static int precision(Event e) {
        return e.geoPrecision() == null ? GOVERNORATE : e.geoPrecision();
    }

    /** {@code kept} with the toll of the retelling, its words and its killed claims. */
    private static Event withToll(Event kept, Event retold) {
        List<Evidence.Part> parts = new ArrayList<>();
        for (Evidence.Part p : retold.evidence().spans()) {
            if (FATALITIES.equals(p.role())) {
                parts.add(p);
            }
        }
        List<CasualtyClaim> claims = new ArrayList<>(kept.claims());
        for (CasualtyClaim c : retold.claims()) {
            if (KILLED.equals(c.role())) {
                claims.add(c);
            }
        }
        Evidence evidence = kept.evidence().withParts(FATALITIES, parts);
        return kept.withToll(retold.fatalities(), retold.fatalitiesText(), kept.actor2(), List.copyOf(claims),
                evidence);
    }

    private static Event joinSides(Event kept, Event retold) {
        boolean day = !ownDay(kept) && ownDay(retold);
        String actor1 = kept.actor1() != null ? kept.actor1() : named(retold, ACTOR1, retold.actor1(), kept.actor2());
        // a side no word of the kept report names (a deal's presumed party) yields to one the retelling names
        boolean open2 = kept.actor2() == null || presumed(kept);
        String named2 = open2 ? named(retold, ACTOR2, retold.actor2(), actor1) : null;
        if (named2 == null && kept.actor2() == null && kept.actor1() == null && actor1 != null
                && retold.actor2() != null && !retold.actor2().equals(actor1)) {
            // the striker's telling gives whom it struck as well, named there or not
            named2 = retold.actor2();
        }
        String actor2 = named2 != null || kept.actor2() == null ? named2 : kept.actor2();
        boolean fill1 = kept.actor1() == null && actor1 != null;
        boolean fill2 = named2 != null && !named2.equals(kept.actor2());
        if (!day && !fill1 && !fill2) {
            return kept;
        }
        List<Evidence.Part> parts = new ArrayList<>();
        for (Evidence.Part p : kept.evidence().spans()) {
            if (!day || !DATE.equals(p.role())) {
                parts.add(p);
            }
        }
        for (Evidence.Part p : retold.evidence().spans()) {
            boolean taken = day && DATE.equals(p.role())
                    || fill1 && ACTOR1.equals(p.role()) || fill2 && ACTOR2.equals(p.role());
            if (taken) {
                parts.add(p);
            }
        }
        Evidence evidence = new Evidence(kept.evidence().sentence(), kept.evidence().start(), kept.evidence().end(),
                List.copyOf(parts));
        return kept.withSidesAndDate(actor1, actor2, day ? retold.eventDate() : kept.eventDate(),
                day ? retold.timePrecision() : kept.timePrecision(), evidence);
    }

    /**
     * The side the retelling names in its own words (an evidence span of that role: not a default
     * such as civilians for unnamed victims), unless the kept report has it as its other side.
     */
    private static String named(Event retold, String role, String id, String other) {
        Evidence.Part side = retold.evidence().part(role);
        if (id == null || id.equals(other) || side == null) {
            return null;
        }
        return nearAct(retold, side) ? id : null;
    }

    /** Whether a side's words stand within {@link #REACH} characters of the telling's trigger. */
    static boolean nearAct(Event told, Evidence.Part side) {
        Evidence.Part trigger = told.evidence().part(Evidence.TRIGGER);
        if (trigger == null) {
            return false;
        }
        int gap = side.start() >= trigger.end() ? side.start() - trigger.end() : trigger.start() - side.end();
        return gap <= REACH;
    }

    /** A deal's second party the text does not name (DealPartner): no actor2 span. */
    static boolean presumed(Event e) {
        return e.actor2() != null && e.evidence().part(ACTOR2) == null && AGREEMENT.equals(e.acledSubType());
    }

    private static boolean ownDay(Event e) {
        return e.eventDate() != null && e.timePrecision() != null && e.timePrecision() == 1;
    }
}
