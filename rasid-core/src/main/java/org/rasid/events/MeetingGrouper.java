package org.rasid.events;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.CliticSplitter;

/**
 * Finds the meeting (CAMEO 04) a later mention retells, so that a story gives one event per
 * meeting. The parties of a meeting are a set: "محادثات بين بوتين والأسد" and "اعتبر الأسد أن
 * اللقاء" are one meeting, and so are "استقبلت ميركل بوتين" and "أكد بوتين أن الاجتماع"; a meeting
 * named again with the article ("عقب الاجتماع", "وقبيل اللقاء") points back to the one the story
 * told before. A meeting told on another day is another meeting ("التقى الرئيسان للمرة الأخيرة
 * في 11 كانون الأول"), and so is one told with a verb at another place ({@link #elsewhere}).
 */
final class MeetingGrouper {

    private final TriggerLexicon lexicon;

    MeetingGrouper(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The index in {@code held} of the meeting {@code e} retells, or -1 when it is a meeting of its own. */
    int retold(List<Event> held, Event e) {
        if (!CameoRoot.MEETING.equals(e.cameo())) {
            return -1;
        }
        boolean back = definite(e);
        for (int i = held.size() - 1; i >= 0; i--) {
            Event h = held.get(i);
            if (h.acledType() != null || h.actor1() == null || !CameoRoot.MEETING.equals(h.cameo()) || h.story() != e.story()
                    || !sameDay(h, e) || elsewhere(h, e)) {
                continue;
            }
            if (back || sameParties(h, e)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Of two mentions of one meeting, whether {@code e} tells it better than {@code held}: more
     * parties, else a place. A meeting named back with the article never does: the names around
     * "الاجتماع" are what it discussed ("وقال بوتين إن النصرة وداعش ليسا طرفا في المحادثات").
     */
    boolean better(Event e, Event held) {
        if (definite(e)) {
            return false;
        }
        int more = e.parties().size() - held.parties().size();
        return more > 0 || more == 0 && held.admin1() == null && e.admin1() != null;
    }

    /**
     * Whether {@code e} tells, with a verb of meeting, a meeting at another place than the one held, both
     * placed: "وفي 29 أغسطس، زار ظريف أنقرة حيث التقى أردوغان" is another meeting than his talks on إدلب in
     * دمشق, "وقد التقى بومبيو الأربعاء في واشنطن" another than the Astana talks, though a party is the same.
     * A verb of talking ("وبحث لافروف مع أردوغان الوضع في إدلب") or a noun ("محادثات السلام سواء في أستانا أو
     * سوتشي") more often retells the meeting held with the place it was about, or names talks in general.
     */
    boolean elsewhere(Event held, Event e) {
        return CameoRoot.MEETING.equals(e.cameo()) && CameoRoot.MEETING.equals(held.cameo()) && held.admin1() != null
                && e.admin1() != null && !Objects.equals(held.locationAr(), e.locationAr()) && met(e);
    }

    /** Whether the meeting's trigger is a verb of meeting (event_words.tsv encounter_verb: "التقى", "زار"), after و/ف. */
    private static boolean met(Event e) {
        Evidence.Part p = e.evidence() == null ? null : e.evidence().part(Evidence.TRIGGER);
        if (p == null) {
            return false;
        }
        String w = ArabicNormalizer.normalizeTerm(p.text().split(" ", 2)[0]);
        EventWords words = EventWords.standard();
        return words.is("encounter_verb", w) || w.length() > 1 && CliticSplitter.CONJUNCTIONS.indexOf(w.charAt(0)) >= 0
                && words.is("encounter_verb", w.substring(1));
    }

    /** One side's parties within the other's: {A, B} and {B, A}, or {B} and {A, B}. */
    private static boolean sameParties(Event a, Event b) {
        Set<String> x = a.parties();
        Set<String> y = b.parties();
        return !x.isEmpty() && !y.isEmpty() && (x.containsAll(y) || y.containsAll(x));
    }

    private static boolean sameDay(Event a, Event b) {
        return a.eventDate() == null || b.eventDate() == null || Objects.equals(a.eventDate(), b.eventDate());
    }

    /**
     * The meeting noun carries the article, after at most a conjunction and a preposition ("وقبيل
     * اللقاء" reads "اللقاء"); a verb that starts as the article does ("التقى") is no noun.
     */
    boolean definite(Event e) {
        Evidence.Part p = e.evidence() == null ? null : e.evidence().part(Evidence.TRIGGER);
        if (p == null) {
            return false;
        }
        String w = p.text().split(" ", 2)[0];
        if (!CliticSplitter.definite(w)) {
            return false;
        }
        for (CliticSplitter.Reading r : CliticSplitter.readings(w, false)) {
            if (r.hadArticle()) {
                w = r.withArticle();
                break;
            }
        }
        return lexicon.singleWord(ArabicNormalizer.normalizeTerm(w)).stream().noneMatch(t -> t.pos().startsWith("V"));
    }
}
