package org.rasid.events;

import java.util.List;
import org.rasid.text.CliticSplitter;

/**
 * A civilian or military place named as what a violent act hit ("قصفت القوات الحكومية الأحياء
 * السكنية", "استهدفت الصواريخ مطار الشعيرات"), and whose a military one is. In Syria an airport, a
 * base or a barracks struck is the government's: an unclaimed strike there, and one by a side that
 * does not fight beside the government (event_words.tsv home_side: "قصفت طائرات إسرائيلية موقعا
 * عسكريا", "هاجمت الفصائل ثكنة"), hit SYR_GOV. A site after a direction word only locates the place
 * hit ("منطقة قرب مطار دمشق"), so a named striker takes it only as the object itself.
 */
final class AttackedSite {
    /** The side whose military sites stand in Syria. */
    private static final String HOME = "SYR_GOV";
    private static final String UNKNOWN = "UNKNOWN";
    /** How far after the trigger the object may stand ("استهدفت، ليل الثلاثاء، موقعا عسكريا"). */
    private static final int REACH = 6;
    /** How many words (an adjective, a genitive noun) may stand between an object hit and its owner. */
    private static final int OWNER_GAP = 2;

    private final EventWords words;

    AttackedSite(EventWords words) {
        this.words = words;
    }

    /**
     * A place of the kind (event_cues.tsv civilian_site, military_site) named as the object, a few words
     * after the trigger, or as the subject of تعرض before it ("بعض المواقع العسكرية تعرضت ... لعدوان",
     * "وتعرضت الأحياء السكنية لقصف").
     */
    boolean named(Sentence s, TriggerMention t, String kind, List<RoledActor> actors) {
        int clause = s.clause[t.tokenStart()];
        int from = objectFrom(t, actors);
        for (EventCues.Cue cue : s.cues(kind)) {
            if (cue.tokenStart() >= from && cue.tokenStart() - from <= REACH
                    && s.clause[cue.tokenStart()] == clause) {
                return true;
            }
        }
        for (int i = t.tokenStart() - 1; i >= 0 && s.clause[i] == clause && t.tokenStart() - i <= 10; i--) {
            if (!s.bareOrAfterAnd(i, words.of("undergo"))) {
                continue;
            }
            for (EventCues.Cue cue : s.cues(kind)) {
                // before تعرض ("المواقع العسكرية ... تعرضت") or after it ("تعرضت الأحياء السكنية لقصف")
                if (cue.tokenEnd() <= t.tokenStart() && i - cue.tokenEnd() <= 6 && s.clause[cue.tokenStart()] == clause
                        && !located(s, cue)) {
                    // not "مناطق شرقي مطار خلخلة": a site after a direction locates, it was not hit
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * Whose the military site the trigger hit is (SYR_GOV), or null when the striker is of its side; a named striker
     * takes no site a side outside the government's camp is named right after ("أهداف عسكرية إسرائيلية": its own).
     */
    String holder(Sentence s, TriggerMention t, String actor1, List<RoledActor> actors) {
        if (actor1 == null || UNKNOWN.equals(actor1)) {
            return HOME;
        }
        if (words.actorIs("home_side", actor1)) {
            return null;
        }
        int clause = s.clause[t.tokenStart()];
        int from = objectFrom(t, actors);
        for (EventCues.Cue cue : s.cues("military_site")) {
            if (cue.tokenStart() >= from && cue.tokenStart() - from <= REACH
                    && s.clause[cue.tokenStart()] == clause && !located(s, cue) && !ownedAbroad(cue, actors)) {
                return HOME;
            }
        }
        return null;
    }

    /**
     * Whether a side named with ل owns an object hit named just before it (event_words.tsv struck_object:
     * "وموقعا لوجستيا لتنظيم داعش", "مستودعات أسلحة لحزب الله"): the side hit, however long the list of
     * objects between the strike and its owner.
     */
    boolean owner(Sentence s, RoledActor a) {
        // "للتنظيم": ل merged with the article stays inside the mention, which ActorRoleTagger leaves untagged
        boolean lam = a.role() == RoledActor.Role.RECIPIENT
                || a.role() == RoledActor.Role.NONE && s.tokens.get(a.token()).text().startsWith(CliticSplitter.LAM_ARTICLE);
        if (!lam) {
            return false;
        }
        int clause = s.clause[a.token()];
        for (int i = a.token() - 1; i >= 0 && a.token() - i <= OWNER_GAP + 1 && s.clause[i] == clause; i--) {
            if (s.bareOrAfterAnd(i, words.of("struck_object"))) {
                return true;
            }
            if (words.is("direction", s.word(i))) {
                return false; // "مواقع قرب مطار ل…": the words after a direction locate, they are not owned
            }
        }
        return false;
    }

    /**
     * Where the object of the trigger may start: after the subject a verb is followed by ("استهدفت الفرقة الأولى
     * الساحلية التابعة للجيش السوري الحر مراكز عسكرية"), the names of a subject and of its affiliation, each at most
     * one word after the last, do not count against the reach.
     */
    private static int objectFrom(TriggerMention t, List<RoledActor> actors) {
        int from = t.tokenEnd();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (RoledActor a : actors) {
                if (a.token() >= from && a.token() - from <= 1 && a.tokenEnd() > from && a.participant()) {
                    from = a.tokenEnd();
                    grew = true;
                }
            }
        }
        return from;
    }

    private boolean ownedAbroad(EventCues.Cue cue, List<RoledActor> actors) {
        for (RoledActor a : actors) {
            if (a.token() == cue.tokenEnd() && !words.actorIs("home_side", a.id())) {
                return true;
            }
        }
        return false;
    }

    private boolean located(Sentence s, EventCues.Cue cue) {
        return cue.tokenStart() > 0 && words.is("direction", s.word(cue.tokenStart() - 1));
    }
}
