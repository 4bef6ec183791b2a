package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rasid.model.Event;

/**
 * An appeal to the other party of a call or a meeting is part of that call (docs/annotation.md, the
 * round-17 decisions: "an act toward the other party of a call or meeting is part of that call"):
 * "أجرى ماكرون اتصالا هاتفيا مع نظيره التركي رجب طيب أردوغان أعرب خلاله عن أمله في تعزيز الحوار" is one
 * consultation (04), the hope it voices toward Turkey no appeal (02) of its own; so is "ثم أعرب ماكرون
 * عن أمله في تعزيز الحوار بشكل أكبر مع تركيا" told after it with no day of its own. An appeal to a third
 * party ("دعا بوتين الاتحاد الأوروبي" before his meeting with Merkel) stays an event, and so does one
 * made on another day the text names.
 */
final class CounterpartAppeal {
    private CounterpartAppeal() {
    }

    /** The story's events without the appeals that are part of a call or meeting between the same parties. */
    static List<Event> fold(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (!partOfMeeting(e, events)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Whether an appeal's speaker and addressee are the two parties of a meeting of its story, on its day. */
    static boolean partOfMeeting(Event e, List<Event> events) {
        if (e.acledType() != null || !CameoRoot.APPEAL.equals(e.cameo()) || e.actor1() == null || e.actor2() == null) {
            return false;
        }
        for (Event m : events) {
            if (m.acledType() == null && CameoRoot.MEETING.equals(m.cameo()) && m.story() == e.story()
                    && m.parties().equals(e.parties())
                    && (Objects.equals(m.eventDate(), e.eventDate()) || undated(e))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the appeal's sentence names no day of its own (its date is the story's). */
    private static boolean undated(Event e) {
        return e.evidence() == null || e.evidence().part("date") == null;
    }
}
