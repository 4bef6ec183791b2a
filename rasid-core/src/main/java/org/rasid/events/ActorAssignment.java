package org.rasid.events;

import java.util.List;

/**
 * Who acted and who was hit in one event: ids as coded, with the mentions they came from when
 * read from the sentence (a1/a2 null for a default such as CIVILIANS or PROTESTERS).
 *
 * @param presumed2 actor2 is the side the event's kind implies (DealPartner), not one the text
 *                  names: it says nothing of how well the event was read, so confidence ignores it
 */
record ActorAssignment(RoledActor a1, RoledActor a2, String actor1, String actor2, List<String> assoc1,
                       boolean presumed2) {
    ActorAssignment(RoledActor a1, RoledActor a2, String actor1, String actor2, List<String> assoc1) {
        this(a1, a2, actor1, actor2, assoc1, false);
    }
}
