package org.rasid.events;

import java.util.List;

/**
 * Where an event took place: one event per place; inSentence when its sentence names the place,
 * else the place comes from the story (its focus, an earlier sentence, its dateline); answered when
 * it is the place of the attack a reaction refers back to (AnsweredAttack), whose mention is then
 * the place's evidence.
 */
record Placement(List<Arguments.Place> places, boolean inSentence, boolean answered) {
    Placement(List<Arguments.Place> places, boolean inSentence) {
        this(places, inSentence, false);
    }
}
