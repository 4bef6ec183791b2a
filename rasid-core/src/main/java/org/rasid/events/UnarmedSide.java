package org.rasid.events;

import java.util.List;
import org.rasid.model.Event;

/**
 * Civilians are no side of a battle. A clash is fought, and a town taken, between armed sides (docs/annotation.md,
 * "Armed clash": both sides must be armed); a capture's second side is the one that lost the place. Yet a capture
 * told beside its people ("سيطرت القوات التي تقودها تركيا على مركز مدينة عفرين … المدنيين") or its farms ("قرى
 * ومزارع أوتايا", read as farmers) took CIVILIANS as actor2. A battle whose second side is CIVILIANS keeps no second
 * side (nor its evidence), which the story may then name (StoryOpponent).
 */
final class UnarmedSide {
    private static final String CIVILIANS = "CIVILIANS";
    private static final String BATTLES = "Battles";

    private UnarmedSide() {
    }

    /** The events of one story, each battle against civilians left without a second side. */
    static List<Event> clear(List<Event> events) {
        return events.stream().map(UnarmedSide::cleared).toList();
    }

    private static Event cleared(Event e) {
        if (!BATTLES.equals(e.acledType()) || !CIVILIANS.equals(e.actor2())) {
            return e;
        }
        return e.withoutActor2(e.assocActor1());
    }
}
