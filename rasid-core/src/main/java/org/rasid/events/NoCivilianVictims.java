package org.rasid.events;

import java.util.List;
import org.rasid.model.Event;

/**
 * A strike the text says hurt nobody hit no civilians. A round-up closes a strike with "ولم ترد أنباء عن وقوع
 * إصابات بشرية" or "مما أدى لأضرار مادية دون معلومات عن خسائر بشرية" (event_cues.tsv no_casualties: fatalities 0),
 * yet the strike may take civilians as its target from a word of another clause or another telling. Gold codes
 * damage only as no civilian victim (docs/annotation.md, "Damage only is not a civilian victim"): an event with no
 * dead and no wounded whose target is only CIVILIANS keeps no target. A named side hit stays.
 */
final class NoCivilianVictims {
    private static final String CIVILIANS = "CIVILIANS";
    private static final String STRIKE = "Explosions/Remote violence";

    private NoCivilianVictims() {
    }

    /** The events of one story, each unhurt strike on civilians left without a target. */
    static List<Event> clear(List<Event> events) {
        return events.stream().map(NoCivilianVictims::cleared).toList();
    }

    private static Event cleared(Event e) {
        if (!STRIKE.equals(e.acledType()) || !CIVILIANS.equals(e.actor2()) || e.fatalities() == null
                || e.fatalities() != 0 || e.injured() != null) {
            return e;
        }
        return e.withoutActor2(e.assocActor1());
    }
}
