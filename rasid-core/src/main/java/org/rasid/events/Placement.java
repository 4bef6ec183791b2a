package org.rasid.events;

import java.util.List;

/**
 * Where an event took place: one event per place; inSentence when its sentence names the place,
 * else the place comes from the story (its focus, an earlier sentence, its dateline).
 */
record Placement(List<Arguments.Place> places, boolean inSentence) {
}
